import { usePaymentsContext } from '../../../data/payments-context'
import { errorMessage } from '../../../lib/messages'
import { LazyNotice } from '../../../ui/lazy-notice'
import { lazyPart, useLazyPart, type LazyPart } from '../../../ui/lazy-part'

const load = () => import('./lazy-actions')

/**
 * The action dialogs, each loaded on first use. An opener button calls `prefetch` on hover and
 * focus, so the code is usually there by the click.
 */
export const actionDialogs = {
  grant: lazyPart(() => load().then((module) => module.GrantProductDialog)),
  adjust: lazyPart(() => load().then((module) => module.AdjustItemDialog)),
  cancel: lazyPart(() => load().then((module) => module.CancelSubscriptionDialog)),
  refund: lazyPart(() => load().then((module) => module.RefundTransactionDialog)),
}

/** The dates' tooltip popup (`DateText`), from the same chunk: loads on the first hover or focus of a date. */
export const dateTooltipPopup = lazyPart(() => load().then((module) => module.TooltipPopup))

/**
 * Renders an action dialog from {@link actionDialogs} with `props` once its code is there; until
 * then (or when the load failed) the lazy notice, whose Dismiss closes the dialog as its own close
 * would (focus goes back to the button that opened it).
 */
export function LazyActionDialog<P extends { onOpenChange?: (open: boolean) => void }>({ part, props }: { part: LazyPart<P>; props: P }) {
  const { t } = usePaymentsContext('CustomerPaymentsSection')
  const { status, component: Dialog, error, retry } = useLazyPart(part)
  if (Dialog) return <Dialog {...props} />
  return (
    <LazyNotice
      status={status}
      label={t('state.loading')}
      message={errorMessage(t, error)}
      onRetry={retry}
      onClose={() => props.onOpenChange?.(false)}
    />
  )
}
