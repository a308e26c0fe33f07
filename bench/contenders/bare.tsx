/**
 * Contender 3: a bare, hand-built paged table on TanStack Table v9 + TanStack Virtual, written the
 * way their docs suggest and fairly: pages of `pageSize`, one request at a time, a new query aborts
 * the request in flight (previous rows stay until its first page arrives), fixed row height,
 * `transform` positioning, `role="grid"` with `aria-rowindex` on every row. It keeps every loaded
 * row (no page window) and has no menus, focus handling, states or theming.
 */
import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react'
import { createColumnHelper, FlexRender, tableFeatures, useTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Customer } from '@hexclave/payments-ui'
import type { ContenderProps } from './types'

const features = tableFeatures({})
const helper = createColumnHelper<typeof features, Customer>()
let dateFormat: Intl.DateTimeFormat | undefined
const formatDate = (iso: string) => (dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })).format(new Date(iso))

const columns = helper.columns([
  helper.display({
    id: 'customer',
    cell: ({ row }) => {
      const c = row.original
      return (
        <div className="bare-customer">
          {c.avatarUrl ? <img className="bare-avatar" src={c.avatarUrl} alt="" width={32} height={32} /> : <span className="bare-avatar" />}
          <div className="bare-text">
            <span className="bare-name">{c.displayName ?? c.id}</span>
            {c.email ? <span className="bare-secondary">{c.email}</span> : null}
          </div>
        </div>
      )
    },
  }),
  helper.accessor('type', { cell: (ctx) => <span className="bare-badge">{ctx.getValue()}</span> }),
  helper.accessor('id', { cell: (ctx) => <code className="bare-id">{ctx.getValue()}</code> }),
  helper.accessor((c) => c.createdAt ?? null, {
    id: 'createdAt',
    cell: (ctx) => {
      const iso = ctx.getValue()
      return iso ? formatDate(iso) : '—'
    },
  }),
])
const HEADERS = ['Customer', 'Type', 'ID', 'Created']
const getRowId = (c: Customer) => `${c.type}:${c.id}`

const CSS = `
.bare-grid { overflow: auto; position: relative; border: 1px solid #e4e4e7; border-radius: 8px; font: 14px system-ui, sans-serif; contain: strict; }
.bare-row { display: grid; grid-template-columns: minmax(12rem, 2.2fr) 6.5rem minmax(9rem, 1.5fr) 8rem; align-items: center; box-sizing: border-box; border-bottom: 1px solid #f4f4f5; }
.bare-row > div { padding: 0 12px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.bare-head { position: sticky; top: 0; z-index: 1; background: #fafafa; font-weight: 600; }
.bare-body-row { position: absolute; top: 0; left: 0; width: 100%; }
.bare-customer { display: flex; gap: 8px; align-items: center; min-width: 0; }
.bare-avatar { width: 32px; height: 32px; border-radius: 50%; background: #e4e4e7; flex: none; }
.bare-text { display: flex; flex-direction: column; min-width: 0; }
.bare-name, .bare-secondary { overflow: hidden; text-overflow: ellipsis; }
.bare-secondary { color: #71717a; font-size: 12px; }
.bare-badge { border-radius: 9999px; background: #f4f4f5; padding: 2px 8px; font-size: 12px; }
.bare-id { font-size: 12px; overflow: hidden; text-overflow: ellipsis; }
`

interface ListState {
  query: string
  rows: Customer[]
  cursor: string | null
  done: boolean
}

export function BareTable({ adapter, pageSize, debounceMs, height, rowHeight }: ContenderProps) {
  const [input, setInput] = useState('')
  const [query, setQuery] = useState('')
  const [list, setList] = useState<ListState>({ query: '', rows: [], cursor: null, done: false })
  const inFlight = useRef<AbortController | null>(null)

  const debounceTimer = useRef<number | undefined>(undefined)
  const onSearchChange = (value: string) => {
    setInput(value)
    window.clearTimeout(debounceTimer.current)
    if (debounceMs <= 0) setQuery(value)
    else debounceTimer.current = window.setTimeout(() => setQuery(value), debounceMs)
  }
  useEffect(() => () => window.clearTimeout(debounceTimer.current), [])

  // One request at a time; a first page (new query) aborts whatever is in flight.
  const load = useCallback(
    (q: string, cursor: string | null) => {
      inFlight.current?.abort()
      const controller = new AbortController()
      inFlight.current = controller
      adapter.listCustomers({ type: 'all', search: q || undefined, cursor, limit: pageSize, signal: controller.signal }).then(
        (page) => {
          if (controller.signal.aborted) return
          inFlight.current = null
          setList((prev) => ({
            query: q,
            rows: cursor === null ? page.items : prev.rows.concat(page.items),
            cursor: page.nextCursor,
            done: page.nextCursor === null,
          }))
        },
        (error: unknown) => {
          if (controller.signal.aborted) return
          inFlight.current = null
          console.error(error)
        },
      )
    },
    [adapter, pageSize],
  )
  useEffect(() => load(query, null), [query, load])
  useEffect(() => () => inFlight.current?.abort(), [])

  const table = useTable({ features, columns, data: list.rows, getRowId })
  const rows = table.getRowModel().rows
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? -1

  // The next page when the viewport is within 20 rows of the end of what is loaded.
  useEffect(() => {
    const stale = list.query !== query
    if (!stale && !list.done && inFlight.current === null && lastIndex >= rows.length - 20) load(list.query, list.cursor)
  }, [lastIndex, rows.length, list, query, load])

  const stale = list.query !== query
  return (
    <div className="bare-table">
      <style>{CSS}</style>
      <input
        type="search"
        aria-label="Search customers"
        placeholder="Search customers"
        value={input}
        onChange={(event) => onSearchChange(event.target.value)}
        style={{ marginBottom: 8, padding: '6px 8px', width: 280 }}
      />
      <div
        ref={scrollRef}
        role="grid"
        aria-label="Customers"
        aria-rowcount={list.done ? rows.length + 1 : -1}
        aria-busy={stale || inFlight.current !== null}
        data-stale={stale ? '' : undefined}
        className="bare-grid"
        style={{ height }}
      >
        <div role="row" aria-rowindex={1} className="bare-row bare-head" style={{ height: rowHeight }}>
          {HEADERS.map((h) => (
            <div role="columnheader" key={h}>
              {h}
            </div>
          ))}
        </div>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index]
            if (!row) return null
            const style: CSSProperties = { height: rowHeight, transform: `translateY(${item.start}px)` }
            return (
              <div role="row" aria-rowindex={item.index + 2} key={row.id} className="bare-row bare-body-row" style={style}>
                {row.getAllCells().map((cell) => (
                  <div role="gridcell" key={cell.id}>
                    <FlexRender cell={cell} />
                  </div>
                ))}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
