#!/usr/bin/env node
/**
 * A Chromium performance trace of one contender's mount → first rows painted, on the pages
 * `npm run bench` last built (bench/dist/pages), summarised: main-thread time by trace event
 * (script, style, layout, paint, GC…) between the `mount` mark and the painted first rows, and
 * the script time per function call site (FunctionCall / TimerFire / event dispatch).
 *
 *   node bench/trace-first-rows.mjs [--contender=ours] [--n=1000000] [--runs=3] [--latency=120] [--search=lov]
 */
/* global window -- the page.evaluate callbacks below run in the page */
import { launchChromium, servePages } from './pages-server.mjs'

const argv = process.argv.slice(2)
const option = (name, fallback) => argv.find((x) => x.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const contender = option('contender', 'ours')
const n = Number(option('n', 1_000_000))
const runs = Number(option('runs', 3))
// --search=lov: trace the search (last keystroke → results painted) instead of the mount.
const search = option('search', '')
// --latency=120: the memory adapter answers after this many ms (a real backend); the first-rows
// line then also says how long the rows took to reach the DOM after the first page arrived.
const latency = Number(option('latency', 0))

const { baseUrl, close: closeServer } = await servePages()
const browser = await launchChromium()

const totals = new Map()
for (let r = 0; r < runs; r++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.route((url) => url.origin !== baseUrl, (route) => route.abort())
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  const startTracing = () => cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' })
  if (!search) await startTracing()
  await page.goto(`${baseUrl}/${contender}/${contender}.html?n=${n}&debounce=0&page=50&latency=${latency}`, { waitUntil: 'load' })
  let first = await page.evaluate(() => window.__bench.firstRows)
  const pageToRows = await page.evaluate(
    (inDomMs) => inDomMs + (performance.getEntriesByName('mount')[0]?.startTime ?? 0) - (performance.getEntriesByName('page')[0]?.startTime ?? Number.NaN),
    first.inDomMs,
  )
  if (search) {
    await page.waitForTimeout(500)
    await startTracing()
    await page.evaluate((q) => window.__bench.armSearch(q), search)
    await page.locator('input[type="search"]').pressSequentially(search.slice(0, -1))
    await page.evaluate(() => performance.mark('mount'))
    await page.locator('input[type="search"]').press(search.at(-1))
    first = await page.evaluate(() => window.__bench.searchResult())
  }
  await cdp.send('Tracing.end')
  await done
  const mount = events.findLast((e) => e.name === 'mount' && e.cat.includes('user_timing'))
  const start = mount.ts
  const end = start + first.paintedMs * 1000
  const main = events.filter((e) => e.pid === mount.pid && e.tid === mount.tid && e.ph === 'X' && e.ts >= start && e.ts < end)
  // Exclusive time per event name (children subtracted), nested events on one thread.
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  const stack = []
  const self = new Map()
  const add = (name, us) => self.set(name, (self.get(name) ?? 0) + us)
  for (const e of main) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop()
    const parent = stack.at(-1)
    if (parent) add(parent.key, -Math.min(e.dur, parent.ts + parent.dur - e.ts))
    const d = e.args?.data ?? {}
    const key = e.name === 'FunctionCall' ? `FunctionCall ${d.functionName || ''} ${(d.url ?? '').split('/').pop()}:${d.lineNumber}` : e.name
    e.key = key
    add(key, e.dur)
    stack.push(e)
  }
  console.log(`run ${r + 1}: ${search ? 'search' : 'first rows'} in DOM ${first.inDomMs.toFixed(1)} ms, painted ${first.paintedMs.toFixed(1)} ms${search ? '' : `, first page answered → rows in DOM ${pageToRows.toFixed(1)} ms`}; main thread busy ${(main.filter((e) => e.name === 'RunTask').reduce((s, e) => s + e.dur, 0) / 1000).toFixed(1)} ms in tasks`)
  if (r === runs - 1) {
    // The tasks in order: when each started (ms after the mount mark), how long it ran, what it did most.
    for (const task of main.filter((e) => e.name === 'RunTask' && e.dur > 2000)) {
      const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur)
      const what = new Map()
      for (const e of inside) if (e.key !== 'RunTask') what.set(e.key, (what.get(e.key) ?? 0) + e.dur)
      const top = [...what.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, us]) => `${k} ${(us / 1000).toFixed(1)}`)
      console.log(`  +${((task.ts - start) / 1000).toFixed(1).padStart(6)} ms  ${(task.dur / 1000).toFixed(1).padStart(5)} ms  ${top.join(' | ')}`)
    }
  }
  for (const [k, us] of self) totals.set(k, (totals.get(k) ?? 0) + us / runs)
  await context.close()
}
console.table([...totals.entries()].filter(([, us]) => us > 500).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 })))
await browser.close()
closeServer()
