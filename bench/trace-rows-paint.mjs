#!/usr/bin/env node
/**
 * What happens between a contender's first rows reaching the DOM and their paint (issue 13,
 * point 2): over several loads of the pages `npm run bench` last built (bench/dist/pages), a
 * Chromium trace of that window, summed per load and printed as medians: the window itself
 * (`gap`), and in it the main thread's layout, style recalculation and paint. `--css=FILE` adds a
 * stylesheet to the page first, to try a change of the stylesheet without a build (an A/B of the
 * same page with and without it, run back to back, is what says anything on a busy machine).
 *
 *   node bench/trace-rows-paint.mjs [--contender=ours] [--n=1000000] [--runs=7] [--css=try.css]
 */
/* global window, document -- the page callbacks below run in the page */
import { readFileSync } from 'node:fs'
import { launchChromium, servePages } from './pages-server.mjs'

const argv = process.argv.slice(2)
const option = (name, fallback) => argv.find((x) => x.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const contender = option('contender', 'ours')
const n = Number(option('n', 1_000_000))
const runs = Number(option('runs', 7))
const cssFile = option('css', '')
const css = cssFile ? readFileSync(cssFile, 'utf8') : ''

const { baseUrl, close: closeServer } = await servePages()
const browser = await launchChromium()
const loads = []
for (let r = 0; r < runs; r++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.route((url) => url.origin !== baseUrl, (route) => route.abort())
  const page = await context.newPage()
  if (css) {
    await page.addInitScript((text) => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style')
        style.textContent = text
        document.head.append(style)
      })
    }, css)
  }
  const cdp = await context.newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' })
  await page.goto(`${baseUrl}/${contender}/${contender}.html?n=${n}&debounce=0&page=50&latency=0`, { waitUntil: 'load' })
  const first = await page.evaluate(() => window.__bench.firstRows)
  await cdp.send('Tracing.end')
  await done
  const mount = events.findLast((e) => e.name === 'mount' && e.cat.includes('user_timing'))
  const from = mount.ts + first.inDomMs * 1000
  const to = mount.ts + first.paintedMs * 1000
  const main = events.filter((e) => e.pid === mount.pid && e.tid === mount.tid && e.ph === 'X' && e.ts >= from && e.ts < to)
  const ms = (name) => main.filter((e) => e.name === name).reduce((sum, e) => sum + e.dur, 0) / 1000
  loads.push({ inDom: first.inDomMs, gap: first.paintedMs - first.inDomMs, layout: ms('Layout'), style: ms('UpdateLayoutTree'), paint: ms('Paint') })
  await context.close()
}
await browser.close()
closeServer()
const median = (key) => {
  const sorted = loads.map((load) => load[key]).sort((a, b) => a - b)
  return sorted[sorted.length >> 1].toFixed(1)
}
console.log(`${contender}${css ? ` + ${cssFile}` : ''}, n=${n}, median of ${runs} loads (ms): rows in DOM ${median('inDom')}; in DOM → painted ${median('gap')}, of which layout ${median('layout')}, style ${median('style')}, paint ${median('paint')}`)
