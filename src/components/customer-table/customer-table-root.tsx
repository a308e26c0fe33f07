import { forwardRef, useImperativeHandle, type ComponentPropsWithoutRef, type CSSProperties, type ReactNode } from 'react'
import { usePaymentsContext } from '../../data/payments-context'
import { cn } from '../../lib/cn'
import type { AsyncSlots } from '../../ui/async-frame'
import { ThemeScope } from '../../ui/theme-scope'
import { CustomerTableContextProvider } from './customer-table-context'
import { useCustomerTable, type CustomerTableState, type UseCustomerTableOptions } from './use-customer-table'
import { useCustomerTableView, type CustomerTableRowOptions } from './use-customer-table-view'

export interface CustomerTableRootProps
  extends UseCustomerTableOptions,
    CustomerTableRowOptions,
    Omit<ComponentPropsWithoutRef<'div'>, keyof UseCustomerTableOptions | 'children'> {
  /**
   * The table's state from your own `useCustomerTable` call (to read or drive it outside the
   * root). Without it the root creates the state from its own `type` / `search` / … props.
   * Do not switch between the two while mounted.
   */
  table?: CustomerTableState
  /** Replace the loading skeleton, the error (with Retry) or the empty state; `null` renders nothing. */
  slots?: AsyncSlots
  /** Height of the scrolling area. @default 560 */
  height?: number | string
  /** The parts: `CustomerTableToolbar`, `CustomerTableGrid`, `CustomerTableLiveRegion`, your own elements. */
  children?: ReactNode
}


const RootWithState = forwardRef<HTMLDivElement, CustomerTableRootProps & { table: CustomerTableState }>(function RootWithState(
  props,
  forwardedRef,
) {
  const {
    table,
    slots,
    height = 560,
    className,
    style,
    children,
    onCustomerOpen,
    getCustomerHref,
    rowActions,
    mode,
    onCustomerSelect,
    showCreateCheckout,
    // Read by useCustomerTable (when the root creates the state), not DOM attributes:
    type: _type,
    defaultType: _defaultType,
    onTypeChange: _onTypeChange,
    search: _search,
    defaultSearch: _defaultSearch,
    onSearchChange: _onSearchChange,
    types: _types,
    searchDebounceMs: _searchDebounceMs,
    pageSize: _pageSize,
    maxPages: _maxPages,
    ...rest
  } = props
  const { colorScheme, locale } = usePaymentsContext('CustomerTableRoot')
  const { rootRef, value } = useCustomerTableView(
    table,
    { onCustomerOpen, getCustomerHref, rowActions, mode, onCustomerSelect, showCreateCheckout },
    slots,
    height,
  )
  useImperativeHandle(forwardedRef, () => rootRef.current as HTMLDivElement, [rootRef])
  return (
    <div
      ref={rootRef}
      data-slot="customer-table"
      data-status={table.list.status}
      data-mode={value.mode}
      data-hx-color-scheme={colorScheme}
      lang={locale}
      {...rest}
      className={cn('hx-root hx-customer-table', className)}
      style={{ ...style, '--hx-ct-height': typeof height === 'number' ? `${height}px` : height } as CSSProperties}
    >
      <ThemeScope>
        <CustomerTableContextProvider value={value}>{children}</CustomerTableContextProvider>
      </ThemeScope>
    </div>
  )
})

const RootWithOwnState = forwardRef<HTMLDivElement, CustomerTableRootProps>(function RootWithOwnState(props, ref) {
  usePaymentsContext('CustomerTableRoot')
  const table = useCustomerTable(props)
  return <RootWithState ref={ref} {...props} table={table} />
})

/**
 * The root of a customers table built from parts: holds the table's state (filters, search, the
 * paged list; from its props or your `useCustomerTable`), the view state (active row, open menu,
 * copied id) and row behaviour, and shares them with the parts inside. Every other prop goes to
 * its `<div>`. Must be inside `PaymentsProvider`.
 *
 * @selector [data-slot="customer-table"][data-status="loading" | "error" | "empty" | "success"][data-mode="browse" | "picker"]
 * @example
 * <CustomerTableRoot onCustomerOpen={open} slots={{ empty: <p>Nobody here yet</p> }}>
 *   <CustomerTableToolbar>
 *     <button type="button">Invite</button>
 *     <CustomerTableSearch />
 *     <CustomerTableTypeFilter />
 *   </CustomerTableToolbar>
 *   <CustomerTableGrid />
 *   <CustomerTableLiveRegion />
 * </CustomerTableRoot>
 */
export const CustomerTableRoot = forwardRef<HTMLDivElement, CustomerTableRootProps>(function CustomerTableRoot(props, ref) {
  const { table } = props
  return table ? <RootWithState ref={ref} {...props} table={table} /> : <RootWithOwnState ref={ref} {...props} />
})
