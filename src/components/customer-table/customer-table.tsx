import { forwardRef, useMemo, type ComponentPropsWithoutRef, type CSSProperties, type ReactNode } from 'react'
import { usePaymentsContext } from '../../data/payments-context'
import type { AsyncSlots } from '../../ui/async-frame'
import type { CustomerTableColumnId } from './customer-table-columns'
import { CustomerTableGrid } from './customer-table-grid'
import { CustomerTableRoot } from './customer-table-root'
import { CustomerTableLiveRegion, CustomerTableSearch, CustomerTableToolbar, CustomerTableTypeFilter } from './customer-table-toolbar'
import { useCustomerTable, type CustomerTableState, type UseCustomerTableOptions } from './use-customer-table'
import type { CustomerTableRowOptions } from './use-customer-table-view'
import { LazyExportButton, exportButtons } from '../export/lazy-export-button'

export interface CustomerTableProps
  extends UseCustomerTableOptions,
    CustomerTableRowOptions,
    Omit<ComponentPropsWithoutRef<'div'>, keyof UseCustomerTableOptions | 'children'> {
  /** Columns to hide. Narrow containers also hide ID and created on their own. */
  hiddenColumns?: readonly CustomerTableColumnId[]
  /** Show per-type totals in the type filter when the adapter returns them. @default true */
  showCounts?: boolean
  /** Height of the scrolling area. @default 560 */
  height?: number | string
  /** Row height in px (fixed, for fast virtualization). @default 52 */
  rowHeight?: number
  /** Accessible name of the table. @default 'Customers' */
  'aria-label'?: string
  /** Replace the loading skeleton, the error (with Retry) or the empty state; `null` renders nothing. */
  slots?: AsyncSlots
  /** Replaces the error state. @deprecated Use `slots={{ error: (error, retry) => … }}`. */
  renderError?: (error: Error, retry: () => void) => ReactNode
  /** Replaces the empty state. @deprecated Use `slots={{ empty: … }}` (read the state with `useCustomerTable`). */
  renderEmpty?: (state: CustomerTableState) => ReactNode
  /** Scroll offset to start at (restoring a position). @default 0 */
  initialScrollOffset?: number
  /** Called (throttled to animation frames by the browser's scroll events) with the scroll offset. */
  onScrollOffsetChange?: (offset: number) => void
  /** Extra toolbar content (host buttons), after the search field. To place it elsewhere, compose the parts. */
  toolbar?: ReactNode
  /**
   * Shows "Export CSV" in the toolbar: every customer the table shows now (its type filter and
   * search), fetched page by page with progress and Cancel; its code loads on first use. A
   * read-only adapter exports too. Never shown in `mode="picker"`. @default true
   */
  canExport?: boolean
  className?: string
  style?: CSSProperties
}

/**
 * One virtualized, infinitely scrolling table of users, teams and custom customers, with a type
 * filter and a debounced, abortable search. Reads `adapter.listCustomers` page by page. Built from
 * the parts (`CustomerTableRoot`, `CustomerTableToolbar`, `CustomerTableTypeFilter`,
 * `CustomerTableSearch`, `CustomerTableGrid`, `CustomerTableLiveRegion`): compose them to place
 * your own toolbar.
 *
 * Keyboard: Up/Down/Home/End/PageUp/PageDown move between rows, Enter opens, Shift+F10 or the
 * menu key opens the row menu.
 *
 * @selector [data-slot="customer-table"][data-status="loading" | "error" | "empty" | "success"][data-mode]
 * @selector [data-slot="customer-table-toolbar"] [data-slot="customer-table-grid"]
 * @selector [data-slot="customer-table-row"][data-type][data-active][data-lite] (`data-lite`: light cells while scrolling fast)
 * @selector [data-slot="customer-table-footer"]
 * @selector [data-slot="customer-table-page-error"][data-failed-page="next" | "earlier" | "refresh"] — a page failed while rows show
 * @selector [data-slot="customer-table-retry"][data-pending] — its Retry, pending while retrying
 * @example
 * <CustomerTable
 *   onCustomerOpen={(c) => navigate(`/customers/${c.type}/${encodeURIComponent(c.id)}`)}
 *   rowActions={(c) => [{ id: 'impersonate', label: 'Impersonate', onSelect: impersonate }]}
 * />
 */
export const CustomerTable = forwardRef<HTMLDivElement, CustomerTableProps>(function CustomerTable(props, forwardedRef) {
  const {
    hiddenColumns,
    showCounts = true,
    rowHeight,
    slots,
    renderError,
    renderEmpty,
    initialScrollOffset,
    onScrollOffsetChange,
    toolbar,
    canExport = true,
    // The grid's name, not the root's.
    'aria-label': ariaLabel,
    ...rootProps
  } = props
  const { t } = usePaymentsContext('CustomerTable')
  const table = useCustomerTable(props)
  const empty = table.list.status === 'empty' && renderEmpty ? renderEmpty(table) : undefined
  // The deprecated render props, as slots (explicit slots win).
  const allSlots = useMemo<AsyncSlots | undefined>(() => {
    if (!renderError && empty === undefined) return slots
    return {
      ...(renderError ? { error: renderError } : {}),
      ...(empty !== undefined ? { empty } : {}),
      ...slots,
    }
  }, [slots, renderError, empty])
  return (
    <CustomerTableRoot ref={forwardedRef} {...rootProps} table={table} slots={allSlots}>
      <CustomerTableToolbar>
        <CustomerTableTypeFilter showCounts={showCounts} />
        <CustomerTableSearch />
        {toolbar}
        {canExport && props.mode !== 'picker' ? (
          <LazyExportButton part={exportButtons.customers} props={{}} label={t('export.customers')} />
        ) : null}
      </CustomerTableToolbar>
      <CustomerTableGrid
        aria-label={ariaLabel}
        hiddenColumns={hiddenColumns}
        rowHeight={rowHeight}
        initialScrollOffset={initialScrollOffset}
        onScrollOffsetChange={onScrollOffsetChange}
      />
      <CustomerTableLiveRegion />
    </CustomerTableRoot>
  )
})
