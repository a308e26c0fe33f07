/**
 * `@hexclave/payments-ui/csv-export`: the CSV export for your own layout (`CustomerTableExportButton`
 * inside `CustomerTableRoot`, `ExportCustomersButton`, `ExportTransactionsButton`,
 * `CsvExportControl`, their hooks, the export jobs and the CSV writer). `CustomerTable` and
 * `CustomerPaymentsSection` already show Export CSV and load this code on first use. The main
 * entry (`@hexclave/payments-ui`) exports the same values.
 */
export { ExportCustomersButton } from '../components/export/export-customers-button'
export type { ExportCustomersButtonProps } from '../components/export/export-customers-button'
export { CustomerTableExportButton } from '../components/export/customer-table-export-button'
export type { CustomerTableExportButtonProps } from '../components/export/customer-table-export-button'
export { ExportTransactionsButton } from '../components/export/export-transactions-button'
export type { ExportTransactionsButtonProps } from '../components/export/export-transactions-button'
export { CsvExportControl, downloadBlob } from '../components/export/csv-export-control'
export type { CsvExportButtonOptions, CsvExportControlProps } from '../components/export/csv-export-control'
export { useExportCustomers } from '../data/use-export-customers'
export { useExportTransactions } from '../data/use-export-transactions'
export type { UseExportTransactionsOptions } from '../data/use-export-transactions'
export { useCsvExport } from '../data/use-csv-export'
export type { CsvExportState } from '../data/use-csv-export'
export { CSV_MIME_TYPE, createCsvExport } from '../data/csv-export'
export type { CsvExportJob, CsvExportSnapshot, CsvExportSource } from '../data/csv-export'
export { CUSTOMER_CSV_COLUMNS, createCustomersExport, customerCsvRecord } from '../data/export-customers'
export type { CustomersExportOptions, CustomersExportParams } from '../data/export-customers'
export { TRANSACTION_CSV_COLUMNS, createTransactionsExport, transactionCsvRecords } from '../data/export-transactions'
export type { TransactionsExportOptions } from '../data/export-transactions'
export { CSV_BOM, csvDate, csvDecimal, csvField, csvRow, neutraliseFormula } from '../lib/csv'
export type { CsvCell, CsvDecimal } from '../lib/csv'
