#!/usr/bin/env node
/**
 * CPU profile of one contender's mount → first rows (and optionally a search), on the pages
 * `npm run bench` last built into bench/dist/pages (build them unminified with
 * `npm run bench -- --profile --quick --contenders=ours,bare` first for readable names).
 *
 *   node bench/profile-first-rows.mjs [--contender=ours] [--n=1000000] [--runs=5] [--search=lov] [--latency=120]
 *
 * --latency=N: the adapter answers after N ms, and the profile covers only the first page's answer →
 * rows in the DOM (issue 13 point 4), not the mount before it (the page calls console.profile at its
 * `page` mark and console.profileEnd when the first rows are in the DOM).
 *
 * Prints the first-rows (and search) times of each run, then, over the last run's profile, the
 * top self-time functions and the inclusive time of the components and hooks that ran.
 */
/* global window -- the page.evaluate callbacks below run in the page */
import { launchChromium, servePages } from './pages-server.mjs'

const argv = process.argv.slice(2)
const option = (name, fallback) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`))
  return a ? a.slice(name.length + 3) : fallback
}
const contender = option('contender', 'ours')
const n = Number(option('n', 1_000_000))
const runs = Number(option('runs', 5))
const search = option('search', 'lov')
const latency = Number(option('latency', 0))

const { baseUrl, close: closeServer } = await servePages()

function summarize(profile, top = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map()
  const inclusive = new Map()
  const label = (f) => `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() : ''}${f.url ? `:${f.lineNumber + 1}` : ''}`
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    const leaf = byId.get(profile.samples[i])
    self.set(label(leaf.callFrame), (self.get(label(leaf.callFrame)) ?? 0) + ms)
    const seen = new Set()
    for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
      const key = label(byId.get(id).callFrame)
      if (seen.has(key)) continue
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms)
    }
  }
  const table = (map, filter = () => true) =>
    [...map.entries()]
      .filter(([k]) => filter(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, ms]) => ({ fn: fn.slice(0, 90), ms: Math.round(ms * 10) / 10 }))
  console.log('self time, top', top)
  console.table(table(self))
  console.log('inclusive time of functions with a capitalised name or use*, top', top)
  console.table(table(inclusive, (k) => /^(use[A-Z]|[A-Z])/.test(k)))
}

const browser = await launchChromium()
let profile = null
for (let r = 0; r < runs; r++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.route((url) => url.origin !== baseUrl, (route) => route.abort())
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  const answered = latency ? new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', ({ profile: p }) => resolve(p))) : null
  if (!latency) await cdp.send('Profiler.start')
  await page.goto(`${baseUrl}/${contender}/${contender}.html?n=${n}&debounce=0&page=50&latency=${latency}${latency ? '&profile-page=1' : ''}`, { waitUntil: 'load' })
  const first = await page.evaluate(() => window.__bench.firstRows)
  if (answered) {
    profile = await answered
    const pageToRows = await page.evaluate((inDomMs) => inDomMs + performance.getEntriesByName('mount')[0].startTime - performance.getEntriesByName('page')[0].startTime, first.inDomMs)
    console.log(`run ${r + 1}: first page answered → rows in DOM ${pageToRows.toFixed(1)} ms (first rows in DOM ${first.inDomMs.toFixed(1)} ms after mount)`)
    await context.close()
    continue
  }
  let searchMs = null
  if (search) {
    await page.waitForTimeout(300)
    await page.evaluate((q) => window.__bench.armSearch(q), search)
    await page.locator('input[type="search"]').pressSequentially(search)
    searchMs = (await page.evaluate(() => window.__bench.searchResult())).paintedMs
  }
  profile = (await cdp.send('Profiler.stop')).profile
  console.log(`run ${r + 1}: first rows painted ${first.paintedMs.toFixed(1)} ms (in DOM ${first.inDomMs.toFixed(1)}), search ${searchMs?.toFixed(1)} ms`)
  await context.close()
}
summarize(profile)
await browser.close()
closeServer()
