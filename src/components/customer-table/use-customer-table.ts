import { useCallback } from 'react'
import type { CustomerType, CustomerTypeFilter } from '../../adapter/types'
import { useControllableState } from '../../ui/use-controllable-state'
import { useCustomerList, type CustomerListState } from '../../data/use-customer-list'
import { useDebouncedValue } from '../../data/use-debounced-value'

export interface UseCustomerTableOptions {
  /** Controlled type filter. */
  type?: CustomerTypeFilter
  /** Initial type filter when uncontrolled. @default 'all' (or the only entry of `types`) */
  defaultType?: CustomerTypeFilter
  /** Called when the user picks another type. */
  onTypeChange?: (type: CustomerTypeFilter) => void
  /** Controlled search text (what the search box shows). */
  search?: string
  /** Initial search text when uncontrolled. @default '' */
  defaultSearch?: string
  /** Called on every change of the search text. */
  onSearchChange?: (search: string) => void
  /** Restrict the table to these customer types (the picker passes one). @default all three */
  types?: readonly CustomerType[]
  /** Wait this long after the last keystroke before searching. @default 250 */
  searchDebounceMs?: number
  /** Rows per page requested from the adapter. @default 50 */
  pageSize?: number
  /** Pages kept in memory while scrolling far. @default 12 */
  maxPages?: number
}

export interface CustomerTableState {
  type: CustomerTypeFilter
  setType: (type: CustomerTypeFilter) => void
  /** The text in the search box. */
  search: string
  setSearch: (search: string) => void
  /** The search the current rows answer (debounced). */
  appliedSearch: string
  /** The types the filter offers. */
  types: readonly CustomerType[]
  /** Whether the type filter is worth showing (more than one type). */
  showTypeFilter: boolean
  /** Clear search and type filter. */
  clearFilters: () => void
  /** Whether a search or a type filter narrows the list. */
  isFiltered: boolean
  list: CustomerListState
}

const ALL_TYPES: readonly CustomerType[] = ['user', 'team', 'custom']

/**
 * The state of a customers table: type filter and search (each controlled or not), the
 * debounced search and the paged customer list. `CustomerTable` renders it; hosts can build
 * their own table on it.
 *
 * @example
 * const table = useCustomerTable({ defaultType: 'custom' })
 * table.setSearch('acme')
 * table.list.rows // customers matching 'acme'
 */
export function useCustomerTable(options: UseCustomerTableOptions = {}): CustomerTableState {
  const types = options.types && options.types.length > 0 ? options.types : ALL_TYPES
  const onlyType = types.length === 1 ? types[0] : undefined
  const [typeValue, setType] = useControllableState<CustomerTypeFilter>({
    value: options.type,
    defaultValue: options.defaultType ?? onlyType ?? 'all',
    onValueChange: options.onTypeChange,
    name: 'CustomerTable (type)',
  })
  // A restricted table never shows another type, whatever it is told.
  const type: CustomerTypeFilter =
    onlyType ?? (typeValue === 'all' || types.includes(typeValue) ? typeValue : 'all')

  const [search, setSearch] = useControllableState({
    value: options.search,
    defaultValue: options.defaultSearch ?? '',
    onValueChange: options.onSearchChange,
    name: 'CustomerTable (search)',
  })
  const appliedSearch = useDebouncedValue(search.trim(), options.searchDebounceMs ?? 250)

  const list = useCustomerList({
    type,
    search: appliedSearch,
    pageSize: options.pageSize,
    maxPages: options.maxPages,
  })

  const defaultType: CustomerTypeFilter = onlyType ?? 'all'
  const clearFilters = useCallback(() => {
    setSearch('')
    setType(defaultType)
  }, [setSearch, setType, defaultType])

  return {
    type,
    setType,
    search,
    setSearch,
    appliedSearch,
    types,
    showTypeFilter: types.length > 1,
    clearFilters,
    isFiltered: appliedSearch !== '' || type !== defaultType,
    list,
  }
}
