/**
 * Contender 2: AG Grid Community with its infinite row model, set up fairly: blocks of
 * `pageSize` rows, one datasource request at a time, the search sent to the adapter (a new query
 * replaces the datasource, which aborts its request in flight), fixed row height, the same four
 * columns with a React cell renderer for the customer. Only the modules it needs are registered
 * (no validation module: AG Grid recommends it for development only).
 *
 * The adapter lists customers by cursor, not by offset: the datasource remembers the cursor at
 * each block start it has seen and walks forward from the nearest one when asked for a block it
 * has no cursor for (after a cache purge); the row count stays open (`lastRow` -1) until the
 * adapter's last page, as the infinite row model expects of a server without offsets.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react'
import {
  InfiniteRowModelModule,
  type ColDef,
  type GetRowIdParams,
  type IDatasource,
  type IGetRowsParams,
  type Module,
  type ValueFormatterParams,
} from 'ag-grid-community'
import type { Customer, PaymentsAdapter } from '@hexclave/payments-ui'
import type { ContenderProps } from './types'

const MODULES: Module[] = [InfiniteRowModelModule]

function CustomerCell({ data }: CustomCellRendererProps<Customer>) {
  if (!data) return null
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', minWidth: 0, lineHeight: 1.3 }}>
      {data.avatarUrl ? (
        <img src={data.avatarUrl} alt="" width={32} height={32} style={{ borderRadius: '50%', flex: 'none' }} />
      ) : (
        <span style={{ width: 32, height: 32, borderRadius: '50%', background: '#e4e4e7', flex: 'none' }} />
      )}
      <div style={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{data.displayName ?? data.id}</span>
        {data.email ? <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 12, color: '#71717a' }}>{data.email}</span> : null}
      </div>
    </div>
  )
}

let dateFormat: Intl.DateTimeFormat | undefined
const formatDate = ({ value }: ValueFormatterParams<Customer, string | null | undefined>) =>
  value ? (dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })).format(new Date(value)) : '—'

const COLUMNS: ColDef<Customer>[] = [
  { colId: 'customer', headerName: 'Customer', cellRenderer: CustomerCell, flex: 2.2, minWidth: 192 },
  { field: 'type', headerName: 'Type', width: 104 },
  { field: 'id', headerName: 'ID', flex: 1.5, minWidth: 144 },
  { field: 'createdAt', headerName: 'Created', width: 128, valueFormatter: formatDate },
]
const DEFAULT_COL_DEF: ColDef<Customer> = { sortable: false, resizable: false, suppressMovable: true }
const getRowId = ({ data }: GetRowIdParams<Customer>) => `${data.type}:${data.id}`

/** A datasource for one query over the cursor-paged adapter. */
function createDatasource(adapter: PaymentsAdapter, query: string, onLoaded: () => void): IDatasource {
  const controller = new AbortController()
  /** Cursor at each block start seen so far (null: the first page). */
  const cursors = new Map<number, string | null>([[0, null]])
  /** Rows in the list, once the adapter's last page was seen. */
  let rowCount: number | null = null
  const list = (cursor: string | null, limit: number) =>
    adapter.listCustomers({ type: 'all', search: query || undefined, cursor, limit, signal: controller.signal })
  return {
    async getRows({ startRow, endRow, successCallback, failCallback }: IGetRowsParams<Customer>) {
      try {
        let at = 0
        for (const start of cursors.keys()) if (start <= startRow && start > at) at = start
        let cursor = cursors.get(at) ?? null
        // Blocks come in order while scrolling; only after a cache purge is there no cursor for
        // a block: walk forward from the nearest one.
        while (at < startRow && rowCount === null) {
          const skipped = await list(cursor, Math.min(endRow - startRow, startRow - at))
          at += skipped.items.length
          if (skipped.nextCursor === null) rowCount = at
          else cursors.set(at, (cursor = skipped.nextCursor))
        }
        const page = rowCount !== null && startRow >= rowCount ? { items: [], nextCursor: null } : await list(cursor, endRow - startRow)
        const end = startRow + page.items.length
        if (page.nextCursor === null) rowCount ??= end
        else cursors.set(end, page.nextCursor)
        if (controller.signal.aborted) throw controller.signal.reason
        successCallback(page.items, rowCount ?? -1)
        onLoaded()
      } catch (error) {
        if (!controller.signal.aborted) console.error(error)
        // Always answer: the grid counts requests in flight (maxConcurrentDatasourceRequests) until
        // a callback runs, even for a datasource it has replaced.
        failCallback()
      }
    },
    destroy: () => controller.abort(),
  }
}

export function AgGridTable({ adapter, pageSize, debounceMs, height, rowHeight }: ContenderProps) {
  const [input, setInput] = useState('')
  const [query, setQuery] = useState('')
  // The datasource whose rows are shown: the rows are stale until the current one has answered.
  const [loaded, setLoaded] = useState<IDatasource | null>(null)

  const debounceTimer = useRef<number | undefined>(undefined)
  const onSearchChange = (value: string) => {
    setInput(value)
    window.clearTimeout(debounceTimer.current)
    if (debounceMs <= 0) setQuery(value)
    else debounceTimer.current = window.setTimeout(() => setQuery(value), debounceMs)
  }
  useEffect(() => () => window.clearTimeout(debounceTimer.current), [])

  const datasource = useMemo(() => {
    const created: IDatasource = createDatasource(adapter, query, () => setLoaded(created))
    return created
  }, [adapter, query])

  return (
    <div>
      <input
        type="search"
        aria-label="Search customers"
        placeholder="Search customers"
        value={input}
        onChange={(event) => onSearchChange(event.target.value)}
        style={{ marginBottom: 8, padding: '6px 8px', width: 280 }}
      />
      <div style={{ height }} data-stale={loaded !== datasource ? '' : undefined} data-slot="aggrid-frame">
        <AgGridReact<Customer>
          modules={MODULES}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={pageSize}
          maxConcurrentDatasourceRequests={1}
          rowHeight={rowHeight}
          headerHeight={rowHeight}
          columnDefs={COLUMNS}
          defaultColDef={DEFAULT_COL_DEF}
          getRowId={getRowId}
        />
      </div>
    </div>
  )
}
