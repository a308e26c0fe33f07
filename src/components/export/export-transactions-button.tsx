import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import type { CustomerRef } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { useExportTransactions } from '../../data/use-export-transactions'
import { CsvExportControl, fileNameDate, fileNamePart, type CsvExportButtonOptions } from './csv-export-control'

/** Props of {@link ExportTransactionsButton}. */
export interface ExportTransactionsButtonProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, CsvExportButtonOptions {
  /** Whose transactions. */
  customer: CustomerRef
  /** Transactions asked for per page (adapters may return fewer). @default 500 */
  pageSize?: number
}

/**
 * Exports every transaction of one customer as a CSV file (one record per transaction and charged
 * currency), fetched page by page with a progress bar, Cancel, and Retry that keeps what was
 * fetched. A read-only adapter exports too; `canExport={false}` hides it. Columns are listed in
 * `docs/csv-export.md`.
 *
 * @selector [data-slot="csv-export"] — see `CsvExportControl` for its parts and states
 * @example
 * <ExportTransactionsButton customer={{ type: 'team', id: teamId }} />
 */
export const ExportTransactionsButton = forwardRef<HTMLDivElement, ExportTransactionsButtonProps>(function ExportTransactionsButton(
  { customer, pageSize, canExport = true, fileName, label, ...props },
  ref,
) {
  const { t } = usePaymentsContext('ExportTransactionsButton')
  const exporter = useExportTransactions(customer, { pageSize })
  if (!canExport) return null
  const name = fileName ?? `transactions-${customer.type}-${fileNamePart(customer.id)}-${fileNameDate()}.csv`
  return <CsvExportControl ref={ref} exporter={exporter} fileName={name} label={label ?? t('export.transactions')} {...props} />
})
