import { forwardRef, useEffect, useState, type ForwardedRef, type ForwardRefExoticComponent, type PropsWithoutRef, type RefAttributes } from 'react'
import { errorMessage, type CommonMessageKey } from '../lib/messages'
import { useUiEnvironment } from './environment'
import { LazyNotice } from './lazy-notice'
import { useLazyPart, type LazyPart } from './lazy-part'

/** The open state every dialog of the library takes (controlled `open`, or `defaultOpen`). */
export interface LazyDialogOpenProps {
  open?: boolean
  defaultOpen?: boolean
  onOpenChange?: (open: boolean) => void
}

/** How long after mounting, at most, a closed dialog waits for an idle moment to fetch its code. */
const PREFETCH_IDLE_TIMEOUT_MS = 2000

/**
 * The public face of a dialog whose code loads on first use (issue 13, point 3): mounting it
 * closed costs a page no dialog code. Closed, it renders nothing and fetches the code once the
 * browser is idle, so it is usually there by the time the dialog opens. Opened before the code is
 * there, it shows the lazy notice (a spinner, then the error with Retry and Dismiss, which closes
 * the dialog as its own close would); then the dialog itself, with every prop and the ref. Once
 * shown, the dialog stays mounted, so its own state (an uncontrolled `defaultOpen`, a closing
 * animation) is kept.
 *
 * `part` loads the real component (shared with the library's own uses of it, so one load serves
 * all); `name` names the shell in React DevTools; `loadingLabel` is what the notice says while the
 * code loads (the provider's message; `loadingFallback` outside a provider).
 */
export function lazyDialog<P extends LazyDialogOpenProps, R>(
  part: LazyPart<PropsWithoutRef<P> & RefAttributes<R>>,
  name: string,
  loadingLabel: CommonMessageKey,
  loadingFallback = 'Loading…',
): ForwardRefExoticComponent<PropsWithoutRef<P> & RefAttributes<R>> {
  const Shell = forwardRef<R, P>(function LazyDialogShell(props, ref) {
    const wanted = props.open ?? props.defaultOpen ?? false
    // Becomes true the first time the dialog is wanted open and stays true.
    const [shown, setShown] = useState(wanted)
    // Dismissed while its code was loading (or failed): an uncontrolled dialog closes until remounted.
    const [dismissed, setDismissed] = useState(false)
    if (wanted && !shown) setShown(true)
    useEffect(() => {
      if (shown) return
      const win = typeof window === 'undefined' ? null : window
      if (!win) return
      if (typeof win.requestIdleCallback !== 'function') {
        const timer = setTimeout(part.prefetch, 0)
        return () => clearTimeout(timer)
      }
      const idle = win.requestIdleCallback(part.prefetch, { timeout: PREFETCH_IDLE_TIMEOUT_MS })
      return () => win.cancelIdleCallback(idle)
    }, [shown])
    if (!shown) return null
    return (
      <ShownDialog
        componentProps={props}
        forwardedRef={ref}
        open={wanted}
        dismissed={dismissed}
        onDismiss={() => {
          if (props.open === undefined) setDismissed(true)
          props.onOpenChange?.(false)
        }}
      />
    )
  })
  Shell.displayName = name

  function ShownDialog({
    componentProps,
    forwardedRef,
    open,
    dismissed,
    onDismiss,
  }: {
    componentProps: PropsWithoutRef<P>
    forwardedRef: ForwardedRef<R>
    /** Wanted open now. */
    open: boolean
    /** An uncontrolled dialog dismissed before its code came: it stays closed. */
    dismissed: boolean
    onDismiss: () => void
  }) {
    // The provider's translator (the dialogs themselves need a provider; English outside one).
    const { t } = useUiEnvironment()
    // Loads on mount and again whenever it is opened after a failed load (the user asked again).
    const { status, component: Dialog, error, retry } = useLazyPart(part, open)
    if (dismissed) return null
    if (Dialog) return <Dialog {...componentProps} ref={forwardedRef} />
    if (!open) return null
    return (
      <LazyNotice
        status={status}
        label={t ? t(loadingLabel) : loadingFallback}
        message={t ? errorMessage(t, error) : undefined}
        onRetry={retry}
        onClose={onDismiss}
      />
    )
  }

  return Shell
}
