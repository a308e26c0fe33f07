import {
  forwardRef,
  useId,
  useImperativeHandle,
  useMemo,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type ReactNode,
} from 'react'
import { useTable, type ColumnVisibilityState } from '@tanstack/react-table'
import { usePaymentsContext } from '../../data/payments-context'
import { tableMessages } from '../../lib/messages/table'
import { cn } from '../../lib/cn'
import { AsyncFrame } from '../../ui/async-frame'
import { CustomerTableBody, fetchingPage } from './customer-table-body'
import {
  COLUMN_TRACKS,
  customerTableColumns,
  customerTableFeatures,
  rowKey,
  type CustomerTableColumnId,
} from './customer-table-columns'
import { useCustomerTablePart } from './customer-table-context'
import { CustomerTableEmptyState, CustomerTableSkeletonRows } from './customer-table-states'

export interface CustomerTableGridProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Columns to hide. Narrow containers also hide ID and created on their own. */
  hiddenColumns?: readonly CustomerTableColumnId[]
  /** Row height in px (fixed, for fast virtualization). @default 52 */
  rowHeight?: number
  /** Scroll offset to start at (restoring a position). @default 0 */
  initialScrollOffset?: number
  /** Called (throttled to animation frames by the browser's scroll events) with the scroll offset. */
  onScrollOffsetChange?: (offset: number) => void
  /** Accessible name of the grid. @default 'Customers' */
  'aria-label'?: string
}

/**
 * The customers grid: the header row, the virtualized rows and the footer (Loading more / Load
 * more / End of list / a failed page with Retry), and in its place the loading skeleton, the error
 * with Retry and the empty state, each replaceable through the root's `slots`. Keyboard:
 * Up/Down/Home/End/PageUp/PageDown move between rows, Enter opens, Shift+F10 or the menu key opens
 * the row menu. Other props go to the `role="grid"` element; `ref` points to it (`null` while an
 * error or empty state shows in its place).
 *
 * @selector [data-slot="customer-table-grid"][aria-busy] — the grid
 * @selector [data-slot="customer-table-header"] [data-slot="customer-table-skeleton"] [data-slot="customer-table-body"][data-stale]
 * @selector [data-slot="customer-table-row"][data-type][data-active][data-lite] (`data-lite`: light cells while scrolling fast)
 * @selector [data-slot="customer-table-footer"] [data-slot="customer-table-loading-more"] [data-slot="customer-table-load-more"] [data-slot="customer-table-end"]
 * @selector [data-slot="customer-table-page-error"][data-failed-page="next" | "earlier" | "refresh"] — a page failed while rows show
 * @selector [data-slot="customer-table-retry"][data-pending] — its Retry, pending while retrying
 * @example
 * <CustomerTableRoot>
 *   <CustomerTableSearch />
 *   <CustomerTableGrid hiddenColumns={['createdAt']} aria-label="Team customers" />
 * </CustomerTableRoot>
 */
export const CustomerTableGrid = forwardRef<HTMLDivElement, CustomerTableGridProps>(function CustomerTableGrid(
  {
    hiddenColumns,
    rowHeight = 52,
    initialScrollOffset,
    onScrollOffsetChange,
    'aria-label': ariaLabel,
    className,
    style,
    ...props
  },
  forwardedRef,
) {
  const { table: state, meta, slots, autoHiddenColumns } = useCustomerTablePart('CustomerTableGrid')
  const { t } = usePaymentsContext('CustomerTableGrid', tableMessages)
  const { list } = state
  // State, not a ref: the body's virtualizer must re-run once the grid (its scroll element) mounts.
  const [gridElement, setGridElement] = useState<HTMLDivElement | null>(null)
  useImperativeHandle(forwardedRef, () => gridElement as HTMLDivElement, [gridElement])

  const columnVisibility = useMemo<ColumnVisibilityState>(() => {
    const visibility: ColumnVisibilityState = {}
    for (const id of [...(hiddenColumns ?? []), ...autoHiddenColumns]) visibility[id] = false
    if (state.types.length === 1) visibility.type = false
    return visibility
  }, [hiddenColumns, autoHiddenColumns, state.types.length])

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
  const busy = list.status === 'loading' || list.isPlaceholder || fetchingPage(list) !== null

  // The same element in every state it shows in, so the skeleton turns into rows in place.
  const grid = (body: ReactNode) => (
    <div
      ref={setGridElement}
      role="grid"
      aria-label={ariaLabel ?? t('table.label')}
      aria-rowcount={rowCount}
      aria-colcount={visibleColumns.length}
      aria-busy={busy}
      aria-describedby={hintId}
      data-slot="customer-table-grid"
      {...props}
      className={cn('hx-ct-grid', className)}
      style={{ ...style, '--hx-ct-columns': gridTemplate, '--hx-ct-row-height': `${rowHeight}px` } as CSSProperties}
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
      {body}
    </div>
  )

  return (
    <>
      <AsyncFrame
        status={list.status}
        error={list.error}
        retry={list.retry}
        isRetrying={list.fetching === 'retry'}
        errorTitle={t('state.error.title')}
        errorClassName="hx-ct-state"
        loading={list.status === 'loading' ? grid(<CustomerTableSkeletonRows columns={visibleColumns} />) : null}
        empty={list.status === 'empty' ? <CustomerTableEmptyState state={state} /> : null}
        slots={slots}
      >
        {() =>
          grid(
            <CustomerTableBody
              table={table}
              scrollElement={gridElement}
              rowHeight={rowHeight}
              columnsKey={gridTemplate}
              initialScrollOffset={initialScrollOffset}
              onScrollOffsetChange={onScrollOffsetChange}
            />,
          )
        }
      </AsyncFrame>
      <p id={hintId} className="hx-sr-only">
        {t('table.keyboardHint')}
      </p>
    </>
  )
})
