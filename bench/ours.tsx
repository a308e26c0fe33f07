/** Bench page: our CustomerTable (contenders/ours.tsx) with the harness. */
import { createRoot } from 'react-dom/client'
import { OursTable } from './contenders/ours'
import { installBench } from './harness'
import { adapter, debounceMs, GRID_HEIGHT, lastCustomerId, PAGE_SIZE, ROW_HEIGHT } from './shared'

const ROW = '[data-slot="customer-table-row"]'
const root = document.getElementById('root') as HTMLElement
installBench(
  {
    rows: () => Array.from(document.querySelectorAll<HTMLElement>(ROW)),
    // aria-rowindex counts the header row as 1
    rowIndex: (row) => Number(row.getAttribute('aria-rowindex')) - 2,
    scroller: () => document.querySelector<HTMLElement>('[role="grid"]'),
    searchBox: () => document.querySelector<HTMLInputElement>('input[type="search"]'),
    isStale: () => document.querySelector('[data-slot="customer-table-body"]')?.hasAttribute('data-stale') ?? true,
  },
  root,
  lastCustomerId,
)
performance.mark('mount')
createRoot(root).render(
  <OursTable adapter={adapter} pageSize={PAGE_SIZE} debounceMs={debounceMs} height={GRID_HEIGHT + ROW_HEIGHT} rowHeight={ROW_HEIGHT} />,
)
