/**
 * The measuring helpers every bench page installs on `window.__bench`, driven by bench/run.mjs.
 * A contender only says how to find its parts (a {@link Probe}); the measurements are the same.
 *
 * "Painted" everywhere means: the DOM change was seen (MutationObserver), then the next
 * animation frame ran and a message posted from it arrived, i.e. the frame holding the change
 * has been produced.
 */

/** How the harness finds a contender's parts. */
export interface Probe {
  /** The rendered rows that show a customer (not headers, footers or loading placeholders). */
  rows(): HTMLElement[]
  /** A row's position in the whole list (0 = first customer). */
  rowIndex(row: HTMLElement): number
  /** The element that scrolls the rows vertically. */
  scroller(): HTMLElement | null
  searchBox(): HTMLInputElement | null
  /** The rows shown belong to an older query (kept while the new one loads). */
  isStale(): boolean
}

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
function waitFor(
  root: Node,
  test: () => boolean,
  describe: () => string = () => '',
  timeoutMs = 20_000,
): Promise<{ seenAt: number; paintedAt: number }> {
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
      if (!done) reject(new Error(`waitFor timed out after ${timeoutMs} ms; ${describe()}`))
    }, timeoutMs)
    finish()
  })
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))

/** Median rAF interval over `frames` idle frames (the display's vsync: ~16.7 ms). */
async function idleInterval(frames = 30): Promise<number> {
  const deltas: number[] = []
  let last = await nextFrame()
  for (let i = 0; i < frames; i++) {
    const ts = await nextFrame()
    deltas.push(ts - last)
    last = ts
  }
  return deltas.sort((a, b) => a - b)[deltas.length >> 1] ?? 0
}

/**
 * Installs `window.__bench`. Call before the contender renders (after `performance.mark('mount')`
 * or right before it), so the very first row is seen.
 */
export function installBench(probe: Probe, root: HTMLElement, lastCustomerId: string) {
  const required = <T,>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`no ${what}`)
    return value
  }
  const scroller = () => required(probe.scroller(), 'scroller')
  const searchBox = () => required(probe.searchBox(), 'search box')
  const maxRowIndex = () => probe.rows().reduce((max, row) => Math.max(max, probe.rowIndex(row)), -1)

  const firstRowsInDom = waitFor(root, () => probe.rows().length > 0)
  // bench/profile-first-rows.mjs --latency: the profile the adapter's first answer started ends here.
  if (new URLSearchParams(location.search).has('profile-page')) void firstRowsInDom.then(() => console.profileEnd('page'))
  const firstRows = firstRowsInDom.then(({ seenAt, paintedAt }) => {
    const mount = performance.getEntriesByName('mount')[0]?.startTime ?? 0
    return { inDomMs: seenAt - mount, paintedMs: paintedAt - mount, rows: probe.rows().length }
  })

  /** What the page shows, for a timeout's message. */
  const state = () => {
    const rows = probe.rows()
    const first = rows[0]
    return `search box "${probe.searchBox()?.value}", stale ${probe.isStale()}, ${rows.length} rows, first row #${first ? probe.rowIndex(first) : '-'}: ${(first?.textContent ?? '').slice(0, 60)}`
  }

  let lastKeyAt = 0
  document.addEventListener('keydown', (event) => (lastKeyAt = event.timeStamp), true)
  let pendingSearch: Promise<{ seenAt: number; paintedAt: number }> | null = null

  const bench = {
    firstRows,
    /** Arms the watcher for results of `query`; call before typing it. */
    armSearch(query: string) {
      const needle = query.toLowerCase()
      pendingSearch = waitFor(root, () => {
        if (searchBox().value !== query || probe.isStale()) return false
        const list = probe.rows()
        return list.length > 0 && list.every((row) => (row.textContent ?? '').toLowerCase().includes(needle))
      }, state)
    },
    /** Time from the last keydown to the painted results of the armed search. */
    async searchResult() {
      if (!pendingSearch) throw new Error('armSearch first')
      const { seenAt, paintedAt } = await pendingSearch
      pendingSearch = null
      return { inDomMs: seenAt - lastKeyAt, paintedMs: paintedAt - lastKeyAt, rows: probe.rows().length }
    },
    /** Arms the watcher for the unfiltered list (its first customer shown again). */
    armCleared() {
      pendingSearch = waitFor(root, () => {
        if (searchBox().value !== '' || probe.isStale()) return false
        return probe.rows().some((row) => probe.rowIndex(row) === 0)
      }, state)
    },
    /**
     * From the top, moves the rows down one viewport per animation frame until the row at list
     * index `targetIndex` is rendered (or `maxFrames` / `maxMs` have passed), recording rAF deltas.
     */
    async scroll(targetIndex: number, maxFrames: number, maxMs: number) {
      const el = scroller()
      el.scrollTop = 0
      const idleIntervalMs = await idleInterval()
      const deltas: number[] = []
      let stalledFrames = 0
      let frames = 0
      const first = await nextFrame()
      let last = first
      for (;;) {
        const reachedIndex = maxRowIndex()
        if (reachedIndex >= targetIndex || frames > maxFrames || last - first > maxMs) {
          return { deltas, totalMs: last - first, stalledFrames, reachedIndex, reached: reachedIndex >= targetIndex, idleIntervalMs }
        }
        const before = el.scrollTop
        el.scrollTop = before + el.clientHeight
        if (el.scrollTop === before) stalledFrames++ // at the bottom of the loaded rows, waiting for a page
        const ts = await nextFrame()
        deltas.push(ts - last)
        last = ts
        frames++
      }
    },
    /**
     * Scrolls to the bottom every frame until the last customer's row (list index `n - 1`, showing
     * its id) is rendered inside the viewport, or `maxMs` passed.
     */
    async reachEnd(n: number, maxMs: number) {
      const el = scroller()
      const started = performance.now()
      let frames = 0
      for (;;) {
        const rows = probe.rows()
        const lastRow = rows.find((row) => probe.rowIndex(row) === n - 1)
        if (lastRow) {
          const box = lastRow.getBoundingClientRect()
          const view = el.getBoundingClientRect()
          const visible = box.bottom > view.top && box.top < view.bottom
          if (visible && (lastRow.textContent ?? '').includes(lastCustomerId)) {
            return { reached: true, reachedIndex: n - 1, ms: performance.now() - started, frames }
          }
        }
        if (performance.now() - started > maxMs) {
          return { reached: false, reachedIndex: maxRowIndex(), ms: performance.now() - started, frames }
        }
        el.scrollTop = el.scrollHeight
        await nextFrame()
        frames++
      }
    },
    /**
     * Issue 14: clicks our toolbar's "Export CSV" and waits until the file is made (every row of
     * the list, page by page), recording the main thread's long tasks (over 50 ms) meanwhile. The
     * download itself is skipped (the link is not followed); the file's size is kept.
     */
    async exportCsv(maxMs: number) {
      const trigger = required(root.querySelector<HTMLButtonElement>('[data-slot="csv-export-trigger"]'), 'Export CSV button')
      const longTasks: number[] = []
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration)
      })
      observer.observe({ type: 'longtask' })
      let fileBytes = 0
      const createObjectURL = URL.createObjectURL.bind(URL)
      URL.createObjectURL = (object: Blob | MediaSource) => {
        // The file is the last object URL made (the file's worker has one before it); not
        // `instanceof Blob`, as bench/trace-export.mjs replaces `window.Blob` to time each one.
        if ('size' in object) fileBytes = object.size
        return createObjectURL(object)
      }
      HTMLAnchorElement.prototype.click = () => {}
      // A pointer reaches the button before it clicks: that starts loading the export's code
      // (prefetch on hover). The long tasks of loading it are counted apart from the export's.
      trigger.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))
      const chunkLoaded = () => performance.getEntriesByType('resource').some((entry) => /lazy-parts/.test(entry.name))
      for (let frame = 0; frame < 600 && !chunkLoaded(); frame++) await nextFrame()
      for (let frame = 0; frame < 3; frame++) await nextFrame()
      const loadingLongTasks = longTasks.splice(0)
      const started = performance.now()
      performance.mark('export')
      trigger.click()
      const done = () => root.querySelector('[data-slot="csv-export-done"]') !== null
      const failed = () => root.querySelector('[data-slot="csv-export-error"]')?.textContent ?? ''
      await waitFor(root, () => done() || failed() !== '', () => `export: ${root.querySelector('[data-slot="csv-export"]')?.textContent ?? 'no control'}`, maxMs)
      const ms = performance.now() - started
      observer.disconnect()
      const rows = Number((root.querySelector('[data-slot="csv-export-done"]')?.textContent ?? '').replace(/\D/g, '')) || 0
      return { ok: done(), error: failed(), ms, rows, fileBytes, longTasks, loadingLongTasks }
    },
    rowCount: () => probe.rows().length,
    maxRowIndex,
  }
  window.__bench = bench
  return bench
}

declare global {
  interface Window {
    __bench: ReturnType<typeof installBench>
  }
}
