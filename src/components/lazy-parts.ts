/**
 * What the library loads on first use, in one chunk: the shared create-checkout dialog (opened
 * through `PaymentsProvider`), a table row's ⋯ menu, and the CSV export (its page walker, writer
 * and progress control, behind the plain "Export CSV" buttons). One dynamic import for all, not
 * one each: every split point costs each page a chunk boundary (its own gzip stream and import
 * glue), about 1 kB, so the parts that load late share one (issue 13, point 3). The payments
 * section's action dialogs have their own (customer-payments/actions/lazy-actions). The customer
 * picker's dialog and its table come from here too: a page that shows the table has it up front
 * anyway, and a split of its own cost the table page 1.5 kB of chunk boundaries.
 */
export { CreateCheckoutDialog } from './create-checkout/create-checkout-dialog'
export { CustomerRowMenu } from './customer-table/customer-table-row-menu'
export { CustomerTableExportButton } from './export/customer-table-export-button'
export { ExportTransactionsButton } from './export/export-transactions-button'
export { CustomerTable } from './customer-table/customer-table'
export { CustomerSelectorDialog } from './customer-selector/customer-selector-dialog'
