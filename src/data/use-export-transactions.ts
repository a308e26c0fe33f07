import type { CustomerRef } from '../adapter/types'
import { usePaymentsContext } from './payments-context'
import { createValidatedTransactionsExport } from './export-transactions'
import { useCsvExport, type CsvExportState } from './use-csv-export'

/** Options of {@link useExportTransactions}. */
export interface UseExportTransactionsOptions {
  /** Transactions asked for per page (adapters may return fewer). @default 500 */
  pageSize?: number
}

/**
 * A CSV export of one customer's transactions: every page, fetched in the background with
 * progress, Cancel, and Retry that resumes from the failed page. `blob` holds the file once
 * `status` is `success`.
 *
 * @throws Error when used outside `PaymentsProvider`.
 * @example
 * const exporter = useExportTransactions({ type: 'user', id: userId })
 * <button onClick={exporter.start}>Export transactions</button>
 */
export function useExportTransactions(customer: CustomerRef, options: UseExportTransactionsOptions = {}): CsvExportState {
  const { adapter } = usePaymentsContext('useExportTransactions')
  return useCsvExport(() => createValidatedTransactionsExport(adapter, customer, options.pageSize))
}
