/**
 * The four action dialogs of the payments section, in one chunk that loads on first use (issue 13,
 * point 3): a page showing a customer's payments loads no dialog code until an admin opens one.
 * Apart from src/components/lazy-parts (the checkout dialog and the table's row menu), so opening
 * a refund does not download the customers table.
 */
export { GrantProductDialog } from './grant-product-dialog'
export { AdjustItemDialog } from './adjust-item-dialog'
export { CancelSubscriptionDialog } from './cancel-subscription-dialog'
export { RefundTransactionDialog } from './refund-transaction-dialog'
