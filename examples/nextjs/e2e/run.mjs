#!/usr/bin/env node
/* global document -- used inside page.evaluate callbacks, which run in the browser */
/**
 * Smoke test of a Next.js App Router host (this folder) that installs the library as a customer
 * would, from the packed tarball:
 *   1. builds the library (`npm run build`, skipped with --no-build) and packs it (`npm pack` into
 *      examples/nextjs/.pack/), then `npm install --no-save <tarball>` here, next to the host's own
 *      pinned @radix-ui/react-dropdown-menu 2.1.x and @tanstack/react-query;
 *   2. checks `npm ls` finds exactly one @radix-ui/react-dropdown-menu (the host's);
 *   3. starts the Hexclave reference API server (test/rest-server/, loaded through Vite's module
 *      runner) on 127.0.0.1 and passes its URL and admin key to Next in the environment;
 *   4. `next build`, then `next start` on a free loopback port;
 *   5. drives Debian Chromium (playwright-core, the flags of test/chromium.ts) through the pages,
 *      failing on any page error or console error (hydration errors included).
 * Prints `N passed, N failed, 0 skipped`; exits 1 on any failure. Failure screenshots go to
 * e2e/screenshots/.
 *
 *   npm run test:nextjs                     # from the repository root
 *   node examples/nextjs/e2e/run.mjs --no-build   # reuse dist/
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { runnerImport } from 'vite'

const here = path.dirname(fileURLToPath(import.meta.url))
const example = path.resolve(here, '..')
const repo = path.resolve(example, '../..')
const packDir = path.join(example, '.pack')
const shots = path.join(here, 'screenshots')
const started = Date.now()
const skipBuild = process.argv.includes('--no-build')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const nextBin = path.join(example, 'node_modules/next/dist/bin/next')
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

let passed = 0
let failed = 0
const cleanups = []
async function cleanUp() {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
}
async function fail(message, output = '') {
  if (output) process.stdout.write(`${output.trimEnd()}\n`)
  console.error(`✗ ${message}`)
  await cleanUp()
  console.log(`${passed} passed, ${failed + 1} failed, 0 skipped`)
  process.exit(1)
}

/** Runs a setup step to completion; its output is shown only when it fails. */
async function step(label, command, args, options = {}) {
  const t0 = Date.now()
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: baseEnv, maxBuffer: 64 * 1024 * 1024, ...options })
  if (result.status !== 0) await fail(`${label} failed (exit ${result.status ?? result.signal})`, `${result.stdout ?? ''}${result.stderr ?? ''}`)
  console.log(`✓ ${label} (${seconds(t0)})`)
  return result.stdout
}

// ---- 1. build, pack, install as a customer would ----------------------------------------------
if (!skipBuild) await step('library build (npm run build)', npm, ['run', 'build'], { cwd: repo })
rmSync(packDir, { recursive: true, force: true })
mkdirSync(packDir, { recursive: true })
const packed = JSON.parse(await step('npm pack', npm, ['pack', '--json', '--pack-destination', packDir], { cwd: repo }))
const tarball = path.join(packDir, packed[0].filename)
await step(`npm install --no-save .pack/${packed[0].filename}`, npm, ['install', '--no-save', '--no-audit', '--no-fund', tarball], { cwd: example })
const installed = path.join(example, 'node_modules/@hexclave/payments-ui/dist/index.js')
if (readFileSync(installed, 'utf8') !== readFileSync(path.join(repo, 'dist/index.js'), 'utf8')) {
  await fail(`${path.relative(repo, installed)} differs from dist/index.js: the tarball was not installed`)
}

// ---- 2. one copy of the menu package: the host's ----------------------------------------------
const hostMenuVersion = JSON.parse(readFileSync(path.join(example, 'package.json'), 'utf8')).dependencies['@radix-ui/react-dropdown-menu']
const tree = spawnSync(npm, ['ls', '@radix-ui/react-dropdown-menu'], { cwd: example, encoding: 'utf8', env: baseEnv })
console.log(tree.stdout.trimEnd().replace(/^/gm, '    '))
const copies = spawnSync(npm, ['ls', '@radix-ui/react-dropdown-menu', '--all', '--parseable', '--long'], { cwd: example, encoding: 'utf8', env: baseEnv })
  .stdout.split('\n')
  .filter((line) => line.includes('@radix-ui/react-dropdown-menu@'))
if (copies.length !== 1 || !copies[0].endsWith(`@radix-ui/react-dropdown-menu@${hostMenuVersion}`)) {
  await fail(`expected exactly one @radix-ui/react-dropdown-menu (the host's ${hostMenuVersion}), found ${copies.length}:\n  ${copies.join('\n  ')}`)
}
console.log(`✓ one @radix-ui/react-dropdown-menu in the host: ${hostMenuVersion}`)

// ---- 3. the Hexclave reference API server -------------------------------------------------------
const { module: referenceServer } = await runnerImport(path.join(repo, 'test/rest-server/server.ts'), { configFile: false, root: repo, logLevel: 'warn' })
const api = await referenceServer.startReferenceServer({ memory: { seed: 1 } })
cleanups.push(() => api.close())
const apiEnv = {
  HEXCLAVE_API_URL: new URL(api.url).origin,
  HEXCLAVE_PROJECT_ID: api.credentials.projectId,
  HEXCLAVE_ADMIN_KEY: api.credentials.adminKey,
}
console.log(`✓ reference API server at ${api.url}`)

// ---- 4. next build, next start ------------------------------------------------------------------
await step('next build', process.execPath, [nextBin, 'build'], { cwd: example })
const port = await new Promise((resolve, reject) => {
  const probe = createServer().once('error', reject)
  probe.listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address()
    probe.close(() => resolve(free))
  })
})
const origin = `http://127.0.0.1:${port}`
const t0 = Date.now()
const next = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
  cwd: example,
  env: { ...baseEnv, ...apiEnv },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true, // its own process group, stopped as one below
})
let nextOutput = ''
next.stdout.on('data', (chunk) => (nextOutput += chunk))
next.stderr.on('data', (chunk) => (nextOutput += chunk))
cleanups.push(async () => {
  if (next.exitCode !== null) return
  const exited = new Promise((resolve) => next.once('exit', resolve))
  process.kill(-next.pid, 'SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
  if (next.exitCode === null) process.kill(-next.pid, 'SIGKILL')
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void cleanUp().then(() => process.exit(130)))
for (;;) {
  if (next.exitCode !== null) await fail(`next start exited (${next.exitCode})`, nextOutput)
  if (Date.now() - t0 > 120_000) await fail('next start did not answer within 120 s', nextOutput)
  const status = await fetch(`${origin}/customers`).then((r) => r.status, () => 0)
  if (status === 200) break
  await new Promise((resolve) => setTimeout(resolve, 250)) // polling the server, not waiting for the UI
}
console.log(`✓ next start on ${origin} (${seconds(t0)})`)

// ---- 5. the smoke, in Chromium -----------------------------------------------------------------
const chromiumTs = readFileSync(path.join(repo, 'test/chromium.ts'), 'utf8')
const args = [...chromiumTs.matchAll(/'(--[a-z0-9-]+)'/g)].map((m) => m[1])
assert.ok(args.length >= 5, 'could not read CHROMIUM_ARGS from test/chromium.ts')
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args, headless: true })
cleanups.push(() => browser.close())
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
context.setDefaultTimeout(30_000)
context.setDefaultNavigationTimeout(60_000)
// Nothing leaves the machine: the dataset's avatar URLs (example.com) are answered with 404 here.
await context.route((url) => url.origin !== origin, (route) => route.fulfill({ status: 404, body: '' }))

rmSync(shots, { recursive: true, force: true })

/** Runs one test on a fresh page; any page error, console error or 5xx answer fails it. */
async function test(name, fn) {
  const page = await context.newPage()
  const problems = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    // A stubbed outside image (avatars) is not a problem of the host.
    if (/^Failed to load resource/.test(message.text()) && !message.location().url.startsWith(origin)) return
    problems.push(`console error: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} from ${response.url()}`)
  })
  const requests = []
  page.on('request', (request) => requests.push(request))
  const t1 = Date.now()
  try {
    await fn(page, requests)
    assert.deepEqual(problems, [], 'no page errors, console errors or 5xx answers')
    passed++
    console.log(`  ✓ ${name} (${Date.now() - t1} ms)`)
  } catch (error) {
    failed++
    console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 8).join('\n    ')}`)
    for (const problem of problems) console.log(`    ${problem}`)
    mkdirSync(shots, { recursive: true })
    await page.screenshot({ path: path.join(shots, `FAILED-${name.replace(/[^a-z0-9]+/gi, '-')}.png`) }).catch(() => {})
  } finally {
    await page.close()
  }
}

const rows = (page) => page.locator('[data-slot="customer-table-row"]')
/** Waits until every sub-section of the customer's payments has loaded, and none failed. */
async function expectPaymentsLoaded(page) {
  const section = page.locator('[data-slot="customer-payments"]')
  await section.waitFor()
  await page.waitForFunction(() => {
    const parts = document.querySelectorAll('[data-slot^="customer-payments-"][data-status]')
    return parts.length >= 4 && [...parts].every((p) => p.getAttribute('data-status') !== 'loading')
  })
  const failedParts = await section.locator('[data-status="error"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-slot')))
  assert.deepEqual(failedParts, [], 'no sub-section failed')
}

console.log('Smoke:')
await test('/customers (server page) server-renders CustomersBrowser, then lists customers', async (page) => {
  const html = await fetch(`${origin}/customers`).then((r) => r.text())
  assert.match(html, /data-slot="customers-browser"/, 'the server HTML holds the client component')
  await page.goto(`${origin}/customers`)
  await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor()
  await rows(page).first().waitFor()
  assert.ok((await rows(page).count()) > 1, 'several rows')
  assert.equal(await page.title(), 'Customers · Payments admin')
})

await test('/customers: opening a customer shows its payments section', async (page) => {
  await page.goto(`${origin}/customers`)
  const name = page.locator('[data-slot="customer-table-row"] .hx-ct-customer__name').first()
  await name.waitFor()
  const customerName = (await name.textContent()).trim()
  await name.click()
  await page.locator('[data-slot="customers-browser"][data-view="customer"]').waitFor()
  await expectPaymentsLoaded(page)
  await page.locator('[data-slot="customer-payments-header"]').getByText(customerName).first().waitFor()
})

await test('/customers/[type]/[id] (server page) renders CustomerPaymentsSection', async (page) => {
  const { items } = await api.memory.listCustomers({ type: 'team', limit: 1, signal: AbortSignal.timeout(10_000) })
  const team = items[0]
  await page.goto(`${origin}/customers/team/${encodeURIComponent(team.id)}`)
  await page.locator('[data-slot="customer-payments"][data-type="team"]').waitFor()
  await expectPaymentsLoaded(page)
  await page.locator('[data-slot="customer-payments-header"]').getByText(team.displayName).first().waitFor()
})

await test('/products/[id]: title read on the server, host Radix menu → Create checkout → link', async (page, requests) => {
  await page.goto(`${origin}/products/api-basic`)
  await page.getByRole('heading', { level: 1, name: 'API basic' }).waitFor()
  assert.equal(await page.title(), 'API basic · Payments admin', 'generateMetadata read the name through adapters/rest')
  await page.getByRole('button', { name: 'Product actions' }).click()
  await page.getByRole('menuitem', { name: 'Copy product ID' }).waitFor()
  await page.getByRole('menuitem', { name: 'Create checkout' }).click()
  const dialog = page.locator('[data-slot="create-checkout-dialog"]')
  await dialog.waitFor()
  assert.equal(await dialog.getAttribute('data-mode'), 'product')
  await dialog.getByText('API basic').first().waitFor()
  await dialog.getByRole('button', { name: 'Choose customer' }).click()
  const picker = page.getByRole('dialog', { name: 'Choose a customer' })
  await picker.waitFor()
  const customerId = `next-host-${Date.now().toString(36)}`
  await picker.getByRole('searchbox').fill(customerId)
  await picker.getByRole('button', { name: `Use customer '${customerId}'` }).click()
  await picker.waitFor({ state: 'hidden' })
  await dialog.getByText(customerId).first().waitFor()
  await dialog.getByRole('button', { name: 'Create link' }).click()
  const href = await dialog.getByRole('link', { name: /Open in new tab/ }).getAttribute('href')
  assert.match(href, /^https?:\/\//)
  const checkout = api.memory.inspect().checkouts.find((c) => c.customer.id === customerId)
  assert.ok(checkout, 'the checkout reached the reference server through the route handler')
  assert.equal(checkout.productId, 'api-basic')
  const apiCalls = requests.filter((r) => new URL(r.url()).pathname.startsWith('/api/hexclave/'))
  assert.ok(apiCalls.length > 0, 'the browser called the forwarder')
  assert.ok(apiCalls.every((r) => !Object.keys(r.headers()).some((h) => h.startsWith('x-hexclave-'))), 'no Hexclave credentials in browser requests')
})

await test('the admin key stays on the server; an unknown product is a 404', async () => {
  for (const pathname of ['/customers', '/products', '/products/api-basic']) {
    const html = await fetch(`${origin}${pathname}`).then((r) => r.text())
    assert.ok(!html.includes(apiEnv.HEXCLAVE_ADMIN_KEY), `${pathname} has no admin key`)
  }
  assert.equal((await fetch(`${origin}/products/no-such-product`)).status, 404)
})

await cleanUp()
console.log(`\nNext.js host smoke: ${seconds(started)} in all`)
console.log(`${passed} passed, ${failed} failed, 0 skipped`)
process.exit(failed ? 1 : 0)
