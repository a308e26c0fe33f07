import type { ReactNode } from 'react'
import type { AsyncStatus } from '../lib/async-status'
import { englishMessages, errorMessage } from '../lib/messages'
import { ErrorState } from './error-state'
import { useUiEnvironment } from './environment'
import { useUiText } from './use-ui-text'

/**
 * What a host may put in place of an async part's own states. A slot left out keeps the
 * library's default; `null` renders nothing.
 */
export interface AsyncSlots {
  /** Shown while the first answer is on its way (replaces the skeleton). */
  loading?: ReactNode
  /** Shown when loading failed and nothing is shown; gets the error and a retry to wire to a button. */
  error?: ReactNode | ((error: Error, retry: () => void) => ReactNode)
  /** Shown when the answer is empty. */
  empty?: ReactNode
}

export interface AsyncFrameProps {
  status: AsyncStatus
  /** The failure shown when `status` is `error`. */
  error?: Error | null
  /** Loads again; the Retry button is pending until a returned promise settles. */
  retry?: () => void | Promise<unknown>
  /** Shows Retry as pending (e.g. a retry started elsewhere is running). */
  isRetrying?: boolean
  /** Title of the default error state ("Could not load transactions"). */
  errorTitle?: ReactNode
  /** Class of the default error state. */
  errorClassName?: string
  /** The default loading placeholder (a skeleton shaped like the content). */
  loading: ReactNode
  /** The default empty state. */
  empty: ReactNode
  /** Host replacements, checked before the defaults. */
  slots?: AsyncSlots
  /** The content once loaded (`success`); called only then. */
  children: () => ReactNode
}

function slotOr(slots: AsyncSlots | undefined, name: 'loading' | 'empty', fallback: ReactNode): ReactNode {
  return slots && name in slots ? slots[name] : fallback
}

/**
 * The one frame every async part renders through: `loading` → the loading placeholder, `error` →
 * an error state with the mapped message and Retry, `empty` → the empty state, `success` → the
 * content, `idle` → nothing. Each state can be replaced by the host through `slots`.
 *
 * @example
 * <AsyncFrame status={part.status} error={part.error} retry={part.retry} loading={<Rows />} empty={<EmptyState … />}>
 *   {() => <List items={part.data} />}
 * </AsyncFrame>
 */
export function AsyncFrame({
  status,
  error,
  retry,
  isRetrying,
  errorTitle,
  errorClassName,
  loading,
  empty,
  slots,
  children,
}: AsyncFrameProps): ReactNode {
  const { t } = useUiEnvironment()
  const retryLabel = useUiText('state.retry', 'Retry')
  switch (status) {
    case 'idle':
      return null
    case 'loading':
      return slotOr(slots, 'loading', loading)
    case 'empty':
      return slotOr(slots, 'empty', empty)
    case 'success':
      return children()
    case 'error': {
      const failure = error ?? new Error('Unknown error')
      const noop = () => {}
      if (slots && 'error' in slots) {
        return typeof slots.error === 'function' ? slots.error(failure, () => void (retry ?? noop)()) : slots.error
      }
      return (
        <ErrorState
          className={errorClassName}
          title={errorTitle}
          message={errorMessage(t ?? englishMessages().t, failure)}
          onRetry={retry}
          isRetrying={isRetrying}
          retryLabel={retryLabel}
        />
      )
    }
  }
}
