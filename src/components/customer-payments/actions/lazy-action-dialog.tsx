import { usePaymentsContext } from '../../../data/payments-context'
import { errorMessage } from '../../../lib/messages'
import { LazyNotice } from '../../../ui/lazy-notice'
import { lazyDialog } from '../../../ui/lazy-dialog'
import { lazyPart, useLazyPart, type LazyPart } from '../../../ui/lazy-part'
import type { AdjustItemDialogProps } from './adjust-item-dialog'
import type { CancelSubscriptionDialogProps } from './cancel-subscription-dialog'
import type { GrantProductDialogProps } from './grant-product-dialog'
import type { RefundTransactionDialogProps } from './refund-transaction-dialog'

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

// The exported action dialogs (`/customer-payments-actions`, the main entry), for a host that opens
// them from its own buttons: each loads its code on first use, like the section's (the same parts).

/**
 * Grants a product to a customer: choose one of the products of the customer's type (those the
 * customer owns and cannot stack are disabled) and a quantity. Its code loads on first use (idle
 * prefetch while closed; "Loading…" if opened before it is there).
 *
 * @selector [data-slot="grant-product-dialog"]
 * @example
 * <GrantProductDialog customer={{ type: 'user', id }} open={open} onOpenChange={setOpen} />
 */
export const GrantProductDialog = lazyDialog<GrantProductDialogProps, HTMLDivElement>(actionDialogs.grant, 'GrantProductDialog', 'state.loading')

/**
 * Changes the quantity of one of a customer's items (add or remove, with an optional reason). Its
 * code loads on first use (idle prefetch while closed; "Loading…" if opened before it is there).
 *
 * @selector [data-slot="adjust-item-dialog"]
 * @example
 * <AdjustItemDialog customer={{ type: 'team', id }} item={item} open={open} onOpenChange={setOpen} />
 */
export const AdjustItemDialog = lazyDialog<AdjustItemDialogProps, HTMLDivElement>(actionDialogs.adjust, 'AdjustItemDialog', 'state.loading')

/**
 * Cancels a subscription, at the end of the period or now. Its code loads on first use (idle
 * prefetch while closed; "Loading…" if opened before it is there).
 *
 * @selector [data-slot="cancel-subscription-dialog"]
 * @example
 * <CancelSubscriptionDialog customer={{ type: 'user', id }} subscription={sub} open={open} onOpenChange={setOpen} />
 */
export const CancelSubscriptionDialog = lazyDialog<CancelSubscriptionDialogProps, HTMLDivElement>(actionDialogs.cancel, 'CancelSubscriptionDialog', 'state.loading')

/**
 * Refunds a transaction, in full or in part. Its code loads on first use (idle prefetch while
 * closed; "Loading…" if opened before it is there).
 *
 * @selector [data-slot="refund-transaction-dialog"]
 * @example
 * <RefundTransactionDialog customer={{ type: 'user', id }} transaction={tx} open={open} onOpenChange={setOpen} />
 */
export const RefundTransactionDialog = lazyDialog<RefundTransactionDialogProps, HTMLDivElement>(actionDialogs.refund, 'RefundTransactionDialog', 'state.loading')
