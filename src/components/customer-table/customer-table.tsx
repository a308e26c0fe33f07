import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type ReactNode,
} from 'react'
import { useTable, type ColumnVisibilityState } from '@tanstack/react-table'
import type { Customer } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { useCustomerTypeCounts } from '../../data/use-customer-type-counts'
import { useOptionalCreateCheckoutDialog } from '../create-checkout/checkout-dialog-context'
import { errorMessage } from '../../lib/messages'
import { copyText } from '../../lib/clipboard'
import { cn } from '../../lib/cn'
import { Button } from '../../ui/button'
import { EmptyState } from '../../ui/empty-state'
import { ErrorState } from '../../ui/error-state'
import { UsersIcon, SearchIcon } from '../../ui/icons'
import { SearchInput } from '../../ui/input'
import { Skeleton } from '../../ui/skeleton'
import { CustomerTypeSelect } from '../customer-type-select/customer-type-select'
import { CustomerTableBody } from './customer-table-body'
import {
  COLUMN_TRACKS,
  customerTableColumns,
  customerTableFeatures,
  rowKey,
  type CustomerRowAction,
  type CustomerTableColumnId,
  type CustomerTableMeta,
} from './customer-table-columns'
import { useCustomerTable, type CustomerTableState, type UseCustomerTableOptions } from './use-customer-table'
import { useElementWidth } from './use-element-width'
import { useAfterPaintText } from './use-after-paint-text'
import { ThemeScope } from '../../ui/theme-scope'

export interface CustomerTableProps
  extends UseCustomerTableOptions,
    Omit<ComponentPropsWithoutRef<'div'>, keyof UseCustomerTableOptions | 'children'> {
  /** Called when a row is activated (click, Enter). In picker mode `onCustomerSelect` is called instead. */
  onCustomerOpen?: (customer: Customer) => void
  /** Makes each customer's name a real link (middle-click / open in new tab work). */
  getCustomerHref?: (customer: Customer) => string | undefined
  /** Host actions in each row's ⋯ menu ("Copy ID" is always there). */
  rowActions?: (customer: Customer) => CustomerRowAction[]
  /** Columns to hide. Narrow containers also hide ID and created on their own. */
  hiddenColumns?: readonly CustomerTableColumnId[]
  /** `picker`: rows carry a "Select" button and activation calls `onCustomerSelect`. @default 'browse' */
  mode?: 'browse' | 'picker'
  /** Called with the picked customer in picker mode. */
  onCustomerSelect?: (customer: Customer) => void
  /** Show per-type totals in the type filter when the adapter returns them. @default true */
  showCounts?: boolean
  /** Height of the scrolling area. @default 560 */
  height?: number | string
  /** Row height in px (fixed, for fast virtualization). @default 52 */
  rowHeight?: number
  /** Accessible name of the table. @default 'Customers' */
  'aria-label'?: string
  /** Replaces the error state. */
  renderError?: (error: Error, retry: () => void) => ReactNode
  /** Replaces the empty state. */
  renderEmpty?: (state: CustomerTableState) => ReactNode
  /** Scroll offset to start at (restoring a position). @default 0 */
  initialScrollOffset?: number
  /** Called (throttled to animation frames by the browser's scroll events) with the scroll offset. */
  onScrollOffsetChange?: (offset: number) => void
  /** Put "Create checkout" first in each row's menu (opens the provider's shared dialog). @default true */
  showCreateCheckout?: boolean
  /** Extra toolbar content (host buttons), after the search field. */
  toolbar?: ReactNode
  className?: string
  style?: CSSProperties
}

const SKELETON_ROWS = 8

function autoHiddenColumns(width: number): CustomerTableColumnId[] {
  if (width === 0) return []
  if (width < 560) return ['id', 'createdAt', 'type']
  if (width < 760) return ['createdAt']
  return []
}

/**
 * One virtualized, infinitely scrolling table of users, teams and custom customers, with a type
 * filter and a debounced, abortable search. Reads `adapter.listCustomers` page by page.
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
    onCustomerOpen,
    getCustomerHref,
    rowActions,
    hiddenColumns,
    mode = 'browse',
    onCustomerSelect,
    showCounts = true,
    height = 560,
    rowHeight = 52,
    renderError,
    renderEmpty,
    initialScrollOffset,
    onScrollOffsetChange,
    toolbar,
    showCreateCheckout = true,
    className,
    style,
    // Read by useCustomerTable (it gets every prop), not DOM attributes:
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
    // The grid's name, not the root's.
    'aria-label': ariaLabel,
    ...rest
  } = props
  const { t, format, colorScheme, locale } = usePaymentsContext('CustomerTable')
  const state = useCustomerTable(props)
  const { list } = state

  const filterOptions = useMemo(() => ['all' as const, ...state.types], [state.types])
  const counts = useCustomerTypeCounts(filterOptions, showCounts && state.showTypeFilter)

  const [rootRef, width] = useElementWidth<HTMLDivElement>()
  useImperativeHandle(forwardedRef, () => rootRef.current as HTMLDivElement, [rootRef])
  const [menuOpenKey, setMenuOpenKey] = useState<string | null>(null)
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const [copiedKey, setCopiedKey] = useState<string | null>(null)
  useEffect(() => {
    if (copiedKey === null) return
    const timer = setTimeout(() => setCopiedKey(null), 1500)
    return () => clearTimeout(timer)
  }, [copiedKey])
  // Create the date formatter while the first page is on its way (after the skeleton is painted):
  // a page's first Intl.DateTimeFormat costs tens of milliseconds of locale loading, which would
  // otherwise land between the rows arriving and their paint.
  useEffect(() => {
    const timer = setTimeout(() => format.date('2000-01-01T00:00:00Z', 'medium'), 0)
    return () => clearTimeout(timer)
  }, [format])
  const focusRowRef = useRef<(key: string) => void>(() => {})
  // State, not a ref: the body's virtualizer must re-run once the grid (its scroll element) mounts.
  const [gridElement, setGridElement] = useState<HTMLDivElement | null>(null)

  const columnVisibility = useMemo<ColumnVisibilityState>(() => {
    const visibility: ColumnVisibilityState = {}
    for (const id of [...(hiddenColumns ?? []), ...autoHiddenColumns(width)]) visibility[id] = false
    if (state.types.length === 1) visibility.type = false
    return visibility
  }, [hiddenColumns, width, state.types.length])

  const openCustomer = mode === 'picker' ? onCustomerSelect : onCustomerOpen
  const checkoutDialog = useOptionalCreateCheckoutDialog()
  const createCheckout = showCreateCheckout && checkoutDialog ? checkoutDialog.open : undefined
  const meta = useMemo<CustomerTableMeta>(
    () => ({
      t,
      format,
      mode,
      getCustomerHref,
      onLinkActivate: openCustomer,
      onSelect: onCustomerSelect,
      rowActions,
      menuOpenKey,
      setMenuOpenKey,
      activeKey,
      focusRow: (key) => focusRowRef.current(key),
      rowElement: (key) =>
        rootRef.current?.querySelector<HTMLElement>(`[data-slot="customer-table-row"][data-key="${CSS.escape(key)}"]`) ?? null,
      createCheckout,
      copiedKey,
      copyId: (customer) => {
        const doc = rootRef.current?.ownerDocument
        if (!doc) return
        void copyText(customer.id, doc).then((ok) => {
          if (ok) setCopiedKey(rowKey(customer))
        })
      },
    }),
    [t, format, mode, getCustomerHref, openCustomer, onCustomerSelect, rowActions, menuOpenKey, activeKey, rootRef, createCheckout, copiedKey],
  )

  const table = useTable({
    features: customerTableFeatures,
    columns: customerTableColumns,
    data: list.rows,
    getRowId: rowKey,
    state: { columnVisibility },
    meta,
  })

  const visibleColumns = table.getVisibleLeafColumns()
  const gridTemplate = visibleColumns.map((c) => COLUMN_TRACKS[c.id] ?? '1fr').join(' ')
  const hintId = useId()
  const total = list.total
  // Every row of the grid: the header, the customers and the footer (Load more / End of list).
  const rowCount = total && !total.approximate ? total.count + 2 : -1
  const busy = list.status === 'loading' || list.isPlaceholder || list.isFetchingNextPage || list.isFetchingPreviousPage

  // Formatted after the rows are painted (see useAfterPaintText): keeps Intl set-up off the first paint.
  const announce = useCallback(() => {
    if (list.status === 'empty') {
      return state.appliedSearch ? t('state.empty.noMatches', { search: state.appliedSearch }) : t('state.empty.noCustomers')
    }
    if (list.status === 'error' && list.error) return errorMessage(t, list.error)
    if (list.status !== 'success' || list.isPlaceholder) return ''
    if (list.lastPageIndex > 0) return t('table.loadedMore', { count: list.lastPageSize })
    if (total) return total.approximate ? t('table.countApprox', { count: total.count }) : t('table.count', { count: total.count })
    return ''
  }, [list, state.appliedSearch, t, total])
  const announcement = useAfterPaintText(announce)

  const setActive = useCallback((key: string | null) => setActiveKey(key), [])

  let content: ReactNode
  if (list.status === 'error' && list.error) {
    content = renderError ? (
      renderError(list.error, list.retry)
    ) : (
      <ErrorState
        className="hx-ct-state"
        title={t('state.error.title')}
        message={errorMessage(t, list.error)}
        onRetry={list.retry}
        isRetrying={list.isRetrying}
        retryLabel={t('state.retry')}
      />
    )
  } else if (list.status === 'empty') {
    content = renderEmpty ? (
      renderEmpty(state)
    ) : state.isFiltered ? (
      <EmptyState
        className="hx-ct-state"
        icon={<SearchIcon />}
        title={
          state.appliedSearch
            ? t('state.empty.noMatches', { search: state.appliedSearch })
            : t('state.empty.noMatchesOfType', { type: t(`customerType.${state.type === 'all' ? 'all' : state.type}`) })
        }
        description={t('state.empty.noMatchesDescription')}
        action={
          <Button variant="outline" size="sm" onClick={state.clearFilters}>
            {t('table.filters.clear')}
          </Button>
        }
      />
    ) : (
      <EmptyState
        className="hx-ct-state"
        icon={<UsersIcon />}
        title={t('state.empty.noCustomers')}
        description={t('state.empty.noCustomersDescription')}
      />
    )
  }

  return (
    <div
      ref={rootRef}
      data-slot="customer-table"
      data-status={list.status}
      data-mode={mode}
      data-hx-color-scheme={colorScheme}
      lang={locale}
      {...rest}
      className={cn('hx-root hx-customer-table', className)}
      style={{ ...style, '--hx-ct-height': typeof height === 'number' ? `${height}px` : height } as CSSProperties}
    >
      <ThemeScope>
        <div className="hx-ct-toolbar" data-slot="customer-table-toolbar">
          {state.showTypeFilter ? (
            <CustomerTypeSelect
              value={state.type}
              onValueChange={state.setType}
              types={state.types}
              counts={showCounts ? counts : undefined}
            />
          ) : null}
          <SearchInput
            className="hx-ct-search"
            aria-label={t('table.search.label')}
            placeholder={t('table.search.placeholder')}
            clearLabel={t('table.search.clear')}
            value={state.search}
            onValueChange={state.setSearch}
          />
          {toolbar}
        </div>
        {content ?? (
          <div
            ref={setGridElement}
            role="grid"
            aria-label={ariaLabel ?? t('table.label')}
            aria-rowcount={rowCount}
            aria-colcount={visibleColumns.length}
            aria-busy={busy}
            aria-describedby={hintId}
            data-slot="customer-table-grid"
            className="hx-ct-grid"
            style={{ '--hx-ct-columns': gridTemplate, '--hx-ct-row-height': `${rowHeight}px` } as CSSProperties}
          >
            <div role="rowgroup" className="hx-ct-head" data-slot="customer-table-header">
              {table.getHeaderGroups().map((group) => (
                <div role="row" aria-rowindex={1} key={group.id} className="hx-ct-row hx-ct-row--head">
                  {group.headers.map((header) => (
                    <div role="columnheader" key={header.id} className="hx-ct-cell" data-column={header.column.id}>
                      {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                    </div>
                  ))}
                </div>
              ))}
            </div>
            {list.status === 'loading' ? (
              <div role="rowgroup" className="hx-ct-body hx-ct-body--skeleton" data-slot="customer-table-skeleton">
                {Array.from({ length: SKELETON_ROWS }, (_, i) => (
                  <div role="row" key={i} className="hx-ct-row" aria-hidden="true">
                    {visibleColumns.map((column) => (
                      <div key={column.id} className="hx-ct-cell" data-column={column.id}>
                        {column.id === 'customer' ? (
                          <span className="hx-ct-customer">
                            <Skeleton width={32} height={32} radius="9999px" />
                            <Skeleton width={`${55 + ((i * 17) % 35)}%`} height={12} />
                          </span>
                        ) : column.id === 'actions' ? null : (
                          <Skeleton width={`${50 + ((i * 23) % 40)}%`} height={12} />
                        )}
                      </div>
                    ))}
                  </div>
                ))}
              </div>
            ) : (
              <CustomerTableBody
                rows={table.getRowModel().rows}
                list={list}
                t={t}
                scrollElement={gridElement}
                rowHeight={rowHeight}
                colCount={visibleColumns.length}
                columnsKey={gridTemplate}
                activeKey={activeKey}
                menuOpenKey={menuOpenKey}
                copiedKey={copiedKey}
                meta={meta}
                setActiveKey={setActive}
                setMenuOpenKey={setMenuOpenKey}
                focusRowRef={focusRowRef}
                onActivate={openCustomer}
                hasLinks={getCustomerHref !== undefined}
                initialScrollOffset={initialScrollOffset}
                onScrollOffsetChange={onScrollOffsetChange}
              />
            )}
          </div>
        )}
        <p id={hintId} className="hx-sr-only">
          {t('table.keyboardHint')}
        </p>
        <div role="status" aria-live="polite" aria-atomic="true" className="hx-sr-only" data-slot="customer-table-live">
          {announcement}
        </div>
      </ThemeScope>
    </div>
  )
})
