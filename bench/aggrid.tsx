/** Bench page: AG Grid Community's infinite row model (contenders/aggrid.tsx) with the harness. */
import { createRoot } from 'react-dom/client'
import { AgGridTable } from './contenders/aggrid'
import { installBench } from './harness'
import { adapter, debounceMs, GRID_HEIGHT, lastCustomerId, PAGE_SIZE, ROW_HEIGHT } from './shared'

// Rows with data: their row-id comes from getRowId ("type:id"); the blank rows of blocks still
// loading have none of that form (and no .ag-row-loading class in AG Grid 36). The rows and the
// header live in one scrolling element, .ag-grid-viewport (role="grid").
const ROW = '.ag-grid-viewport .ag-row[row-id*=":"]'
const root = document.getElementById('root') as HTMLElement
installBench(
  {
    rows: () => Array.from(document.querySelectorAll<HTMLElement>(ROW)),
    // AG Grid's own 0-based row index (aria-rowindex is this + 2: one header row)
    rowIndex: (row) => Number(row.getAttribute('row-index')),
    scroller: () => document.querySelector<HTMLElement>('.ag-grid-viewport'),
    searchBox: () => document.querySelector<HTMLInputElement>('input[type="search"]'),
    isStale: () => document.querySelector('[data-slot="aggrid-frame"]')?.hasAttribute('data-stale') ?? true,
  },
  root,
  lastCustomerId,
)
performance.mark('mount')
createRoot(root).render(
  <AgGridTable adapter={adapter} pageSize={PAGE_SIZE} debounceMs={debounceMs} height={GRID_HEIGHT + ROW_HEIGHT} rowHeight={ROW_HEIGHT} />,
)
