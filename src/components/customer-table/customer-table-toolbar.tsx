import { forwardRef, useCallback, useMemo, useState, type ComponentPropsWithoutRef } from 'react'
import { usePaymentsContext } from '../../data/payments-context'
import type { CustomerTypeFilter } from '../../adapter/types'
import { tableMessages } from '../../lib/messages/table'
import { useCustomerTypeCounts } from '../../data/use-customer-type-counts'
import { cn } from '../../lib/cn'
import { errorMessage } from '../../lib/messages'
import { SearchInput, type SearchInputProps } from '../../ui/input'
import { CustomerTypeSelect, type CustomerTypeSelectProps } from '../customer-type-select/customer-type-select'
import { useCustomerTablePart } from './customer-table-context'
import { useAfterPaintText } from './use-after-paint-text'

export type CustomerTableToolbarProps = ComponentPropsWithoutRef<'div'>

const NO_FILTER_OPTIONS: readonly CustomerTypeFilter[] = []

/**
 * The row above the grid that holds the filter, the search and host buttons, in any order.
 *
 * @selector [data-slot="customer-table-toolbar"]
 * @example
 * <CustomerTableToolbar>
 *   <CustomerTableSearch />
 *   <CustomerTableTypeFilter />
 *   <button type="button">Export</button>
 * </CustomerTableToolbar>
 */
export const CustomerTableToolbar = forwardRef<HTMLDivElement, CustomerTableToolbarProps>(function CustomerTableToolbar(
  { className, ...props },
  ref,
) {
  useCustomerTablePart('CustomerTableToolbar')
  return <div ref={ref} data-slot="customer-table-toolbar" {...props} className={cn('hx-ct-toolbar', className)} />
})

export interface CustomerTableTypeFilterProps
  extends Omit<CustomerTypeSelectProps, 'value' | 'defaultValue' | 'onValueChange' | 'types' | 'counts' | 'includeAll'> {
  /** Show per-type totals when the adapter returns them. @default true */
  showCounts?: boolean
}

/**
 * The table's type filter (All, Users, Teams, Custom) bound to the root's `type`; renders nothing
 * when the table shows one type only. Other props go to the `CustomerTypeSelect`.
 *
 * @selector [data-slot="customer-type-select"] — inside the table's root
 * @example
 * <CustomerTableTypeFilter showCounts={false} />
 */
export const CustomerTableTypeFilter = forwardRef<HTMLDivElement, CustomerTableTypeFilterProps>(function CustomerTableTypeFilter(
  { showCounts = true, ...props },
  ref,
) {
  const { table } = useCustomerTablePart('CustomerTableTypeFilter')
  const filterOptions = useMemo(() => ['all' as const, ...table.types], [table.types])
  // Asked once the first page has answered: on a real backend the four count requests would
  // otherwise race the first page for connections and server time.
  const countsWanted = showCounts && table.showTypeFilter && table.list.status !== 'loading'
  // No count queries at all until they are first wanted (never with showCounts={false}): four
  // disabled queries and their observers were set up in the render that mounts the table. Once
  // asked they stay, so a later `loading` keeps showing the counts known.
  const [countsAsked, setCountsAsked] = useState(countsWanted)
  if (countsWanted && !countsAsked) setCountsAsked(true)
  const counts = useCustomerTypeCounts(countsAsked ? filterOptions : NO_FILTER_OPTIONS, countsWanted)
  if (!table.showTypeFilter) return null
  return (
    <CustomerTypeSelect
      ref={ref}
      {...props}
      value={table.type}
      onValueChange={table.setType}
      types={table.types}
      counts={showCounts ? counts : undefined}
    />
  )
})

export type CustomerTableSearchProps = Omit<SearchInputProps, 'value' | 'defaultValue' | 'onValueChange'>

/**
 * The table's search field bound to the root's `search` (debounced and abortable by the table).
 * `ref` and input props go to the `<input>`, `className` / `style` to the wrapper (as `SearchInput`).
 *
 * @selector [data-slot="search-input"].hx-ct-search — inside the table's root
 * @example
 * <CustomerTableSearch placeholder="Find a customer" />
 */
export const CustomerTableSearch = forwardRef<HTMLInputElement, CustomerTableSearchProps>(function CustomerTableSearch(
  { className, ...props },
  ref,
) {
  const { table } = useCustomerTablePart('CustomerTableSearch')
  const { t } = usePaymentsContext('CustomerTableSearch', tableMessages)
  return (
    <SearchInput
      ref={ref}
      aria-label={t('table.search.label')}
      placeholder={t('table.search.placeholder')}
      clearLabel={t('table.search.clear')}
      {...props}
      className={cn('hx-ct-search', className)}
      value={table.search}
      onValueChange={table.setSearch}
    />
  )
})

export type CustomerTableLiveRegionProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>

/**
 * A polite live region that tells screen reader users what the table shows: "200 customers",
 * "50 more customers loaded", "No customers match 'acme'", or the error. Render it once per table.
 *
 * @selector [data-slot="customer-table-live"]
 * @example
 * <CustomerTableRoot>
 *   <CustomerTableGrid />
 *   <CustomerTableLiveRegion />
 * </CustomerTableRoot>
 */
export const CustomerTableLiveRegion = forwardRef<HTMLDivElement, CustomerTableLiveRegionProps>(function CustomerTableLiveRegion(
  { className, ...props },
  ref,
) {
  const { table } = useCustomerTablePart('CustomerTableLiveRegion')
  const { t } = usePaymentsContext('CustomerTableLiveRegion', tableMessages)
  const { list, appliedSearch } = table
  const total = list.total
  // Formatted after the rows are painted (see useAfterPaintText): keeps Intl set-up off the first paint.
  const announce = useCallback(() => {
    if (list.status === 'empty') {
      return appliedSearch ? t('state.empty.noMatches', { search: appliedSearch }) : t('state.empty.noCustomers')
    }
    if (list.status === 'error' && list.error) return errorMessage(t, list.error)
    if (list.status !== 'success' || list.isPlaceholder) return ''
    if (list.lastPageIndex > 0) return t('table.loadedMore', { count: list.lastPageSize })
    if (total) return total.approximate ? t('table.countApprox', { count: total.count }) : t('table.count', { count: total.count })
    return ''
  }, [list, appliedSearch, t, total])
  const announcement = useAfterPaintText(announce)
  return (
    <div
      ref={ref}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-slot="customer-table-live"
      {...props}
      className={cn('hx-sr-only', className)}
    >
      {announcement}
    </div>
  )
})
