#!/usr/bin/env node
/**
 * A Chromium performance trace of our toolbar's CSV export of every row (issue 14), on the pages
 * `npm run bench` last built (bench/dist/pages): each main-thread task over 50 ms during the
 * export, when it started (ms after the click), what ran in it (trace events by exclusive time)
 * and, from a sampled CPU profile, which functions it spent its time in.
 *
 *   node bench/trace-export.mjs [--n=1000000] [--top=6]
 */
/* global window -- the page.evaluate callbacks below run in the page */
import { launchChromium, servePages } from './pages-server.mjs'

const argv = process.argv.slice(2)
const option = (name, fallback) => argv.find((x) => x.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const n = Number(option('n', 1_000_000))
const top = Number(option('top', 6))

const { baseUrl, close: closeServer } = await servePages()
const browser = await launchChromium()
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
await context.route((url) => url.origin !== baseUrl, (route) => route.abort())
// Every Blob made that took over 20 ms: its parts and size (is one Blob the long task?).
await context.addInitScript(() => {
  const Native = window.Blob
  window.__slowBlobs = []
  const createObjectURL = URL.createObjectURL.bind(URL)
  URL.createObjectURL = (object) => {
    const started = performance.now()
    const url = createObjectURL(object)
    const ms = performance.now() - started
    if (ms > 20) window.__slowBlobs.push({ at: started, ms: Math.round(ms), parts: 0, bytes: object.size ?? 0, blobs: 0, what: 'URL.createObjectURL' })
    return url
  }
  window.Blob = class extends Native {
    constructor(parts, options) {
      const started = performance.now()
      super(parts, options)
      const ms = performance.now() - started
      if (ms > 20) window.__slowBlobs.push({ at: started, ms: Math.round(ms), parts: parts?.length ?? 0, bytes: this.size, blobs: (parts ?? []).filter((x) => x instanceof Native).length })
    }
  }
})
const page = await context.newPage()
const cdp = await context.newCDPSession(page)
await page.goto(`${baseUrl}/ours/ours.html?n=${n}&debounce=0&page=50`, { waitUntil: 'load' })
await page.evaluate(() => window.__bench.firstRows)

const events = []
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' })
await cdp.send('Profiler.start')
const result = await page.evaluate((maxMs) => window.__bench.exportCsv(maxMs), 120_000)
// What follows the file (the download) is traced too.
await page.waitForTimeout(1000)
const { profile } = await cdp.send('Profiler.stop')
await cdp.send('Tracing.end')
await traced
console.log(`export: ${result.ok ? `${result.rows} rows` : `FAILED ${result.error}`} in ${(result.ms / 1000).toFixed(1)} s, ${(result.fileBytes / 1e6).toFixed(1)} MB; long tasks ${result.longTasks.map((x) => x.toFixed(0)).join(', ') || 'none'}`)

const slow = await page.evaluate(() => {
  const at = performance.getEntriesByName('export')[0]?.startTime ?? 0
  return window.__slowBlobs.map((b) => ({ ...b, at: Math.round(b.at - at) }))
})
console.log(`Blobs over 20 ms: ${slow.length ? slow.map((b) => `+${b.at} ms ${b.ms} ms ${b.what ?? 'new Blob'} (${b.parts} parts, ${b.blobs} of them Blobs, ${(b.bytes / 1e6).toFixed(1)} MB)`).join('; ') : 'none'}`)
const mark = events.findLast((e) => e.name === 'export' && e.cat.includes('user_timing'))
// Every event that ends after the click (the click's own task began before its mark).
const main = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.ts + (e.dur ?? 0) >= mark.ts)
main.sort((a, b) => a.ts - b.ts || b.dur - a.dur)

// Profile samples on the trace's clock (both are microseconds of the same monotonic clock).
const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const samples = []
let t = profile.startTime
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i] ?? 0
  const f = nodes.get(profile.samples[i]).callFrame
  samples.push({ t, fn: `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''}`.trim() })
}

// Main-thread time by kind over the whole export (exclusive of nothing: nested kinds overlap).
const kinds = new Map()
for (const e of main) {
  if (!['Layout', 'UpdateLayoutTree', 'Paint', 'MajorGC', 'MinorGC', 'HandlePostMessage', 'RunPostTaskCallback', 'FireAnimationFrame', 'Commit'].includes(e.name)) continue
  const k = kinds.get(e.name) ?? { n: 0, ms: 0, max: 0 }
  k.n++
  k.ms += e.dur / 1000
  k.max = Math.max(k.max, e.dur / 1000)
  kinds.set(e.name, k)
}
console.log([...kinds.entries()].map(([name, k]) => `${name} ×${k.n} ${k.ms.toFixed(0)} ms (max ${k.max.toFixed(1)})`).join('; '))
const tasks = main.filter((e) => e.name === 'RunTask' && e.dur > 50_000)
const gaps = main.filter((e) => e.name === 'RunTask').map((e) => e.dur / 1000)
console.log(`${gaps.length} tasks after the click; ${tasks.length} over 50 ms; p50 ${gaps.sort((a, b) => a - b)[gaps.length >> 1]?.toFixed(1)} ms, p99 ${gaps[Math.floor(gaps.length * 0.99)]?.toFixed(1)} ms`)
for (const task of tasks) {
  const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur)
  const what = new Map()
  for (const e of inside) {
    const d = e.args?.data ?? {}
    const key = e.name === 'FunctionCall' ? `FunctionCall ${d.functionName || ''} ${(d.url ?? '').split('/').pop()}:${d.lineNumber}` : e.name
    what.set(key, (what.get(key) ?? 0) + e.dur)
  }
  const fns = new Map()
  for (const s of samples) if (s.t >= task.ts && s.t < task.ts + task.dur) fns.set(s.fn, (fns.get(s.fn) ?? 0) + 1)
  const sampled = [...fns.values()].reduce((a, b) => a + b, 0) || 1
  console.log(`+${((task.ts - mark.ts) / 1000).toFixed(0).padStart(6)} ms  ${(task.dur / 1000).toFixed(1).padStart(6)} ms`)
  console.log(`   events: ${[...what.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => `${k} ${(us / 1000).toFixed(1)}`).join(' | ')}`)
  console.log(`   samples: ${[...fns.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, c]) => `${k} ${((100 * c) / sampled).toFixed(0)}%`).join(' | ')}`)
}
await browser.close()
closeServer()
