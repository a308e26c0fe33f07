/**
 * Contender 1: our CustomerTable, from the built package's per-component entries, as a page that
 * cares about its size imports it (bench/run.mjs aliases them to its build).
 */
import { CustomerTable } from '@hexclave/payments-ui/customer-table'
import { PaymentsProvider } from '@hexclave/payments-ui/provider'
import '@hexclave/payments-ui/styles.css'
import type { ContenderProps } from './types'

export function OursTable({ adapter, pageSize, debounceMs, height, rowHeight }: ContenderProps) {
  return (
    <PaymentsProvider adapter={adapter}>
      <CustomerTable height={height} rowHeight={rowHeight} pageSize={pageSize} searchDebounceMs={debounceMs} showCounts={false} />
    </PaymentsProvider>
  )
}
