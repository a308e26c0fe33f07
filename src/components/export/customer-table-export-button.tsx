import { forwardRef } from 'react'
import { useCustomerTableContext } from '../customer-table/customer-table-context'
import { ExportCustomersButton, type ExportCustomersButtonProps } from './export-customers-button'

/** Props of {@link CustomerTableExportButton}: those of `ExportCustomersButton` but the list, which comes from the table. */
export type CustomerTableExportButtonProps = Omit<ExportCustomersButtonProps, 'type' | 'search'>

/**
 * `ExportCustomersButton` for a place inside a `CustomerTableRoot` (e.g. its toolbar): it exports
 * what the table shows now, its type filter and the search its rows answer.
 *
 * @throws Error outside `CustomerTableRoot`.
 * @selector [data-slot="csv-export"] — see `CsvExportControl` for its parts and states
 * @example
 * <CustomerTableRoot>
 *   <CustomerTableToolbar>
 *     <CustomerTableSearch />
 *     <CustomerTableTypeFilter />
 *     <CustomerTableExportButton />
 *   </CustomerTableToolbar>
 *   <CustomerTableGrid />
 * </CustomerTableRoot>
 */
export const CustomerTableExportButton = forwardRef<HTMLDivElement, CustomerTableExportButtonProps>(function CustomerTableExportButton(props, ref) {
  const table = useCustomerTableContext()
  return <ExportCustomersButton ref={ref} {...props} type={table.type} search={table.appliedSearch} />
})
