#!/usr/bin/env node
/**
 * `npm run bench`: CustomerTable in headless Chromium over the memory adapter at 10k, 100k and
 * 1M users. Builds bench/ with Vite (production), serves bench/dist on a loopback port and, per
 * size and run, in a fresh browser context measures:
 *   1. mount → first rows painted;
 *   2. last keystroke of a search → matching rows painted (then the search is cleared);
 *   3. rAF frame times while scrolling one viewport per frame over 10,000 rows;
 *   4. JS heap (after a forced GC) right after the first rows and after the scroll.
 * Prints medians next to the targets and writes bench-results/customer-table.json.
 *
 * Options: --sizes=10000,100000,1000000  --runs=3  --quick (1 run of 10k)
 *          --avatars=png|fail  --query=lov  --debounce=0  --scroll-rows=10000  --scroll-cap=17 (s per scroll; 0 = none)
 *          --profile (unminified build; CPU profile of the first scroll at the largest size,
 *                     top self-time functions printed, .cpuprofile written to bench-results/)
 * Exits non-zero only on errors; missed targets are printed, not failed.
 */
/* global window -- the page.evaluate callbacks below run in the page */
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, runnerImport } from 'vite'
import { chromium } from 'playwright-core'

// A production React build. Set explicitly: Vite's runnerImport (used below for test/chromium.ts)
// sets NODE_ENV=development when unset, and a later build() would then bundle React's dev build.
process.env.NODE_ENV = 'production'

const benchDir = fileURLToPath(new URL('.', import.meta.url))
const repoDir = join(benchDir, '..')
const distDir = join(benchDir, 'dist')
const resultsDir = join(repoDir, 'bench-results')

// ---- options --------------------------------------------------------------------------------
const argv = process.argv.slice(2)
function option(name, fallback) {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i === -1) return fallback
  const a = argv[i]
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : (argv[i + 1] ?? fallback)
}
const flag = (name) => argv.includes(`--${name}`)
const quick = flag('quick')
const profile = flag('profile')
const sizes = String(option('sizes', quick ? '10000' : '10000,100000,1000000'))
  .split(',')
  .map((s) => Number(s.replace(/_/g, '')))
const runs = Number(option('runs', quick ? 1 : 3))
const query = String(option('query', 'lov'))
const debounce = Number(option('debounce', 0))
const scrollRows = Number(option('scroll-rows', 10_000))
// Each scroll stops after this long even if `scrollRows` were not reached (keeps the whole bench
// within ~3 minutes on 2 cores); the time for all rows is then extrapolated. 0: no time cap.
const scrollCapS = Number(option('scroll-cap', 17))
// Avatar images (https://avatars.example.com, unresolvable here): `png` answers them with a tiny
// PNG, `fail` makes them fail (rows fall back to initials).
const avatars = String(option('avatars', 'png'))
if (sizes.some((s) => !Number.isSafeInteger(s) || s <= 0) || !(runs >= 1) || !(scrollRows >= 1)) {
  throw new Error(`bad options: sizes=${sizes} runs=${runs} scroll-rows=${scrollRows}`)
}

// Reference figures (docs: /work/shared/design.md, "Performance facts to design for").
// scrollP95Ms allows the rAF timer's jitter: an idle page measures 16.7-16.8 ms at p95.
const TARGET = { firstRowsMs: 100, scrollP95Ms: 16.7, scrollP95JitterMs: 0.5, heapRatio: 1.2 }
const BASELINE = { firstRowsMs: 82, searchMs: 22, droppedPct: '7–13', heapGrowthMb: 4 }
const FRAME_BUDGET_MS = 16.7

// ---- helpers --------------------------------------------------------------------------------
const median = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return Number.NaN
  const mid = v.length >> 1
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2
}
const percentile = (values, p) => {
  const v = [...values].sort((a, b) => a - b)
  if (v.length === 0) return Number.NaN
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)]
}
const round = (x, digits = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null)
const mb = (bytes) => bytes / 1048576
const log = (...args) => console.error('[bench]', ...args)

// ---- build ----------------------------------------------------------------------------------
async function buildPage() {
  const started = performance.now()
  await build({
    configFile: join(benchDir, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { minify: !profile, sourcemap: profile },
  })
  log(`built bench/dist in ${((performance.now() - started) / 1000).toFixed(1)} s${profile ? ' (unminified)' : ''}`)
}

// ---- static server --------------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.json': 'application/json',
}
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = normalize(join(dir, path === '/' ? 'index.html' : path))
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

// ---- one run --------------------------------------------------------------------------------
async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return mb(usedSize)
}

// Generated customers have avatars on https://avatars.example.com, which does not resolve here:
// answer every off-origin image with a tiny PNG (a warm CDN), abort anything else off-origin.
const AVATAR_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgaGj4DwAEhAKA8Ns6lgAAAABJRU5ErkJggg==',
  'base64',
)

async function runOnce(browser, baseUrl, n, { cpuProfile = false, warmup = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.route(
    (url) => url.origin !== baseUrl,
    (route) =>
      avatars === 'png' && /\.(png|jpe?g|gif|webp|svg)$/i.test(new URL(route.request().url()).pathname)
        ? route.fulfill({ status: 200, contentType: 'image/png', body: AVATAR_PNG, headers: { 'cache-control': 'max-age=3600' } })
        : route.abort(),
  )
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => {
    // failed avatar loads (off-origin, see --avatars) are expected
    const offOrigin = m.location().url && !m.location().url.startsWith(baseUrl)
    if (m.type() === 'error' && !(offOrigin && m.text().startsWith('Failed to load resource')) && errors.length < 20) errors.push(m.text())
  })
  try {
    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.enable')
    await page.goto(`${baseUrl}/?n=${n}&debounce=${debounce}`, { waitUntil: 'load' })

    // 1. mount → first rows painted
    const first = await page.evaluate(() => window.__bench.firstRows)
    if (warmup) return null
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100))) // let follow-up effects settle
    const heapFirst = await heapMb(cdp)

    // 2. search: type one key at a time, measure from the last keydown
    const box = page.getByRole('searchbox', { name: 'Search customers' })
    await box.click()
    await page.evaluate((q) => window.__bench.armSearch(q), query)
    await page.keyboard.type(query, { delay: 60 })
    const search = await page.evaluate(() => window.__bench.searchResult())
    // clear (select all + Backspace), measured the same way
    await page.evaluate(() => window.__bench.armCleared())
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.press('Backspace')
    const cleared = await page.evaluate(() => window.__bench.searchResult())
    await box.blur()

    // 3. scroll one viewport per frame over `scrollRows` rows (aria-rowindex counts the header as 1)
    if (cpuProfile) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    const scroll = await page.evaluate(
      ([target, maxFrames, maxMs]) => window.__bench.scroll(target, maxFrames, maxMs),
      [scrollRows + 1, Math.ceil(scrollRows / 4) + 300, scrollCapS > 0 ? scrollCapS * 1000 : Infinity],
    )
    let profileData = null
    if (cpuProfile) profileData = (await cdp.send('Profiler.stop')).profile
    const deltas = scroll.deltas
    // rAF deltas jitter around the vsync interval (16.7/16.8 ms on an idle page): a frame is
    // dropped when its delta exceeds 1.5 intervals, i.e. at least one vsync was missed.
    const interval = scroll.idleIntervalMs || FRAME_BUDGET_MS
    const frames = {
      idleIntervalMs: interval,
      count: deltas.length,
      p50: percentile(deltas, 50),
      p95: percentile(deltas, 95),
      max: Math.max(...deltas),
      droppedPct: (100 * deltas.filter((d) => d > 1.5 * interval).length) / Math.max(deltas.length, 1),
      longFramesOver50: deltas.filter((d) => d > 50).length,
    }

    // 4. heap after the scroll
    const heapScrolled = await heapMb(cdp)
    const retainedRows = await page.evaluate(() => window.__bench.rowCount())

    if (errors.length) log(`page errors at n=${n}:`, errors.slice(0, 5).join(' | '))
    return {
      firstRowsMs: first.paintedMs,
      firstRowsInDomMs: first.inDomMs,
      searchMs: search.paintedMs,
      searchInDomMs: search.inDomMs,
      searchRows: search.rows,
      clearMs: cleared.paintedMs,
      scroll: {
        reached: scroll.reached,
        rowsPassed: scroll.reachedRowIndex - 1,
        totalMs: scroll.totalMs,
        rowsPerS: ((scroll.reachedRowIndex - 1) / scroll.totalMs) * 1000,
        // measured when all rows were passed, else extrapolated from the rows per second
        traverseMs: scroll.reached ? scroll.totalMs : (scrollRows / (scroll.reachedRowIndex - 1)) * scroll.totalMs,
        stalledFrames: scroll.stalledFrames,
        ...frames,
        deltas: deltas.map((d) => round(d, 2)),
      },
      heapFirstMb: heapFirst,
      heapScrolledMb: heapScrolled,
      renderedRowsAfterScroll: retainedRows,
      errors,
      profileData,
    }
  } finally {
    await context.close()
  }
}

// ---- CPU profile summary --------------------------------------------------------------------
function summarizeProfile(profile, top = 15) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map()
  const dt = profile.timeDeltas
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i])
    const f = node.callFrame
    const file = f.url ? f.url.split('/').pop() : ''
    const key = `${f.functionName || '(anonymous)'} ${file}${f.url ? `:${f.lineNumber + 1}` : ''}`
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000)
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, ms]) => ({ fn, selfMs: round(ms), pct: round((100 * ms) / total) }))
}

// ---- main -----------------------------------------------------------------------------------
async function main() {
  const t0 = performance.now()
  // Same executable and flags as the browser tests: read them from test/chromium.ts itself.
  const { module: chromiumConfig } = await runnerImport(join(repoDir, 'test/chromium.ts'))
  const { CHROMIUM_PATH, CHROMIUM_ARGS } = chromiumConfig

  await buildPage()
  const server = await serve(distDir)
  const baseUrl = `http://127.0.0.1:${server.address().port}`
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
  const chromiumVersion = browser.version()
  log(`Chromium ${chromiumVersion}, node ${process.version}; sizes ${sizes.join(', ')}; ${runs} run(s) each; query "${query}"`)

  const results = {}
  let profileSummary = null
  try {
    // Warm-up load (discarded): first-ever page load pays for compiling the bundle cache etc.
    await runOnce(browser, baseUrl, Math.min(...sizes), { warmup: true }).catch((e) => {
      throw new Error(`warm-up run failed: ${e.stack ?? e}`)
    })
    for (const n of sizes) {
      results[n] = []
      for (let r = 0; r < runs; r++) {
        const cpuProfile = profile && r === 0 && n === Math.max(...sizes)
        const started = performance.now()
        const sample = await runOnce(browser, baseUrl, n, { cpuProfile })
        if (sample.profileData) {
          mkdirSync(resultsDir, { recursive: true })
          const file = join(resultsDir, `customer-table-scroll-${n}.cpuprofile`)
          writeFileSync(file, JSON.stringify(sample.profileData))
          profileSummary = { n, file, top: summarizeProfile(sample.profileData) }
        }
        delete sample.profileData
        results[n].push(sample)
        log(
          `n=${n} run ${r + 1}/${runs}: first rows ${sample.firstRowsMs.toFixed(1)} ms, search ${sample.searchMs.toFixed(1)} ms, ` +
            `scroll p95 ${sample.scroll.p95.toFixed(1)} ms / ${sample.scroll.droppedPct.toFixed(1)} % dropped / ` +
            `${sample.scroll.rowsPassed} rows in ${(sample.scroll.totalMs / 1000).toFixed(1)} s${sample.scroll.reached ? '' : ' (capped)'}, ` +
            `heap ${sample.heapFirstMb.toFixed(1)} → ${sample.heapScrolledMb.toFixed(1)} MB ` +
            `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
        )
      }
    }
  } finally {
    await browser.close()
    server.close()
  }

  // ---- medians and report -------------------------------------------------------------------
  const medians = {}
  for (const n of sizes) {
    const s = results[n]
    const m = (pick) => round(median(s.map(pick)), 2)
    medians[n] = {
      firstRowsMs: m((x) => x.firstRowsMs),
      searchMs: m((x) => x.searchMs),
      clearMs: m((x) => x.clearMs),
      scrollP50Ms: m((x) => x.scroll.p50),
      scrollP95Ms: m((x) => x.scroll.p95),
      scrollMaxMs: m((x) => x.scroll.max),
      droppedPct: m((x) => x.scroll.droppedPct),
      scrollTraverseS: m((x) => x.scroll.traverseMs / 1000),
      scrollRowsPassed: m((x) => x.scroll.rowsPassed),
      scrollRowsPerS: m((x) => x.scroll.rowsPerS),
      scrollFrames: m((x) => x.scroll.count),
      stalledFrames: m((x) => x.scroll.stalledFrames),
      heapFirstMb: m((x) => x.heapFirstMb),
      heapScrolledMb: m((x) => x.heapScrolledMb),
      heapGrowthMb: m((x) => x.heapScrolledMb - x.heapFirstMb),
      allReached: s.every((x) => x.scroll.reached),
    }
  }

  const small = medians[Math.min(...sizes)]
  const big = medians[Math.max(...sizes)]
  const heapRatio = sizes.length > 1 ? round(big.heapScrolledMb / small.heapScrolledMb, 3) : null
  const verdicts = {
    firstRows: sizes.every((n) => medians[n].firstRowsMs <= TARGET.firstRowsMs),
    scrollP95: sizes.every((n) => medians[n].scrollP95Ms <= TARGET.scrollP95Ms + TARGET.scrollP95JitterMs),
    heapIndependentOfTotal: heapRatio === null ? null : heapRatio <= TARGET.heapRatio,
    scrollReached: sizes.every((n) => medians[n].allReached),
  }

  const mark = (ok) => (ok === null ? '' : ok ? 'ok' : 'MISSED')
  const rowsSpec = [
    ['first rows painted (ms)', 'firstRowsMs', `≤ ${TARGET.firstRowsMs}`, BASELINE.firstRowsMs, (v) => v <= TARGET.firstRowsMs],
    ['search: last key → painted (ms)', 'searchMs', '', BASELINE.searchMs, (v) => v <= BASELINE.searchMs],
    ['clear search → painted (ms)', 'clearMs', '', '', null],
    ['scroll frame p50 (ms)', 'scrollP50Ms', '', '', null],
    ['scroll frame p95 (ms)', 'scrollP95Ms', `≤ ${TARGET.scrollP95Ms}`, '', (v) => v <= TARGET.scrollP95Ms + TARGET.scrollP95JitterMs],
    ['scroll frame max (ms)', 'scrollMaxMs', '', '', null],
    ['dropped frames (%)', 'droppedPct', '', BASELINE.droppedPct, null],
    ['rows passed while scrolling', 'scrollRowsPassed', `${scrollRows}`, '', null],
    [`time to scroll ${scrollRows} rows (s)¹`, 'scrollTraverseS', '', '', null],
    ['frames / stalled at bottom', null, '', '', null],
    ['heap after first rows (MB)', 'heapFirstMb', '', '', null],
    ['heap after scroll (MB)', 'heapScrolledMb', `≤ ${TARGET.heapRatio}× smallest`, '', null],
    ['heap growth over scroll (MB)', 'heapGrowthMb', '', `+${BASELINE.heapGrowthMb}`, null],
  ]
  const header = ['metric (median)', ...sizes.map((n) => `n=${n.toLocaleString('en-US')}`), 'target', 'bare baseline']
  const table = [header]
  for (const [label, key, target, baseline, ok] of rowsSpec) {
    const cells = sizes.map((n) => {
      if (key === null) return `${medians[n].scrollFrames} / ${medians[n].stalledFrames}`
      const v = medians[n][key]
      const flagText = ok && !ok(v) ? ' !' : ''
      return `${v === null ? '—' : v.toFixed(key === 'scrollRowsPassed' ? 0 : 1)}${flagText}`
    })
    table.push([label, ...cells, target, String(baseline)])
  }
  const widths = header.map((_, c) => Math.max(...table.map((row) => String(row[c]).length)))
  const line = (row) => row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ')
  console.log()
  console.log(`CustomerTable bench — Chromium ${chromiumVersion}, node ${process.version}, ${runs} run(s) per size, query "${query}", debounce ${debounce} ms`)
  console.log(line(table[0]))
  console.log(widths.map((w) => '─'.repeat(w)).join('  '))
  for (const row of table.slice(1)) console.log(line(row))
  console.log('"!" = worse than the target or, for search, than the bare TanStack baseline.')
  console.log(`dropped = rAF delta > 1.5× the idle frame interval (${round(median(sizes.flatMap((n) => results[n].map((x) => x.scroll.idleIntervalMs))), 2)} ms).`)
  if (!verdicts.scrollReached) console.log(`¹ extrapolated from rows/s where a scroll hit the ${scrollCapS} s cap (--scroll-cap=0 to scroll all ${scrollRows} rows).`)
  console.log()
  console.log(`targets: first rows ≤ ${TARGET.firstRowsMs} ms: ${mark(verdicts.firstRows)}; scroll p95 ≤ ${TARGET.scrollP95Ms} ms: ${mark(verdicts.scrollP95)}; ` +
    `heap independent of total (${Math.max(...sizes)} vs ${Math.min(...sizes)} after scroll: ${heapRatio ?? '—'}×, ≤ ${TARGET.heapRatio}×): ${mark(verdicts.heapIndependentOfTotal)}; ` +
    `passed ${scrollRows} rows every run: ${verdicts.scrollReached ? 'yes' : `no (capped at ${scrollCapS} s)`}`)
  if (profileSummary) {
    console.log()
    console.log(`CPU profile of the scroll at n=${profileSummary.n} (self time, top ${profileSummary.top.length}); full profile: ${profileSummary.file}`)
    console.table(profileSummary.top)
  }

  mkdirSync(resultsDir, { recursive: true })
  const out = join(resultsDir, 'customer-table.json')
  writeFileSync(
    out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        chromium: chromiumVersion,
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        sizes,
        runs,
        query,
        debounceMs: debounce,
        avatars,
        scrollRows,
        scrollCapS,
        frameBudgetMs: FRAME_BUDGET_MS,
        targets: TARGET,
        bareBaseline: BASELINE,
        verdicts,
        heapRatioLargestToSmallest: heapRatio,
        medians,
        samples: results,
        profile: profileSummary,
      },
      null,
      1,
    ),
  )
  console.log(`\nwrote ${out} (${((performance.now() - t0) / 1000).toFixed(1)} s total)`)
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error?.stack ?? error)
    process.exit(1)
  },
)
