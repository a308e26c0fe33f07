#!/usr/bin/env node
/* global document, window -- used inside page.evaluate / waitForFunction / addInitScript callbacks, which run in the browser */
/**
 * End-to-end tests of the demo host dashboard, through the BUILT package:
 *   1. builds the library (`npx tsup` → dist/) and the demo (vite build → examples/dashboard/dist/),
 *   2. serves the demo with `vite preview` on 127.0.0.1, which also starts the Hexclave reference
 *      API servers on loopback and forwards /hexclave-api to them (demo-api.ts),
 *   3. drives Debian Chromium (headless, the flags of test/chromium.ts) with playwright-core,
 *      running every test in both adapter modes: the in-browser memory adapter, then the REST
 *      adapter over real HTTP (one browser context per mode; the mode is set for each tab).
 * Prints `N passed, N failed, N skipped`; exits 1 on any failure. Screenshots: e2e/screenshots/
 * (`<name>.png` for memory mode, `rest-<name>.png` for REST mode).
 *
 *   node examples/dashboard/e2e/run.mjs            # everything
 *   node examples/dashboard/e2e/run.mjs --no-build # reuse dist/ and the demo build
 *   E2E_FILTER=customers node …/run.mjs            # only tests whose name contains "customers"
 *   E2E_MODES=rest node …/run.mjs                  # only one adapter mode (memory, rest)
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { preview } from 'vite'

const here = path.dirname(fileURLToPath(import.meta.url))
const demo = path.resolve(here, '..')
const repo = path.resolve(demo, '../..')
const shots = path.join(here, 'screenshots')
const started = Date.now()
const skipBuild = process.argv.includes('--no-build')
const filter = process.env.E2E_FILTER ?? ''
const modes = (process.env.E2E_MODES ?? 'memory,rest').split(',').map((m) => m.trim())
assert.ok(modes.every((m) => m === 'memory' || m === 'rest'), `E2E_MODES: unknown mode in ${process.env.E2E_MODES}`)

// The config imports TypeScript without extensions (bundled by Vite's default loader); silence the
// notice about the future native loader.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true'

function step(label, command, args) {
  const t0 = Date.now()
  const result = spawnSync(command, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '')
    process.stderr.write(result.stderr ?? '')
    console.error(`✗ ${label} failed (exit ${result.status})`)
    console.log('0 passed, 1 failed, 0 skipped')
    process.exit(1)
  }
  console.log(`✓ ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
}

if (!skipBuild) {
  step('library build (tsup → dist/)', 'npx', ['tsup'])
  step('demo build (vite → examples/dashboard/dist/)', 'npx', ['vite', 'build', '--config', path.join(demo, 'vite.config.ts'), '--logLevel', 'warn'])
}

// ---- vite preview: the built demo (SPA fallback) plus the reference API for REST mode ----------
const server = await preview({
  configFile: path.join(demo, 'vite.config.ts'),
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
})
const origin = `http://127.0.0.1:${server.httpServer.address().port}`

// ---- Chromium, with the same flags as the vitest browser tests ---------------------------------
const chromiumTs = readFileSync(path.join(repo, 'test/chromium.ts'), 'utf8')
const args = [...chromiumTs.matchAll(/'(--[a-z0-9-]+)'/g)].map((m) => m[1])
assert.ok(args.length >= 5, 'could not read CHROMIUM_ARGS from test/chromium.ts')
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args, headless: true })
/** One browser context per adapter mode; in REST mode each new tab starts in REST mode (adapter.ts). */
async function contextFor(mode) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] })
  context.setDefaultTimeout(10_000)
  // Only when the tab has no choice yet: a switch made in the tab (and kept across reloads) wins.
  if (mode === 'rest') await context.addInitScript(() => window.sessionStorage.getItem('hexclave-demo:adapter') ?? window.sessionStorage.setItem('hexclave-demo:adapter', 'rest'))
  return context
}
rmSync(shots, { recursive: true, force: true }) // no stale FAILED-* shots from an earlier run
mkdirSync(shots, { recursive: true })

// ---- a tiny sequential harness -----------------------------------------------------------------
let passed = 0
let failed = 0
let skipped = 0
const errors = []

const tests = []
/** Registers a test; it runs once per adapter mode, or only in `options.modes`. `fn(page, mode)`. */
const test = (name, fn, options = {}) => void tests.push({ name, fn, modes: options.modes ?? ['memory', 'rest'] })
/** The mode of the tests now running. */
let mode = 'memory'

async function run(context, { name, fn }) {
  const label = `[${mode}] ${name}`
  if (filter && !name.includes(filter)) {
    skipped++
    return
  }
  const page = await context.newPage()
  page.on('pageerror', (error) => errors.push(`${label}: page error: ${error.message}`))
  const t0 = Date.now()
  try {
    await fn(page, mode)
    passed++
    console.log(`  ✓ ${label} (${Date.now() - t0} ms)`)
  } catch (error) {
    failed++
    console.log(`  ✗ ${label}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`)
    await page.screenshot({ path: path.join(shots, `FAILED-${label.replace(/[^a-z0-9]+/gi, '-')}.png`) }).catch(() => {})
  } finally {
    await page.close()
  }
}

const shot = (page, name) => page.screenshot({ path: path.join(shots, `${mode === 'rest' ? 'rest-' : ''}${name}.png`), fullPage: true })
const dialog = (page) => page.locator('[data-slot="create-checkout-dialog"]')
const url = (page) => new URL(page.url())

/** The one shared dialog is open in `mode`; then closes it with Escape. */
async function expectDialog(page, mode, screenshot) {
  const d = dialog(page)
  await d.waitFor({ state: 'visible' })
  assert.equal(await page.locator('[data-slot="create-checkout-dialog"]').count(), 1, 'exactly one dialog')
  assert.equal(await d.getAttribute('data-mode'), mode)
  if (screenshot) await shot(page, screenshot)
  await page.keyboard.press('Escape')
  await d.waitFor({ state: 'hidden' })
}

async function openFirstRowMenu(page) {
  const trigger = page.getByRole('button', { name: /^Actions for/ }).first()
  await trigger.click()
  await page.getByRole('menuitem', { name: 'Create checkout' }).click()
}

const typeItem = (page, type) => page.locator(`[data-slot="customer-type-select-item"][data-value="${type}"]`)
const searchbox = (page) => page.getByRole('searchbox')
const browserView = (page) => page.locator('[data-slot="customers-browser"]')

async function openCustomerRow(page, name) {
  await page.getByRole('link', { name, exact: true }).first().click()
  await page.locator('[data-slot="customers-browser"][data-view="customer"]').waitFor()
}

const modeLabel = (page) => page.getByTestId('adapter-mode')
const MODE_LABEL = { memory: 'Memory adapter', rest: 'REST adapter' }

// ---- tests -------------------------------------------------------------------------------------

test('overview renders (light and dark)', async (page, mode) => {
  await page.goto(`${origin}/`)
  await page.getByRole('heading', { name: 'Overview' }).waitFor()
  assert.equal((await modeLabel(page).textContent()).trim(), MODE_LABEL[mode])
  // Counts settle: teams and custom customers are counted in both modes; the REST API cannot count
  // users, and the overview says so instead of loading forever.
  await page.waitForFunction(() => !document.querySelector('.stat__value[aria-busy="true"]'))
  const stat = (label) => page.locator('.stat').filter({ hasText: label })
  assert.match(await stat('Teams').locator('.stat__value').textContent(), /^\d[\d,]*\+?$/)
  assert.match(await stat('Custom customers').locator('.stat__value').textContent(), /^\d[\d,]*\+?$/)
  if (mode === 'rest') assert.match(await stat('Users').textContent(), /Not reported by this backend/)
  else assert.match(await stat('Users').locator('.stat__value').textContent(), /^\d[\d,]*\+?$/)
  await page.getByText('Users', { exact: true }).first().waitFor()
  await shot(page, '01-overview')
  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('dark')))
  await page.goto(`${origin}/users`)
  await page.getByRole('button', { name: /^Actions for/ }).first().waitFor()
  await shot(page, '02-users-dark')
  await page.getByRole('button', { name: 'Switch to light theme' }).click()
  assert.ok(!(await page.evaluate(() => document.documentElement.classList.contains('dark'))))
})

test('users: row menu → dialog (customer)', async (page) => {
  await page.goto(`${origin}/users`)
  await page.getByRole('button', { name: /^Actions for/ }).first().waitFor()
  assert.equal(await typeItem(page, 'team').count(), 0, 'the users table shows no type filter')
  await shot(page, '03-users')
  await openFirstRowMenu(page)
  await expectDialog(page, 'customer', '04-dialog-from-users-row')
})

let userPath = ''
test('user detail: header button and Payments tab → dialog (customer)', async (page) => {
  await page.goto(`${origin}/users`)
  const first = page.locator('.hx-ct-customer__name').first()
  await first.waitFor()
  const name = (await first.textContent()).trim()
  await first.click()
  await page.waitForURL(/\/users\/[^/]+$/)
  userPath = url(page).pathname
  await page.getByRole('heading', { level: 1, name }).waitFor()
  await shot(page, '05-user-detail')
  await page.locator('.page-header [data-slot="create-checkout-button"]').click()
  await expectDialog(page, 'customer')
  await page.getByRole('link', { name: 'Payments', exact: true }).click()
  await page.waitForURL(/\/payments$/)
  const sectionButton = page.locator('[data-slot="customer-payments-actions"] [data-slot="create-checkout-button"]')
  await sectionButton.waitFor()
  await shot(page, '06-user-payments')
  await sectionButton.click()
  await expectDialog(page, 'customer')
  // Back returns to the overview tab: the URL is the router's truth.
  await page.goBack()
  assert.equal(url(page).pathname, userPath)
})

test('teams: row menu, detail header and Payments tab → dialog (customer)', async (page) => {
  await page.goto(`${origin}/teams`)
  await page.getByRole('button', { name: /^Actions for/ }).first().waitFor()
  await shot(page, '07-teams')
  await openFirstRowMenu(page)
  await expectDialog(page, 'customer')
  await page.locator('.hx-ct-customer__name').first().click()
  await page.waitForURL(/\/teams\/[^/]+$/)
  await page.locator('.page-header [data-slot="create-checkout-button"]').click()
  await expectDialog(page, 'customer')
  await shot(page, '08-team-detail')
  await page.getByRole('link', { name: 'Payments', exact: true }).click()
  const sectionButton = page.locator('[data-slot="customer-payments-actions"] [data-slot="create-checkout-button"]')
  await sectionButton.click()
  await expectDialog(page, 'customer')
  await shot(page, '09-team-payments')
})

test('products: card menu and product page ellipsis menu → dialog (product)', async (page) => {
  await page.goto(`${origin}/products`)
  await page.getByRole('button', { name: 'Pro actions' }).click()
  await page.getByRole('menuitem', { name: 'Create checkout' }).click()
  await expectDialog(page, 'product', '11-dialog-from-product-card')
  await shot(page, '10-products')
  await page.getByRole('link', { name: 'Team starter', exact: true }).click()
  await page.waitForURL(/\/products\/team-starter$/)
  await page.getByRole('heading', { level: 1, name: 'Team starter' }).waitFor()
  await shot(page, '12-product-detail')
  await page.getByRole('button', { name: 'More product actions' }).click()
  await page.getByRole('menuitem', { name: 'Create checkout' }).click()
  await expectDialog(page, 'product')
})

test('customers: filter, search, open, Back restores, create link, copy', async (page) => {
  await page.goto(`${origin}/payments/customers`)
  await typeItem(page, 'custom').click()
  await page.waitForURL(/type=custom/)
  await searchbox(page).fill('acme')
  await page.waitForURL(/q=acme/)
  await page.getByRole('link', { name: 'acme-42', exact: true }).waitFor()
  await shot(page, '13-customers-filtered')
  await openCustomerRow(page, 'acme-42')
  assert.equal(url(page).searchParams.get('customer'), 'custom:acme-42')
  assert.match(url(page).search, /customer=custom:acme-42/, 'readable customer param')
  await shot(page, '14-customer-view')
  await page.getByRole('button', { name: 'Back to customers' }).click()
  await browserView(page).and(page.locator('[data-view="table"]')).waitFor()
  assert.equal(url(page).searchParams.get('type'), 'custom')
  assert.equal(url(page).searchParams.get('q'), 'acme')
  assert.equal(url(page).searchParams.get('customer'), null)
  assert.equal(await searchbox(page).inputValue(), 'acme')
  assert.equal(await typeItem(page, 'custom').getAttribute('aria-checked'), 'true')

  await openCustomerRow(page, 'acme-42')
  await page.locator('[data-slot="customers-browser"] [data-slot="create-checkout-button"]').click()
  const d = dialog(page)
  await d.waitFor()
  assert.equal(await d.getAttribute('data-mode'), 'customer')
  // acme-42 owns "API basic" (seeded in adapter.ts): disabled as "Already owned".
  const owned = d.getByRole('radio', { name: /API basic/ })
  await owned.waitFor()
  assert.ok(await owned.isDisabled(), 'an owned product is disabled')
  const ownedOption = d.locator('[data-slot="product-chooser-option"]').filter({ hasText: 'API basic' })
  assert.match(await ownedOption.textContent(), /Already owned/)
  assert.equal(await ownedOption.getAttribute('data-owned'), '')
  await d.getByRole('radio', { name: /API scale/ }).click()
  await d.getByRole('button', { name: 'Create link' }).click()
  await d.getByRole('button', { name: 'Copy link' }).click()
  await d.getByRole('status').filter({ hasText: 'Link copied' }).waitFor()
  const link = await d.getByRole('link', { name: /Open in new tab/ }).getAttribute('href')
  assert.match(link, /^https?:/)
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link)
  await shot(page, '15-checkout-link-copied')
})

test('customers: blocked purchases show their message (?blocked=1)', async (page) => {
  await page.goto(`${origin}/payments/customers?blocked=1&type=custom&customer=custom:acme-42`)
  await page.locator('[data-slot="customers-browser"] [data-slot="create-checkout-button"]').click()
  const d = dialog(page)
  await d.getByRole('radio', { name: /API scale/ }).click()
  await d.getByRole('button', { name: 'Create link' }).click()
  await d.getByRole('alert').filter({ hasText: 'New purchases are currently blocked for this project.' }).waitFor()
  assert.ok(await d.getByRole('radio', { name: /API scale/ }).isChecked(), 'selection kept')
  await shot(page, '16-purchases-blocked')
})

test('customers: browser back/forward follow the URL', async (page) => {
  await page.goto(`${origin}/payments/customers`)
  await typeItem(page, 'team').click()
  await page.waitForURL(/type=team/)
  await typeItem(page, 'custom').click()
  await page.waitForURL(/type=custom/)
  await page.goBack()
  await page.waitForURL(/type=team/)
  await page.waitForFunction(() => document.querySelector('[data-slot="customer-type-select-item"][data-value="team"]')?.getAttribute('aria-checked') === 'true')
  await page.goForward()
  await page.waitForURL(/type=custom/)
  await page.waitForFunction(() => document.querySelector('[data-slot="customer-type-select-item"][data-value="custom"]')?.getAttribute('aria-checked') === 'true')
  await openCustomerRow(page, 'acme-42')
  await page.goBack()
  await page.locator('[data-slot="customers-browser"][data-view="table"]').waitFor()
  assert.equal(url(page).searchParams.get('customer'), null)
  await page.goForward()
  await page.locator('[data-slot="customers-browser"][data-view="customer"]').waitFor()
  assert.equal(url(page).searchParams.get('customer'), 'custom:acme-42')
  // A reload keeps everything: the URL is the source of truth.
  await page.reload()
  await page.locator('[data-slot="customers-browser"][data-view="customer"]').waitFor()
})

test('the data source switch reloads the page in the other mode, and the tab keeps it', async (page, mode) => {
  const other = mode === 'rest' ? 'memory' : 'rest'
  await page.goto(`${origin}/teams`)
  await page.getByRole('button', { name: /^Actions for/ }).first().waitFor()
  const options = page.getByRole('group', { name: 'Data source' }).getByRole('link')
  assert.equal(await options.filter({ hasText: mode === 'rest' ? 'REST' : 'Memory' }).getAttribute('aria-current'), 'true')
  await options.filter({ hasText: other === 'rest' ? 'REST' : 'Memory' }).click()
  await page.waitForURL(new RegExp(`adapter=${other}`))
  await modeLabel(page).filter({ hasText: MODE_LABEL[other] }).waitFor()
  assert.equal(url(page).pathname, '/teams', 'stays on the page')
  await page.getByRole('button', { name: /^Actions for/ }).first().waitFor()
  // A link without the parameter, then a reload, stay in the chosen mode (sessionStorage).
  await page.getByRole('link', { name: 'Users', exact: true }).click()
  await page.waitForURL(/\/users$/)
  await page.reload()
  await modeLabel(page).filter({ hasText: MODE_LABEL[other] }).waitFor()
})

test('REST mode reads over HTTP through the host backend; no secret reaches the browser', async (page, mode) => {
  const calls = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/hexclave-api')) calls.push(request)
  })
  await page.goto(`${origin}/payments/customers?type=custom&customer=custom:acme-42`)
  await page.locator('[data-slot="customers-browser"][data-view="customer"]').waitFor()
  await page.getByText('API basic').first().waitFor()
  // Every sub-section loads, metrics and billing included (derived / read over HTTP in REST mode).
  await page.getByText('Total spent').first().waitFor()
  await page.locator('[data-slot="customer-payments-billing"]').waitFor()
  await page.waitForFunction(() => !document.querySelector('[data-slot="customers-browser"] [aria-busy="true"]'))
  assert.equal(await page.locator('[data-slot="customers-browser"] [role="alert"]').count(), 0, 'no sub-section failed')
  if (mode === 'memory') {
    assert.equal(calls.length, 0, 'the memory adapter makes no HTTP calls')
    return
  }
  const paths = calls.map((r) => new URL(r.url()).pathname)
  assert.ok(paths.includes('/hexclave-api/api/v1/payments/products/custom/acme-42'), `owned products over HTTP: ${paths.join(', ')}`)
  assert.ok(paths.includes('/hexclave-api/api/v1/internal/payments/transactions'), 'transactions over HTTP')
  for (const request of calls) {
    const headers = await request.allHeaders()
    assert.ok(!Object.keys(headers).some((h) => h.startsWith('x-hexclave-') || h.startsWith('x-stack-')), 'no API credentials sent by the browser')
  }
  await shot(page, '17-customer-view-over-rest')
})

test(
  'customers: a product granted elsewhere after the dialog opened shows the already-owned message',
  async (page) => {
    // A fresh custom customer: nothing owned, so "API basic" is selectable when the dialog opens.
    const id = `e2e-stale-${Date.now()}`
    await page.goto(`${origin}/payments/customers?type=custom&customer=custom:${id}`)
    await page.locator('[data-slot="customers-browser"] [data-slot="create-checkout-button"]').click()
    const d = dialog(page)
    const basic = d.getByRole('radio', { name: /API basic/ })
    await basic.click()
    // Another admin grants it through the API meanwhile (the host backend adds the admin key).
    const granted = await page.request.post(`${origin}/hexclave-api/api/v1/payments/products/custom/${id}`, { data: { product_id: 'api-basic' } })
    assert.equal(granted.status(), 200, await granted.text())
    await d.getByRole('button', { name: 'Create link' }).click()
    await d.getByRole('alert').filter({ hasText: 'The customer already owns this product.' }).waitFor()
    // The dialog refreshes the customer's products: the chooser now agrees with the message.
    await d.locator('[data-slot="product-chooser-option"][data-owned]').filter({ hasText: 'API basic' }).waitFor()
    assert.ok(await basic.isChecked(), 'selection kept')
    await shot(page, '18-already-owned-from-server')
  },
  // Memory mode has no second writer outside the page; the dialog's own tests cover the message there.
  { modes: ['rest'] },
)

console.log(`demo at ${origin}`)
for (const current of modes) {
  mode = current
  console.log(`${MODE_LABEL[mode]}:`)
  const context = await contextFor(mode)
  for (const t of tests) if (t.modes.includes(mode)) await run(context, t)
  await context.close()
}

await browser.close()
await server.close()
for (const error of errors) console.log(`  ! ${error}`)
if (errors.length && failed === 0) failed++
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped (${((Date.now() - started) / 1000).toFixed(1)} s)`)
process.exit(failed ? 1 : 0)
