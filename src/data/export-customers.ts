/**
 * CSV export of the customers list, as the customers table shows it now (type filter + search):
 * every row, not just the loaded ones. Column order is stable (see `docs/csv-export.md`).
 */
import type { Customer, CustomerTypeFilter, PaymentsAdapter } from '../adapter/types'
import { validateAdapter } from '../adapter/validate'
import { csvDate, type CsvCell } from '../lib/csv'
import { customerKey } from '../lib/customer-key'
import { createCsvExport, type CsvExportJob } from './csv-export'

/** The columns of a customers export, in file order. */
export const CUSTOMER_CSV_COLUMNS = ['type', 'id', 'name', 'email', 'created_at'] as const

/** Rows asked for per page by default: few round trips, pages the main thread writes in a few ms. */
export const EXPORT_PAGE_SIZE = 500

/** What a customers export lists: the same parameters as the table's list query. */
export interface CustomersExportParams {
  /** The type filter. */
  type: CustomerTypeFilter
  /** The search the table sent (after its debounce). Empty: no search. @default '' */
  search?: string
  /** Rows asked for per page (adapters may return fewer). @default 500 */
  pageSize?: number
}

/** Options of {@link createCustomersExport}. */
export interface CustomersExportOptions extends CustomersExportParams {
  /** The host's adapter; every page it returns is validated as everywhere in the library. */
  adapter: PaymentsAdapter
}

/**
 * One customer as a CSV record, in {@link CUSTOMER_CSV_COLUMNS} order: type, id, name, email and
 * the ISO-8601 creation date (UTC).
 *
 * @example
 * customerCsvRecord({ type: 'user', id: 'u1', displayName: 'Ada', email: 'ada@example.com' })
 * // ['user', 'u1', 'Ada', 'ada@example.com', null]
 */
export function customerCsvRecord(customer: Customer): CsvCell[] {
  return [customer.type, customer.id, customer.displayName, customer.email ?? null, csvDate(customer.createdAt)]
}

/** The export over an adapter whose answers are already validated (the provider's). @internal */
export function createValidatedCustomersExport(adapter: PaymentsAdapter, params: CustomersExportParams): CsvExportJob {
  const { type, search = '', pageSize = EXPORT_PAGE_SIZE } = params
  return createCsvExport<Customer>({
    method: 'listCustomers',
    columns: CUSTOMER_CSV_COLUMNS,
    pageSize,
    fetchPage: ({ cursor, limit, signal }) =>
      adapter.listCustomers({ type, search: search || undefined, cursor, limit, signal }),
    key: customerKey,
    records: (customer) => [customerCsvRecord(customer)],
  })
}

/**
 * A CSV export of every customer of a type (or all) matching a search, walking the adapter's
 * cursor pages in the background. Nothing is asked until `start()`; see {@link CsvExportJob}.
 * Inside a `PaymentsProvider`, {@link useExportCustomers} does this for a component.
 *
 * @example
 * const job = createCustomersExport({ adapter, type: 'team', search: 'acme' })
 * job.subscribe(() => console.log(job.getSnapshot().rows))
 * const blob = await job.start() // null when cancelled or failed (see job.getSnapshot().error)
 */
export function createCustomersExport({ adapter, ...params }: CustomersExportOptions): CsvExportJob {
  return createValidatedCustomersExport(validateAdapter(adapter), params)
}
