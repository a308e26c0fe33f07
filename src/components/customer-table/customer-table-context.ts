import type { MutableRefObject } from 'react'
import { createPartContext } from '../../ui/part-context'
import type { AsyncSlots } from '../../ui/async-frame'
import type { CustomerTableColumnId, CustomerTableMeta } from './customer-table-columns'
import type { CustomerTableState } from './use-customer-table'

/** What `CustomerTableRoot` shares with its parts (internal: hosts read `useCustomerTableContext`). */
export interface CustomerTableContextValue {
  /** The table's state: filters, search and the paged list (`useCustomerTable`'s result). */
  table: CustomerTableState
  mode: 'browse' | 'picker'
  /** Host replacements of the loading, error and empty states. */
  slots: AsyncSlots | undefined
  /**
   * The columns the root's width has no room for (narrow tables hide them; none before layout).
   * Only a change of width class re-renders the parts, not every pixel of a resize.
   */
  autoHiddenColumns: readonly CustomerTableColumnId[]
  /** The root's `height` prop: the grid's height, known before layout when a number of px. */
  height: number | string
  /** What cells and rows read (TanStack meta): row behaviour, the active/menu/copied rows. */
  meta: CustomerTableMeta
  setActiveKey: (key: string | null) => void
  /** Set by the grid's body: focuses a row now, or after the render that mounts it. */
  focusRowRef: MutableRefObject<(key: string) => void>
}

/**
 * The root's provider, and the hook a part reads it with: it throws a clear error naming the part
 * outside `CustomerTableRoot`.
 */
export const [CustomerTableContextProvider, useCustomerTablePart] = createPartContext<CustomerTableContextValue>(
  'CustomerTableRoot',
  "Wrap the table's parts in <CustomerTableRoot> (or render <CustomerTable>).",
)

/**
 * The state of the enclosing `CustomerTableRoot` (type filter, search, the paged list), for host
 * parts placed inside it: a host toolbar button, a count, a "Clear filters" link.
 *
 * @throws Error outside `CustomerTableRoot`.
 * @example
 * function ClearFilters() {
 *   const table = useCustomerTableContext()
 *   return table.isFiltered ? <button onClick={table.clearFilters}>Clear filters</button> : null
 * }
 */
export function useCustomerTableContext(): CustomerTableState {
  return useCustomerTablePart('useCustomerTableContext').table
}
