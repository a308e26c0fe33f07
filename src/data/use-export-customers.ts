import { usePaymentsContext } from './payments-context'
import { createValidatedCustomersExport, type CustomersExportParams } from './export-customers'
import { useCsvExport, type CsvExportState } from './use-csv-export'

/**
 * A CSV export of what the customers table shows now (type filter + search; pass the same
 * `type` and debounced `search` the table's list uses): every row, fetched page by page in the
 * background with progress, Cancel, and Retry that resumes from the failed page. `blob` holds the
 * file once `status` is `success`. Works with read-only adapters (it only lists).
 *
 * @throws Error when used outside `PaymentsProvider`.
 * @example
 * const exporter = useExportCustomers({ type, search: debouncedSearch })
 * <button onClick={exporter.start}>Export CSV</button>
 * {exporter.status === 'loading' ? <progress value={exporter.rows} max={exporter.total?.count} /> : null}
 */
export function useExportCustomers(params: CustomersExportParams): CsvExportState {
  const { adapter } = usePaymentsContext('useExportCustomers')
  return useCsvExport(() => createValidatedCustomersExport(adapter, params))
}
