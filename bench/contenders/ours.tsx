/** Contender 1: our CustomerTable, from the built package (bench/run.mjs aliases it to its build). */
import { CustomerTable, PaymentsProvider } from '@hexclave/payments-ui'
import '@hexclave/payments-ui/styles.css'
import type { ContenderProps } from './types'

export function OursTable({ adapter, pageSize, debounceMs, height, rowHeight }: ContenderProps) {
  return (
    <PaymentsProvider adapter={adapter}>
      <CustomerTable height={height} rowHeight={rowHeight} pageSize={pageSize} searchDebounceMs={debounceMs} showCounts={false} />
    </PaymentsProvider>
  )
}
