/**
 * `@hexclave/payments-ui/customer-payments-actions`: the four action dialogs of the payments section
 * (`GrantProductDialog`, `AdjustItemDialog`, `CancelSubscriptionDialog`, `RefundTransactionDialog`),
 * for a host that opens them from its own buttons. Each loads its code on first use (fetched when
 * the browser is idle while it is closed; "Loading…" if it opens first), as the section's do. The
 * main entry (`@hexclave/payments-ui`) exports the same values.
 */
export { GrantProductDialog } from '../components/customer-payments/actions/lazy-action-dialog'
export type { GrantProductDialogProps } from '../components/customer-payments/actions/grant-product-dialog'
export { AdjustItemDialog } from '../components/customer-payments/actions/lazy-action-dialog'
export type { AdjustItemDialogProps } from '../components/customer-payments/actions/adjust-item-dialog'
export { CancelSubscriptionDialog } from '../components/customer-payments/actions/lazy-action-dialog'
export type { CancelSubscriptionDialogProps } from '../components/customer-payments/actions/cancel-subscription-dialog'
export { RefundTransactionDialog } from '../components/customer-payments/actions/lazy-action-dialog'
export type { RefundTransactionDialogProps } from '../components/customer-payments/actions/refund-transaction-dialog'
