import { useEffect, useRef, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import type { MutationStatus } from '../lib/async-status'
import { Button } from './button'
import { ErrorState } from './error-state'
import { Spinner } from './spinner'
import { ThemeScope } from './theme-scope'
import { usePortalRoot } from './use-portal-root'
import { useUiText } from './use-ui-text'

export interface LazyNoticeProps {
  /** The lazy part's status: a spinner while `loading`, the error with Retry on `error`, nothing otherwise. */
  status: MutationStatus
  /** What is opening, e.g. 'Opening checkout…'. */
  label: string
  /** The load error's message (shown under the title). */
  message?: ReactNode
  /** Loads again. */
  onRetry: () => void
  /** Dismiss: gives up (the part is not shown). */
  onClose: () => void
}

/**
 * What a part that loads on first use (a dialog opened from a provider) shows while its code
 * loads, and when the load failed: a small themed card portalled like the dialogs (into the
 * provider's `portalContainer`, else `document.body`). Loading is a `role="status"` with a
 * spinner; a failed load is an alert with Retry, which takes focus, and Dismiss.
 *
 * @selector [data-slot="lazy-notice"][data-status="loading" | "error"]
 */
export function LazyNotice({ status, label, message, onRetry, onClose }: LazyNoticeProps) {
  const portal = usePortalRoot()
  const dismissLabel = useUiText('lazy.dismiss', 'Dismiss')
  const failedTitle = useUiText('lazy.loadFailed', 'Could not load this part of the page')
  const card = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (status === 'error') card.current?.querySelector<HTMLElement>('[data-slot="error-state-retry"]')?.focus()
  }, [status])
  if (status !== 'loading' && status !== 'error') return null
  const target = portal.container ?? (typeof document === 'undefined' ? null : document.body)
  if (!target) return null
  return createPortal(
    <ThemeScope>
      <div ref={card} className="hx-root hx-lazy-notice" data-hx-color-scheme={portal.colorScheme} data-slot="lazy-notice" data-status={status}>
        {status === 'loading' ? (
          <span className="hx-lazy-notice__loading">
            <Spinner size="sm" label={label} />
            <span aria-hidden="true">{label}</span>
          </span>
        ) : (
          <ErrorState
            title={failedTitle}
            message={message}
            onRetry={onRetry}
            action={
              <Button variant="ghost" onClick={onClose}>
                {dismissLabel}
              </Button>
            }
          />
        )}
      </div>
    </ThemeScope>,
    target,
  )
}
