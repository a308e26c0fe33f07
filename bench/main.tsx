/**
 * The bench page: one CustomerTable over the memory adapter, plus measuring helpers on
 * `window.__bench` that bench/run.mjs drives. Query params: `?n=<users>&debounce=<ms>`.
 *
 * "Painted" everywhere means: the DOM change was seen (MutationObserver), then the next
 * animation frame ran and a message posted from it arrived, i.e. the frame holding the change
 * has been produced.
 */
import { createRoot } from 'react-dom/client'
import { createMemoryAdapter } from '../src/adapters/memory'
import { CustomerTable } from '../src/components/customer-table/customer-table'
import { PaymentsProvider } from '../src/payments-provider'
import '../src/styles.css'

const ROW = '[data-slot="customer-table-row"]'
const BODY = '[data-slot="customer-table-body"]'

const params = new URLSearchParams(location.search)
const n = Number(params.get('n') ?? 10_000)
const debounce = Number(params.get('debounce') ?? 0)

/** Resolves with performance.now() once the frame after now has been produced. */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    })
  })
}

/**
 * Resolves once `test()` holds after a DOM change under `root` (checked at once too), with the
 * time the change was seen and the time it was painted.
 */
function waitFor(root: Node, test: () => boolean, timeoutMs = 20_000): Promise<{ seenAt: number; paintedAt: number }> {
  return new Promise((resolve, reject) => {
    let done = false
    const finish = () => {
      if (done || !test()) return
      done = true
      const seenAt = performance.now()
      observer.disconnect()
      clearTimeout(timer)
      void afterNextPaint().then((paintedAt) => resolve({ seenAt, paintedAt }))
    }
    const observer = new MutationObserver(finish)
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true })
    const timer = setTimeout(() => {
      observer.disconnect()
      if (!done) reject(new Error(`waitFor timed out after ${timeoutMs} ms`))
    }, timeoutMs)
    finish()
  })
}

const rows = () => Array.from(document.querySelectorAll<HTMLElement>(ROW))
const grid = () => {
  const el = document.querySelector<HTMLElement>('[role="grid"]')
  if (!el) throw new Error('no [role=grid]')
  return el
}
const searchBox = () => {
  const el = document.querySelector<HTMLInputElement>('input[type="search"]')
  if (!el) throw new Error('no search box')
  return el
}
const isStale = () => document.querySelector(BODY)?.hasAttribute('data-stale') ?? true
const maxRowIndex = () => rows().reduce((max, row) => Math.max(max, Number(row.getAttribute('aria-rowindex') ?? 0)), 0)

const container = document.getElementById('root') as HTMLElement

// Armed before render, so the very first row is seen.
const firstRows = waitFor(container, () => document.querySelector(ROW) !== null).then(({ seenAt, paintedAt }) => {
  const mount = performance.getEntriesByName('mount')[0]?.startTime ?? 0
  return { inDomMs: seenAt - mount, paintedMs: paintedAt - mount, rows: rows().length }
})

let lastKeyAt = 0
document.addEventListener('keydown', (event) => (lastKeyAt = event.timeStamp), true)

let pendingSearch: Promise<{ seenAt: number; paintedAt: number }> | null = null

const bench = {
  n,
  debounce,
  firstRows,
  /** Arms the watcher for results of `query`; call before typing it. */
  armSearch(query: string) {
    const needle = query.toLowerCase()
    pendingSearch = waitFor(container, () => {
      if (searchBox().value !== query || isStale()) return false
      const list = rows()
      return list.length > 0 && list.every((row) => (row.textContent ?? '').toLowerCase().includes(needle))
    })
  },
  /** Time from the last keydown to the painted results of the armed search. */
  async searchResult() {
    if (!pendingSearch) throw new Error('armSearch first')
    const { seenAt, paintedAt } = await pendingSearch
    pendingSearch = null
    return { inDomMs: seenAt - lastKeyAt, paintedMs: paintedAt - lastKeyAt, rows: rows().length }
  },
  /** Arms the watcher for the unfiltered list (first row is row 1 of the whole list again). */
  armCleared() {
    pendingSearch = waitFor(container, () => {
      const first = rows()[0]
      return searchBox().value === '' && !isStale() && first?.getAttribute('aria-rowindex') === '2'
    })
  },
  /**
   * From the top, moves the grid down one viewport per animation frame until a row with
   * aria-rowindex >= `targetRowIndex` is rendered (or `maxFrames` / `maxMs` have passed),
   * recording rAF deltas.
   */
  scroll(targetRowIndex: number, maxFrames: number, maxMs: number) {
    const el = grid()
    el.scrollTop = 0
    return new Promise<{
      deltas: number[]
      totalMs: number
      stalledFrames: number
      reachedRowIndex: number
      reached: boolean
      idleIntervalMs: number
    }>((resolve) => {
      const idle: number[] = []
      const deltas: number[] = []
      let stalledFrames = 0
      let first = 0
      let last = 0
      let frames = 0
      const step = (ts: number) => {
        if (frames === 0) first = ts
        else deltas.push(ts - last)
        last = ts
        frames++
        const reachedRowIndex = maxRowIndex()
        if (reachedRowIndex >= targetRowIndex || frames > maxFrames || ts - first > maxMs) {
          const idleIntervalMs = idle.sort((a, b) => a - b)[idle.length >> 1] ?? 0
          resolve({ deltas, totalMs: last - first, stalledFrames, reachedRowIndex, reached: reachedRowIndex >= targetRowIndex, idleIntervalMs })
          return
        }
        const before = el.scrollTop
        el.scrollTop = before + el.clientHeight
        if (el.scrollTop === before) stalledFrames++ // at the bottom of the loaded rows, waiting for a page
        requestAnimationFrame(step)
      }
      // First the idle frame interval (the display's vsync: ~16.7 ms), 30 frames at the top.
      let idleLast = 0
      const settle = (ts: number) => {
        if (idleLast) idle.push(ts - idleLast)
        idleLast = ts
        requestAnimationFrame(idle.length < 30 ? settle : step)
      }
      requestAnimationFrame(settle)
    })
  },
  rowCount: () => rows().length,
  maxRowIndex,
}

declare global {
  interface Window {
    __bench: typeof bench
  }
}
window.__bench = bench

const adapter = createMemoryAdapter({ users: n, teams: 0, customCustomers: 0 })
performance.mark('mount')
createRoot(container).render(
  <PaymentsProvider adapter={adapter}>
    <CustomerTable height={600} searchDebounceMs={debounce} showCounts={false} />
  </PaymentsProvider>,
)
