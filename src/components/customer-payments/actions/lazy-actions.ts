/**
 * What the payments section loads on first use, in one chunk (issue 13, point 3): its four action
 * dialogs and its dates' tooltip popup (Radix Tooltip, Floating UI). A page showing a customer's
 * payments loads no dialog or tooltip code until an admin opens a dialog or points at a date.
 * One chunk, not one each: each split point costs a page chunk boundaries (with the tooltip in a
 * chunk of its own, the main entry's page was 1.1 kB gzip larger and the payments page 0.4 kB,
 * for the same code). Apart from src/components/lazy-parts (the checkout dialog and the table's
 * row menu), so opening a refund does not download the customers table.
 */
export { GrantProductDialog } from './grant-product-dialog'
export { AdjustItemDialog } from './adjust-item-dialog'
export { CancelSubscriptionDialog } from './cancel-subscription-dialog'
export { RefundTransactionDialog } from './refund-transaction-dialog'
export { TooltipPopup } from '../../../ui/tooltip-popup'
