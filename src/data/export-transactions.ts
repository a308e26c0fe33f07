/**
 * CSV export of one customer's transactions: every page, one record per transaction and charged
 * currency. Column order is stable (see `docs/csv-export.md`).
 */
import type { CustomerRef, PaymentsAdapter, Transaction } from '../adapter/types'
import { validateAdapter } from '../adapter/validate'
import { csvDate, csvDecimal, type CsvCell } from '../lib/csv'
import { grantEntries, transactionAmounts } from '../lib/payments'
import { createCsvExport, type CsvExportJob } from './csv-export'
import { EXPORT_PAGE_SIZE } from './export-customers'

/** The columns of a transactions export, in file order. */
export const TRANSACTION_CSV_COLUMNS = [
  'customer_type',
  'customer_id',
  'transaction_id',
  'created_at',
  'type',
  'test_mode',
  'amount',
  'currency',
  'refund',
  'refunded_amount',
  'refunded_at',
  'products',
  'product_ids',
  'item_changes',
] as const

/** Options of {@link createTransactionsExport}. */
export interface TransactionsExportOptions {
  /** The host's adapter; every page it returns is validated as everywhere in the library. */
  adapter: PaymentsAdapter
  /** Whose transactions. */
  customer: CustomerRef
  /** Transactions asked for per page (adapters may return fewer). @default 500 */
  pageSize?: number
}

/**
 * One transaction as CSV records, in {@link TRANSACTION_CSV_COLUMNS} order: one record per charged
 * currency (amount as a plain decimal beside its currency code), or one record without amount when
 * nothing was charged. Products read `Name × quantity`, item changes `itemId +n`, joined by `; `.
 *
 * @example
 * transactionCsvRecords(customer, purchase)
 * // [['user', 'u1', 'tx1', '2026-10-01T00:00:00.000Z', 'purchase', false, { decimal: '9.99' }, 'USD', null, null, null, 'Pro', 'pro', '']]
 */
export function transactionCsvRecords(customer: CustomerRef, transaction: Transaction): CsvCell[][] {
  const grants = grantEntries(transaction)
  const products = grants.map((entry) => (entry.quantity === 1 ? entry.product.displayName : `${entry.product.displayName} × ${entry.quantity}`))
  const productIds = grants.map((entry) => entry.productId ?? '')
  const itemChanges = transaction.entries.flatMap((entry) =>
    entry.type === 'item_quantity_change' ? [`${entry.itemId} ${entry.quantity > 0 ? '+' : ''}${entry.quantity}`] : [],
  )
  const { refund } = transaction
  const amounts = transactionAmounts(transaction)
  const currencies: Array<string | null> = Object.keys(amounts).sort()
  if (currencies.length === 0) currencies.push(null)
  return currencies.map((currency) => [
    customer.type,
    customer.id,
    transaction.id,
    csvDate(transaction.createdAt),
    transaction.type,
    transaction.testMode,
    currency === null ? null : csvDecimal(amounts[currency] ?? ''),
    currency,
    refund?.kind ?? null,
    currency !== null && refund?.amount?.[currency] !== undefined ? csvDecimal(refund.amount[currency]) : null,
    csvDate(refund?.refundedAt),
    products.join('; '),
    productIds.join('; '),
    itemChanges.join('; '),
  ])
}

/** The export over an adapter whose answers are already validated (the provider's). @internal */
export function createValidatedTransactionsExport(adapter: PaymentsAdapter, customer: CustomerRef, pageSize = EXPORT_PAGE_SIZE): CsvExportJob {
  return createCsvExport<Transaction>({
    method: 'listTransactions',
    columns: TRANSACTION_CSV_COLUMNS,
    pageSize,
    fetchPage: ({ cursor, limit, signal }) => adapter.listTransactions({ customer, cursor, limit, signal }),
    key: (transaction) => transaction.id,
    records: (transaction) => transactionCsvRecords(customer, transaction),
  })
}

/**
 * A CSV export of every transaction of one customer, newest first, walking the adapter's cursor
 * pages in the background. Nothing is asked until `start()`; see {@link CsvExportJob}. Inside a
 * `PaymentsProvider`, {@link useExportTransactions} does this for a component.
 *
 * @example
 * const job = createTransactionsExport({ adapter, customer: { type: 'team', id } })
 * const blob = await job.start()
 */
export function createTransactionsExport({ adapter, customer, pageSize }: TransactionsExportOptions): CsvExportJob {
  return createValidatedTransactionsExport(validateAdapter(adapter), customer, pageSize)
}
