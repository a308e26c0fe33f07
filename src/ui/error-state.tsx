import { forwardRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { useSingleFlight } from './use-single-flight'
import { cn } from '../lib/cn'
import { Button } from './button'
import { AlertTriangleIcon, RefreshIcon } from './icons'
import { useUiText } from './use-ui-text'

export interface ErrorStateProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  /** Headline. @default the provider's `state.error.title` message, else 'Something went wrong' */
  title?: ReactNode
  /** What failed, in words a person can act on (e.g. the mapped adapter error message). */
  message?: ReactNode
  /**
   * Called by the Retry button; without it there is no Retry button. When it returns a promise
   * (e.g. `() => query.refetch()`), the button is pending until the promise settles, and clicks
   * meanwhile — even several in one task — are ignored.
   */
  onRetry?: () => void | Promise<unknown>
  /** Shows the Retry button as pending (focus stays on it, clicks are ignored). @default false */
  isRetrying?: boolean
  /** Label of the Retry button. @default the provider's `state.retry` message, else 'Retry' */
  retryLabel?: string
  /** Replaces the default icon; `null` hides it. @default <AlertTriangleIcon /> */
  icon?: ReactNode
  /** More actions next to Retry. */
  action?: ReactNode
}

/**
 * What a list or section shows when loading failed, with a Retry button. `role="alert"`, so the
 * failure is announced when it appears.
 *
 * @selector [data-slot="error-state"]
 * @selector [data-slot="error-state-icon" | "error-state-title" | "error-state-message" | "error-state-action" | "error-state-retry"]
 * @selector [data-retrying] — while retrying (`isRetrying`, or the promise `onRetry` returned)
 * @example
 * <ErrorState message={error.message} onRetry={() => query.refetch({ cancelRefetch: false })} />
 */
export const ErrorState = forwardRef<HTMLDivElement, ErrorStateProps>(function ErrorState(
  {
    title: titleProp,
    message,
    onRetry,
    isRetrying = false,
    retryLabel: retryLabelProp,
    icon = <AlertTriangleIcon />,
    action,
    className,
    children,
    ...props
  },
  ref,
) {
  const defaultTitle = useUiText('state.error.title', 'Something went wrong')
  const defaultRetryLabel = useUiText('state.retry', 'Retry')
  const title = titleProp ?? defaultTitle
  const retryLabel = retryLabelProp ?? defaultRetryLabel
  const flight = useSingleFlight()
  const [retryRunning, setRetryRunning] = useState(false)
  const retrying = isRetrying || retryRunning
  const retry = () => {
    const end = isRetrying ? null : flight.start()
    if (!end || !onRetry) return
    const result = onRetry()
    if (!(result instanceof Promise)) {
      end()
      return
    }
    setRetryRunning(true)
    const settle = () => {
      end()
      setRetryRunning(false)
    }
    result.then(settle, settle)
  }
  return (
    <div
      ref={ref}
      role="alert"
      data-slot="error-state"
      data-retrying={retrying ? '' : undefined}
      {...props}
      className={cn('hx-error-state', className)}
    >
      {icon ? (
        <span className="hx-error-state__icon" data-slot="error-state-icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <p className="hx-error-state__title" data-slot="error-state-title">
        {title}
      </p>
      {message ? (
        <p className="hx-error-state__message" data-slot="error-state-message">
          {message}
        </p>
      ) : null}
      {children}
      {onRetry || action ? (
        <div className="hx-error-state__action" data-slot="error-state-action">
          {onRetry ? (
            <Button variant="outline" data-slot="error-state-retry" isPending={retrying} onClick={retry}>
              <RefreshIcon />
              {retryLabel}
            </Button>
          ) : null}
          {action}
        </div>
      ) : null}
    </div>
  )
})
