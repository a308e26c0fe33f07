import { useMemo } from 'react'
import { useQueries } from '@tanstack/react-query'
import type { Customer, CustomerTypeFilter, Page, PageTotal } from '../adapter/types'
import type { ReadStatus } from '../lib/async-status'
import { usePaymentsContext } from './payments-context'

/**
 * Where one type's total stands, in the library's one status vocabulary (`ReadStatus` without
 * `empty`: an answer without a total is `success` with `total: null`).
 */
export type CustomerTypeTotalStatus = Exclude<ReadStatus, 'empty'>

/** One type's total, with whether it is known yet. */
export interface CustomerTypeTotal {
  /** `loading` until the adapter answered; `error` when it failed (the table shows no count then). */
  status: CustomerTypeTotalStatus
  /** The total; `null` while loading, on error, or when the adapter does not report one for this type. */
  total: PageTotal | null
}

/** TanStack's `pending` is the library's `loading`; a total already known stays `success` through a failed refresh. */
function totalStatus(result: { status: 'pending' | 'error' | 'success'; data: unknown }): CustomerTypeTotalStatus {
  if (result.status === 'pending') return 'loading'
  return result.status === 'error' && result.data === undefined ? 'error' : 'success'
}

/** One single-row query per type (cached, shared by both hooks), combined into a status per type. */
function useTotals(hook: string, types: readonly CustomerTypeFilter[], enabled: boolean): Partial<Record<CustomerTypeFilter, CustomerTypeTotal>> {
  const { adapter, queryClient, queryScope } = usePaymentsContext(hook)
  return useQueries(
    {
      queries: types.map((type) => ({
        queryKey: [...queryScope, 'customer-count', type] as const,
        queryFn: ({ signal }: { signal: AbortSignal }) => adapter.listCustomers({ type, limit: 1, signal }),
        enabled,
        staleTime: 60_000,
        select: (page: Page<Customer>) => page.total ?? null,
      })),
      combine: (results) => {
        const totals: Partial<Record<CustomerTypeFilter, CustomerTypeTotal>> = {}
        results.forEach((result, i) => {
          const type = types[i]
          if (type) totals[type] = { status: totalStatus(result), total: result.data ?? null }
        })
        return totals
      },
    },
    queryClient,
  )
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
  const totals = useTotals('useCustomerTypeCounts', types, enabled)
  // The same object while the totals are the same (useQueries keeps `totals` then), so a memoized
  // type filter given these counts does not render again with every render of its parent.
  return useMemo(() => {
    const counts: Partial<Record<CustomerTypeFilter, PageTotal>> = {}
    for (const type of types) {
      const total = totals[type]?.total
      if (total) counts[type] = total
    }
    return counts
  }, [totals, types])
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
  return useTotals('useCustomerTypeTotals', types, enabled)
}
