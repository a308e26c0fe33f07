/**
 * What the library loads on first use, in one chunk: the shared create-checkout dialog (opened
 * through `PaymentsProvider`) and a table row's ⋯ menu. One dynamic import for both, not one each:
 * every split point costs a page that imports everything a chunk boundary (its own gzip stream
 * and import glue), so the parts that load late share one (issue 13, point 3).
 */
export { CreateCheckoutDialog } from './create-checkout/create-checkout-dialog'
export { CustomerRowMenu } from './customer-table/customer-table-row-menu'
