import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import { FlexRender, type Row, type Table } from '@tanstack/react-table'
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import type { Customer } from '../../adapter/types'
import type { CustomerListState } from '../../data/use-customer-list'
import type { MessageKey } from '../../lib/messages'
import { errorMessage } from '../../lib/messages'
import { Button } from '../../ui/button'
import { Spinner } from '../../ui/spinner'
import { renderLiteCell, type CustomerTableMeta, type customerTableFeatures } from './customer-table-columns'
import { useCustomerTablePart } from './customer-table-context'
import { gridObservers } from './virtual-observers'

type CustomerRow = Row<typeof customerTableFeatures, Customer>

/** What the grid hands its body; the rest (list, active row, menu, meta) comes from the root. */
interface CustomerTableBodyProps {
  /** The grid's TanStack table: its rows and visible columns. */
  table: Table<typeof customerTableFeatures, Customer>
  scrollElement: HTMLDivElement | null
  rowHeight: number
  /** Changes when the visible columns change, so memoized rows re-render. */
  columnsKey: string
  initialScrollOffset?: number
  onScrollOffsetChange?: (offset: number) => void
}

/** Which page a fetch (or its retry) loads: the footer and "Loading earlier" show it either way. */
export function fetchingPage(list: CustomerListState): 'next' | 'previous' | null {
  if (list.fetching === 'next' || list.fetching === 'previous') return list.fetching
  if (list.fetching !== 'retry') return null
  if (list.pageError?.page === 'next') return 'next'
  return list.pageError?.page === 'earlier' ? 'previous' : null
}

/** What the footer says failed: only a failed next page is "could not load more". */
const FAILED_PAGE_MESSAGE: Record<NonNullable<CustomerListState['pageError']>['page'], MessageKey> = {
  next: 'table.loadMoreFailed',
  earlier: 'table.loadEarlierFailed',
  refresh: 'table.refreshFailed',
}

/**
 * Row positions are counted from a base that moves in steps of this many rows: dropping a page at
 * the top then shifts nothing (the dropped rows become empty space), and the scroll position only
 * jumps when the base moves. 10,000 rows × 52 px stays far below Chromium's ~33.5M px cap.
 */
const REBASE_ROWS = 10_000

/** Fetch the next page when the viewport is this many rows from the end. */
const PREFETCH_ROWS = 20
const INTERACTIVE = 'a, button, input, select, textarea, [role="menuitem"], [data-row-ignore]'

interface CustomerRowViewProps {
  row: CustomerRow
  start: number
  ariaRowIndex: number
  active: boolean
  tabbable: boolean
  menuOpen: boolean
  /** The row's id was just copied (shows a check). */
  copied: boolean
  columnsKey: string
  index: number
  handlers: RowHandlers
  /** Render light cells (fast scrolling). */
  lite: boolean
  /** Read when rendering; not compared (rows re-render through the flags above). */
  meta: CustomerTableMeta
}

interface RowHandlers {
  onClick: (event: MouseEvent<HTMLDivElement>) => void
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void
  onFocus: (event: FocusEvent<HTMLDivElement>) => void
}

/** Rows re-render only when their customer, position or state changes, not when TanStack rebuilds Row objects for a new page. */
function sameRow(a: CustomerRowViewProps, b: CustomerRowViewProps): boolean {
  return (
    a.row.original === b.row.original &&
    a.start === b.start &&
    a.ariaRowIndex === b.ariaRowIndex &&
    a.active === b.active &&
    a.tabbable === b.tabbable &&
    a.menuOpen === b.menuOpen &&
    a.copied === b.copied &&
    a.columnsKey === b.columnsKey &&
    a.index === b.index &&
    a.handlers === b.handlers &&
    a.lite === b.lite
  )
}

/** One row: positioned with `transform`. */
const CustomerRowView = memo(function CustomerRowView({
  row,
  start,
  ariaRowIndex,
  active,
  tabbable,
  menuOpen,
  index,
  handlers,
  lite,
  meta,
}: CustomerRowViewProps) {
  return (
    <div
      role="row"
      aria-rowindex={ariaRowIndex}
      tabIndex={tabbable ? 0 : -1}
      data-slot="customer-table-row"
      data-key={row.id}
      data-index={index}
      data-type={row.original.type}
      data-active={active ? '' : undefined}
      aria-controls={menuOpen ? meta.menuId : undefined}
      data-lite={lite ? '' : undefined}
      className="hx-ct-row hx-ct-row--body"
      style={{ transform: `translateY(${start}px)` }}
      onClick={handlers.onClick}
      onKeyDown={handlers.onKeyDown}
      onFocus={handlers.onFocus}
    >
      {row.getVisibleCells().map((cell) => (
        <div role="gridcell" key={cell.id} className="hx-ct-cell" data-column={cell.column.id}>
          {lite ? renderLiteCell(cell.column.id, row.original, meta) : <FlexRender cell={cell} />}
        </div>
      ))}
    </div>
  )
}, sameRow)


/**
 * The virtualized rows of `CustomerTable`, the loading-more / load-more / end-of-list footer,
 * keyboard navigation and the scroll bookkeeping of the bounded page window.
 */
export function CustomerTableBody({
  table,
  scrollElement,
  rowHeight,
  columnsKey,
  initialScrollOffset,
  onScrollOffsetChange,
}: CustomerTableBodyProps) {
  const { table: state, meta, setActiveKey, focusRowRef, height } = useCustomerTablePart('CustomerTableGrid')
  const { list } = state
  const { t, activeKey, menuOpenKey, copiedKey, setMenuOpenKey } = meta
  const onActivate = meta.onLinkActivate
  const hasLinks = meta.getCustomerHref !== undefined
  const rows = table.getRowModel().rows
  const colCount = table.getVisibleLeafColumns().length
  const loadingPage = fetchingPage(list)
  const bodyRef = useRef<HTMLDivElement>(null)
  const keyToIndex = useMemo(() => new Map(rows.map((row, i) => [row.id, i])), [rows])
  const activeIndex = activeKey === null ? -1 : (keyToIndex.get(activeKey) ?? -1)
  // Virtual index = lead + index in `rows`; the first `lead` virtual rows were dropped from memory.
  const base = Math.floor(list.firstRowIndex / REBASE_ROWS) * REBASE_ROWS
  const lead = list.firstRowIndex - base
  const layout = useRef({ lead, active: activeIndex })
  useLayoutEffect(() => {
    layout.current = { lead, active: activeIndex }
  }, [lead, activeIndex])

  // Render no dropped rows, and keep the focused row mounted even when it scrolls out of view,
  // so focus is never lost.
  const rangeExtractor = useCallback((range: Range) => {
    const { lead: first, active } = layout.current
    const indexes = defaultRangeExtractor(range).filter((i) => i >= first)
    const activeVirtual = active >= 0 ? first + active : -1
    if (activeVirtual >= 0 && activeVirtual < range.count && !indexes.includes(activeVirtual)) {
      indexes.push(activeVirtual)
      indexes.sort((a, b) => a - b)
    }
    return indexes
  }, [])

  const onChangeRef = useRef(onScrollOffsetChange)
  useEffect(() => {
    onChangeRef.current = onScrollOffsetChange
  })

  // Stable between renders: TanStack Virtual rebuilds every measurement when `getItemKey` changes,
  // so an inline function would redo that work on every render (each scroll frame, each focus or
  // menu change). It changes only with the rows.
  const getItemKey = useCallback(
    (index: number) => (index < lead ? `dropped:${index}` : (rows[index - lead]?.id ?? index)),
    [rows, lead],
  )
  // Start from the grid's size, so the body's first render holds the rows in view. From 0×0 the
  // first render has none, then the virtualizer measures the grid after the commit and renders
  // again. The root's `height` in px is that size without asking the browser: a page that arrives
  // before the first paint (the skeleton never laid out) would otherwise lay out the page once for
  // this read, then again with the rows. The virtualizer measures the grid after the commit
  // anyway; only a host that sizes the grid itself gets a second render. A CSS height is measured.
  const [initialRect] = useState(() =>
    typeof height === 'number'
      ? { width: 0, height }
      : scrollElement
        ? { width: scrollElement.offsetWidth, height: scrollElement.offsetHeight }
        : undefined,
  )

  const [observers] = useState(() => gridObservers(initialRect, initialScrollOffset))
  const virtualizer = useVirtualizer({
    ...observers,
    count: lead + rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey,
    rangeExtractor,
    initialRect,
    initialOffset: initialScrollOffset,
    onChange: (instance) => onChangeRef.current?.(instance.scrollOffset ?? 0),
  })

  // A new row height: TanStack Virtual's measurements do not depend on `estimateSize`, so ask it to
  // estimate again (its documented `measure()`); not on mount, which would cost the first rows a render.
  const measuredRowHeight = useRef(rowHeight)
  useLayoutEffect(() => {
    if (measuredRowHeight.current === rowHeight) return
    measuredRowHeight.current = rowHeight
    virtualizer.measure()
  }, [rowHeight, virtualizer])

  // When the base moves, every position shifts by the same amount: move the scroll position with
  // it so the rows under the pointer stay put.
  const previousBase = useRef(base)
  useLayoutEffect(() => {
    const delta = previousBase.current - base
    previousBase.current = base
    if (delta !== 0 && scrollElement) scrollElement.scrollTop += delta * rowHeight
  }, [base, rowHeight, scrollElement])

  const scrolling = virtualizer.isScrolling
  const range = virtualizer.range
  // Positions in `rows` of the first and last rows in view.
  const endIndex = (range?.endIndex ?? -1) - lead
  const startIndex = Math.max(0, (range?.startIndex ?? 0) - lead)
  const { fetchNextPage, fetchPreviousPage, hasPreviousPage } = list
  const nextPageError = list.pageError?.error ?? null
  useEffect(() => {
    if (!nextPageError && endIndex >= rows.length - PREFETCH_ROWS) fetchNextPage()
  }, [endIndex, rows.length, fetchNextPage, nextPageError])
  // After a failure only Retry fetches again: loading on by itself would repeat a failing request
  // in a loop (each settled fetch changes `fetchPreviousPage`) and race the user's Retry.
  useEffect(() => {
    if (!nextPageError && hasPreviousPage && startIndex <= PREFETCH_ROWS / 2) fetchPreviousPage()
  }, [startIndex, hasPreviousPage, fetchPreviousPage, nextPageError])

  // Focus requests are carried out after the render that mounts the row.
  const pendingFocus = useRef<string | null>(null)
  const focusPending = useCallback(() => {
    const key = pendingFocus.current
    if (key === null) return
    const el = bodyRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)
    if (el) {
      el.focus({ preventScroll: true })
      pendingFocus.current = null
    }
  }, [])
  useLayoutEffect(focusPending)
  useEffect(() => {
    focusRowRef.current = (key: string) => {
      pendingFocus.current = key
      focusPending()
    }
  }, [focusRowRef, focusPending])

  const moveTo = (index: number) => {
    if (rows.length === 0) return
    const clamped = Math.max(0, Math.min(rows.length - 1, index))
    const row = rows[clamped]
    if (!row) return
    pendingFocus.current = row.id
    setActiveKey(row.id)
    virtualizer.scrollToIndex(lead + clamped, { align: 'auto' })
    focusPending()
  }

  const rowElement = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>('[data-slot="customer-table-row"]') : null

  const activate = (rowEl: HTMLElement) => {
    const row = rows[keyToIndex.get(rowEl.dataset.key ?? '') ?? -1]
    if (!row) return
    if (onActivate) onActivate(row.original)
    else if (hasLinks) rowEl.querySelector<HTMLAnchorElement>('a[href]')?.click()
  }

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const rowEl = rowElement(event.target)
    if (!rowEl || event.defaultPrevented) return
    const interactive = (event.target as Element).closest(INTERACTIVE)
    if (interactive && rowEl.contains(interactive)) return
    activate(rowEl)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const rowEl = rowElement(event.target)
    if (!rowEl || event.target !== rowEl) return
    const index = keyToIndex.get(rowEl.dataset.key ?? '') ?? 0
    const page = Math.max(1, Math.floor((scrollElement?.clientHeight ?? rowHeight * 10) / rowHeight) - 1)
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: index + page,
      PageUp: index - page,
    }
    const next = moves[event.key]
    if (next !== undefined && !event.altKey && !event.metaKey) {
      event.preventDefault()
      moveTo(next)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      activate(rowEl)
    } else if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
      event.preventDefault()
      setMenuOpenKey(rowEl.dataset.key ?? null)
    }
  }

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const rowEl = rowElement(event.target)
    if (rowEl?.dataset.key && rowEl.dataset.key !== activeKey) setActiveKey(rowEl.dataset.key)
  }

  // Stable handlers for the memoized rows, always calling the latest closures.
  const latest = useRef({ onClick, onKeyDown, onFocus })
  useLayoutEffect(() => {
    latest.current = { onClick, onKeyDown, onFocus }
  })
  const handlers = useMemo<RowHandlers>(
    () => ({
      onClick: (event) => latest.current.onClick(event),
      onKeyDown: (event) => latest.current.onKeyDown(event),
      onFocus: (event) => latest.current.onFocus(event),
    }),
    [],
  )

  const tabbableKey = activeIndex >= 0 ? activeKey : (rows[startIndex]?.id ?? rows[0]?.id ?? null)
  const knownCount = list.total && !list.total.approximate ? list.total.count : list.firstRowIndex + rows.length
  // Rows before the retained window still exist: keep the header row + their count in the index.
  const rowIndexBase = list.firstRowIndex + 2
  const footerRowIndex = list.total && !list.total.approximate ? list.total.count + 2 : rowIndexBase + rows.length

  return (
    <>
      {loadingPage === 'previous' ? (
        <div className="hx-ct-earlier" data-slot="customer-table-loading-earlier">
          <Spinner size="sm" decorative /> {t('table.loadingEarlier')}
        </div>
      ) : null}
      <div
        ref={bodyRef}
        role="rowgroup"
        className="hx-ct-body"
        data-slot="customer-table-body"
        data-stale={list.isPlaceholder ? '' : undefined}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const index = item.index - lead
          const row = rows[index]
          if (!row) return null
          return (
            <CustomerRowView
              key={row.id}
              row={row}
              index={index}
              start={item.start}
              ariaRowIndex={rowIndexBase + index}
              active={row.id === activeKey}
              tabbable={row.id === tabbableKey}
              menuOpen={row.id === menuOpenKey}
              copied={row.id === copiedKey}
              lite={scrolling && row.id !== activeKey && row.id !== menuOpenKey}
              meta={meta}
              columnsKey={columnsKey}
              handlers={handlers}
            />
          )
        })}
      </div>
      <div role="rowgroup" className="hx-ct-foot" data-slot="customer-table-footer">
        {/* The last row of the grid, after every customer: screen readers count it apart from them. */}
        <div role="row" aria-rowindex={footerRowIndex} className="hx-ct-row hx-ct-row--foot">
          <div role="gridcell" aria-colspan={colCount} className="hx-ct-foot__cell">
            {list.pageError ? (
              <span
                className="hx-ct-foot__error"
                role="alert"
                data-slot="customer-table-page-error"
                data-failed-page={list.pageError.page}
              >
                {t(FAILED_PAGE_MESSAGE[list.pageError.page])} {errorMessage(t, list.pageError.error)}
                <Button
                  size="sm"
                  variant="outline"
                  onClick={list.retry}
                  isPending={list.fetching === 'retry'}
                  data-slot="customer-table-retry"
                >
                  {t('state.retry')}
                </Button>
              </span>
            ) : loadingPage === 'next' ? (
              <span className="hx-ct-foot__loading" data-slot="customer-table-loading-more">
                <Spinner size="sm" decorative /> {t('table.loadingMore')}
              </span>
            ) : list.hasNextPage ? (
              <Button size="sm" variant="ghost" onClick={list.fetchNextPage} data-slot="customer-table-load-more">
                {t('table.loadMore')}
              </Button>
            ) : rows.length > 0 ? (
              <span className="hx-ct-foot__end" data-slot="customer-table-end">
                {t('table.endOfListCount', { count: knownCount })}
              </span>
            ) : null}
          </div>
        </div>
      </div>
    </>
  )
}
