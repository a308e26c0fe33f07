import { useQueries } from '@tanstack/react-query'
import type { CustomerTypeFilter, PageTotal } from '../adapter/types'
import { usePaymentsContext } from './payments-context'

/**
 * Totals per customer type (one single-row request each, cached), for the type filter's counts.
 * Types whose adapter response has no `total` are left out.
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
      queries: types.map((type) => ({
        queryKey: [...queryScope, 'customer-count', type] as const,
        queryFn: ({ signal }: { signal: AbortSignal }) => adapter.listCustomers({ type, limit: 1, signal }),
        enabled,
        staleTime: 60_000,
        select: (page: { total?: PageTotal }) => page.total,
      })),
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
