/**
 * `@hexclave/payments-ui/customer-payments-actions`: the four action dialogs of the payments section
 * (`GrantProductDialog`, `AdjustItemDialog`, `CancelSubscriptionDialog`, `RefundTransactionDialog`),
 * for a host that opens them from its own buttons. Apart from `/customer-payments`, whose section
 * loads them on first use: bundlers split code by file, so a page with the section would otherwise
 * load them up front. The main entry (`@hexclave/payments-ui`) exports the same values.
 */
export { GrantProductDialog } from '../components/customer-payments/actions/grant-product-dialog'
export type { GrantProductDialogProps } from '../components/customer-payments/actions/grant-product-dialog'
export { AdjustItemDialog } from '../components/customer-payments/actions/adjust-item-dialog'
export type { AdjustItemDialogProps } from '../components/customer-payments/actions/adjust-item-dialog'
export { CancelSubscriptionDialog } from '../components/customer-payments/actions/cancel-subscription-dialog'
export type { CancelSubscriptionDialogProps } from '../components/customer-payments/actions/cancel-subscription-dialog'
export { RefundTransactionDialog } from '../components/customer-payments/actions/refund-transaction-dialog'
export type { RefundTransactionDialogProps } from '../components/customer-payments/actions/refund-transaction-dialog'
