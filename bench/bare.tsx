/** Bench page: the bare TanStack Table + Virtual table (contenders/bare.tsx) with the harness. */
import { createRoot } from 'react-dom/client'
import { BareTable } from './contenders/bare'
import { installBench } from './harness'
import { adapter, debounceMs, GRID_HEIGHT, lastCustomerId, PAGE_SIZE, ROW_HEIGHT } from './shared'

const ROW = '[role="grid"] [role="rowgroup"] > [role="row"]'
const root = document.getElementById('root') as HTMLElement
installBench(
  {
    rows: () => Array.from(document.querySelectorAll<HTMLElement>(ROW)),
    rowIndex: (row) => Number(row.getAttribute('aria-rowindex')) - 2,
    scroller: () => document.querySelector<HTMLElement>('[role="grid"]'),
    searchBox: () => document.querySelector<HTMLInputElement>('input[type="search"]'),
    isStale: () => document.querySelector('[role="grid"]')?.hasAttribute('data-stale') ?? true,
  },
  root,
  lastCustomerId,
)
performance.mark('mount')
createRoot(root).render(
  <BareTable adapter={adapter} pageSize={PAGE_SIZE} debounceMs={debounceMs} height={GRID_HEIGHT + ROW_HEIGHT} rowHeight={ROW_HEIGHT} />,
)
