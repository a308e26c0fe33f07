import { useQueries } from '@tanstack/react-query'
import type { CustomerTypeFilter, Page, Customer, PageTotal, PaymentsAdapter } from '../adapter/types'
import { usePaymentsContext } from './payments-context'

/** One type's total, with whether it is known yet. */
export interface CustomerTypeTotal {
  /** `loading` until the adapter answered; `error` when it failed (the table shows no count then). */
  status: 'loading' | 'error' | 'success'
  /** The total; `null` while loading, on error, or when the adapter does not report one for this type. */
  total: PageTotal | null
}

/** The single-row query behind each type's total; both hooks share its cache entries. */
function countQuery(adapter: PaymentsAdapter, scope: readonly unknown[], type: CustomerTypeFilter, enabled: boolean) {
  return {
    queryKey: [...scope, 'customer-count', type] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) => adapter.listCustomers({ type, limit: 1, signal }),
    enabled,
    staleTime: 60_000,
    select: (page: Page<Customer>) => page.total ?? null,
  }
}

/**
 * Totals per customer type (one single-row request each, cached), for the type filter's counts.
 * Types still loading, failed, or whose adapter response has no `total` are left out; use
 * {@link useCustomerTypeTotals} to tell those apart.
 *
 * @example
 * const counts = useCustomerTypeCounts(['all', 'user', 'team', 'custom'])
 * counts.user?.count // 240
 */
export function useCustomerTypeCounts(
  types: readonly CustomerTypeFilter[],
  enabled = true,
): Partial<Record<CustomerTypeFilter, PageTotal>> {
  const { adapter, queryClient, queryScope } = usePaymentsContext('useCustomerTypeCounts')
  return useQueries(
    {
      queries: types.map((type) => countQuery(adapter, queryScope, type, enabled)),
      combine: (results) => {
        const counts: Partial<Record<CustomerTypeFilter, PageTotal>> = {}
        results.forEach((result, i) => {
          const type = types[i]
          if (type && result.data) counts[type] = result.data
        })
        return counts
      },
    },
    queryClient,
  )
}

/**
 * Like {@link useCustomerTypeCounts}, with a status per type, so a host can show a placeholder
 * while a total loads and "not reported" once the adapter has answered without one (the REST
 * adapter cannot count users, for example). Shares the cache of `useCustomerTypeCounts`.
 *
 * @example
 * const totals = useCustomerTypeTotals(['user', 'team'])
 * totals.user?.status === 'success' && totals.user.total === null // the adapter gives no count
 */
export function useCustomerTypeTotals(
  types: readonly CustomerTypeFilter[],
  enabled = true,
): Partial<Record<CustomerTypeFilter, CustomerTypeTotal>> {
  const { adapter, queryClient, queryScope } = usePaymentsContext('useCustomerTypeTotals')
  return useQueries(
    {
      queries: types.map((type) => countQuery(adapter, queryScope, type, enabled)),
      combine: (results) => {
        const totals: Partial<Record<CustomerTypeFilter, CustomerTypeTotal>> = {}
        results.forEach((result, i) => {
          const type = types[i]
          if (!type) return
          const status = result.status === 'pending' ? 'loading' : result.status
          totals[type] = { status, total: result.data ?? null }
        })
        return totals
      },
    },
    queryClient,
  )
}
