import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import { usePaymentsContext } from '../../data/payments-context'
import type { CustomersExportParams } from '../../data/export-customers'
import { useExportCustomers } from '../../data/use-export-customers'
import { CsvExportControl, fileNameDate, type CsvExportButtonOptions } from './csv-export-control'

/** Props of {@link ExportCustomersButton}. */
export interface ExportCustomersButtonProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>,
    CustomersExportParams,
    CsvExportButtonOptions {}

/**
 * Exports what the customers table shows now — its type filter and search (pass the same `type`
 * and debounced `search` as the table) — as a CSV file: every row, not just the loaded ones,
 * fetched page by page with a progress bar, Cancel, and Retry that keeps what was fetched. A
 * read-only adapter exports too (it only lists); `canExport={false}` hides it. Columns are listed
 * in `docs/csv-export.md`.
 *
 * @selector [data-slot="csv-export"] — see `CsvExportControl` for its parts and states
 * @example
 * const table = useCustomerTable()
 * <ExportCustomersButton type={table.type} search={table.debouncedSearch} />
 */
export const ExportCustomersButton = forwardRef<HTMLDivElement, ExportCustomersButtonProps>(function ExportCustomersButton(
  { type, search, pageSize, canExport = true, fileName, label, ...props },
  ref,
) {
  const { t } = usePaymentsContext('ExportCustomersButton')
  const exporter = useExportCustomers({ type, search, pageSize })
  if (!canExport) return null
  const name = fileName ?? `customers-${type === 'all' ? '' : `${type}-`}${fileNameDate()}.csv`
  return <CsvExportControl ref={ref} exporter={exporter} fileName={name} label={label ?? t('export.customers')} {...props} />
})

