#!/usr/bin/env node
/* global document, window -- used inside page.evaluate / waitForFunction / addInitScript callbacks, which run in the browser */
/**
 * End-to-end tests of the demo host dashboard, through the BUILT package:
 *   1. builds the library (`npx tsup` → dist/) and, for the preview suite, the demo (vite build →
 *      examples/dashboard/dist/),
 *   2. the preview suite: serves the demo's production build with `vite preview` on 127.0.0.1,
 *      which also starts the Hexclave reference API servers on loopback and forwards /hexclave-api
 *      to them (demo-api.ts), and runs every test below,
 *   3. the dev smoke: starts the dev server that `npm start` runs (Vite's `createServer` with the
 *      same config, development mode: React's development build and <StrictMode> double mounting,
 *      modules compiled on demand) on 127.0.0.1 and a free port, with its own reference API
 *      servers, and checks that every page of the demo loads its data (no skeleton left, nothing
 *      busy, no error, no "Could not load"), the overview's counts, the Custom customers list and a
 *      created checkout link. Any page error, and any console error or warning (React's dev-mode
 *      warnings: keys, hydration, act…), fails the smoke test during which it was logged.
 * Both suites drive Debian Chromium (headless, the flags of test/chromium.ts) with playwright-core
 * and run every test in each adapter mode: the in-browser memory adapter, the REST adapter over
 * real HTTP, and the SDK adapter (the published `@stackframe/js` admin app, running in the demo's
 * Vite server behind a bridge; demo-api.ts) — one browser context per mode; the mode is set for each
 * tab. The servers and the browser are closed even when a test or a server fails.
 * Prints one `N passed, N failed, N skipped` line for everything; exits 1 on any failure.
 * Screenshots: e2e/screenshots/ (`<name>.png` for memory mode, `rest-<name>.png` / `sdk-<name>.png` for the others,
 * `dev-` before either for the dev smoke; `FAILED-*.png` for failures).
 *
 *   node examples/dashboard/e2e/run.mjs            # everything: preview suite, then dev smoke
 *   node examples/dashboard/e2e/run.mjs --no-build # reuse dist/ and the demo build
 *   E2E_SERVERS=dev node …/run.mjs                 # only one part: preview (the suite), dev (the smoke)
 *   E2E_FILTER=customers node …/run.mjs            # only tests whose name contains "customers"
 *   E2E_MODES=rest node …/run.mjs                  # only some adapter modes (memory, rest, sdk)
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer as createNetServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { createServer, preview } from 'vite'

const here = path.dirname(fileURLToPath(import.meta.url))
const demo = path.resolve(here, '..')
const repo = path.resolve(demo, '../..')
const config = path.join(demo, 'vite.config.ts')
const shots = path.join(here, 'screenshots')
const started = Date.now()
const skipBuild = process.argv.includes('--no-build')
const filter = process.env.E2E_FILTER ?? ''
// `vite preview` sets NODE_ENV=production for the whole process; the dev server must start as
// under `npm start`, with the environment this process was given.
const nodeEnvAtStart = process.env.NODE_ENV

/** A comma-separated list from the environment, each entry one of `allowed`. */
function listFromEnv(name, allowed) {
  const list = (process.env[name] ?? allowed.join(',')).split(',').map((entry) => entry.trim())
  assert.ok(list.length && list.every((entry) => allowed.includes(entry)), `${name}: expected some of ${allowed.join(', ')}, got ${process.env[name]}`)
  return list
}
const servers = listFromEnv('E2E_SERVERS', ['preview', 'dev'])
const ALL_MODES = ['memory', 'rest', 'sdk']
const modes = listFromEnv('E2E_MODES', ALL_MODES)

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
  if (servers.includes('preview')) step('demo build (vite → examples/dashboard/dist/)', 'npx', ['vite', 'build', '--config', config, '--logLevel', 'warn'])
}

// ---- the two servers, each with the reference API for REST mode (demo-api.ts) ------------------
const host = '127.0.0.1'

/** A port nothing listens on now (the dev server needs a fixed one: its HMR client connects to it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, host, () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

const SERVERS = {
  preview: {
    title: 'Preview suite (vite preview: the production build)',
    prefix: '',
    /** Default wait of every action and assertion. */
    timeout: 10_000,
    consoleFails: false,
    /** The built demo (SPA fallback). */
    start: () => preview({ configFile: config, logLevel: 'warn', preview: { host, port: 0, strictPort: false, open: false } }),
  },
  dev: {
    title: 'Dev smoke (the dev server of `npm start`: React development mode, <StrictMode>)',
    prefix: 'dev ',
    // Development mode is slower: every module is served one by one, React checks more.
    timeout: 30_000,
    consoleFails: true,
    /** What scripts/start.mjs runs (`vite --config examples/dashboard/vite.config.ts`), in process. */
    async start() {
      if (nodeEnvAtStart === undefined) delete process.env.NODE_ENV
      else process.env.NODE_ENV = nodeEnvAtStart
      // The free port can be taken between the probe and the listen (another process on a busy
      // machine): then a new one, a few times.
      let server
      for (let attempt = 1; ; attempt++) {
        server = await createServer({ configFile: config, logLevel: 'warn', server: { host, port: await freePort(), strictPort: true, open: false } })
        try {
          await server.listen()
          break
        } catch (error) {
          await server.close()
          if (attempt >= 5 || !/already in use/.test(String(error?.message))) throw error
        }
      }
      assert.equal(server.config.mode, 'development')
      assert.ok(!server.config.isProduction, 'the dev server runs in development mode')
      return server
    },
  },
}

// ---- Chromium, with the same flags as the vitest browser tests ---------------------------------
const chromiumTs = readFileSync(path.join(repo, 'test/chromium.ts'), 'utf8')
const args = [...chromiumTs.matchAll(/'(--[a-z0-9-]+)'/g)].map((m) => m[1])
assert.ok(args.length >= 5, 'could not read CHROMIUM_ARGS from test/chromium.ts')
let browser = null
/** One browser context per adapter mode; each new tab starts in that mode (adapter.ts reads sessionStorage). */
async function contextFor(mode) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] })
  context.setDefaultTimeout(server.timeout)
  // Only when the tab has no choice yet: a switch made in the tab (and kept across reloads) wins.
  await context.addInitScript((mode) => window.sessionStorage.getItem('hexclave-demo:adapter') ?? window.sessionStorage.setItem('hexclave-demo:adapter', mode), mode)
  return context
}
rmSync(shots, { recursive: true, force: true }) // no stale FAILED-* shots from an earlier run
mkdirSync(shots, { recursive: true })

// ---- a tiny sequential harness -----------------------------------------------------------------
let passed = 0
let failed = 0
let skipped = 0

const tests = []
/** Registers a test of the preview suite; it runs once per adapter mode, or only in `options.modes`. `fn(page, mode)`. */
const test = (name, fn, options = {}) => void tests.push({ name, fn, modes: options.modes ?? ALL_MODES, server: options.server ?? 'preview' })
/** Registers a test of the dev smoke (same harness, against the dev server). */
const smoke = (name, fn, options = {}) => test(name, fn, { ...options, server: 'dev' })
/** The server (an entry of SERVERS), its origin and the adapter mode of the tests now running. */
let server = SERVERS.preview
let origin = ''
let mode = 'memory'

/** Describes a failure: its message and the first frames of its stack. */
const describeError = (error) => String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')

async function run(context, { name, fn }) {
  const label = `[${server.prefix}${mode}] ${name}`
  if (filter && !name.includes(filter)) {
    skipped++
    return
  }
  const page = await context.newPage()
  /** What the browser reported while the test ran: page errors, and console errors/warnings where they fail. */
  const reported = []
  page.on('pageerror', (error) => reported.push(`page error: ${error.message}`))
  if (server.consoleFails) {
    page.on('console', (message) => {
      const where = message.location().url
      // The datasets' avatars live on avatars.example.com, which never resolves: only failed loads
      // from the demo's own origin count (modules, the API).
      if (message.text().startsWith('Failed to load resource') && !where.startsWith(origin)) return
      if (message.type() === 'error' || message.type() === 'warning') reported.push(`console.${message.type()}: ${message.text()} (${where})`)
    })
  }
  const t0 = Date.now()
  try {
    await fn(page, mode)
    if (reported.length) throw new Error(`the browser reported ${reported.length} problem(s):\n${reported.join('\n')}`)
    passed++
    console.log(`  ✓ ${label} (${Date.now() - t0} ms)`)
  } catch (error) {
    failed++
    console.log(`  ✗ ${label} (${Date.now() - t0} ms)\n    ${describeError(error)}`)
    // Reported problems the failure did not already name (it may have come first).
    for (const problem of reported) if (!String(error?.message).includes(problem)) console.log(`    ! ${problem}`)
    await page.screenshot({ path: path.join(shots, `FAILED-${label.replace(/[^a-z0-9]+/gi, '-')}.png`) }).catch(() => {})
  } finally {
    await page.close()
  }
}

const shot = (page, name) => page.screenshot({ path: path.join(shots, `${server.prefix.trim() ? `${server.prefix.trim()}-` : ''}${mode === 'memory' ? '' : `${mode}-`}${name}.png`), fullPage: true })
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
/** The type filter shows `type` as checked: its item's data-state and the native radio inside it. */
const typeChecked = (type) => {
  const item = document.querySelector(`[data-slot="customer-type-select-item"][data-value="${type}"]`)
  return item?.getAttribute('data-state') === 'checked' && item.querySelector('input[type="radio"]')?.checked === true
}
const searchbox = (page) => page.getByRole('searchbox')
const browserView = (page) => page.locator('[data-slot="customers-browser"]')

async function openCustomerRow(page, name) {
  await page.getByRole('link', { name, exact: true }).first().click()
  await page.locator('[data-slot="customers-browser"][data-view="customer"]').waitFor()
}

const modeLabel = (page) => page.getByTestId('adapter-mode')
const MODE_LABEL = { memory: 'Memory adapter', rest: 'REST adapter', sdk: 'SDK adapter' }
/** The data source switch's option for each mode. */
const SWITCH_LABEL = { memory: 'Memory', rest: 'REST', sdk: 'SDK' }

const COUNT = /^\d[\d,]*\+?$/

/** The overview's counts settle to numbers: teams and custom customers in both modes; the REST API
 *  cannot count users, and the overview says so instead of loading forever. */
async function expectOverviewCounts(page, mode) {
  await page.getByRole('heading', { name: 'Overview' }).waitFor()
  assert.equal((await modeLabel(page).textContent()).trim(), MODE_LABEL[mode])
  await page.waitForFunction(() => !document.querySelector('.stat__value[aria-busy="true"]'))
  const expectStat = async (label, pattern, part = '.stat__value') => {
    const card = page.locator('.stat').filter({ hasText: label })
    assert.match((await card.locator(part).textContent()).trim(), pattern, `overview: ${(await card.innerText()).replace(/\s+/g, ' ')}`)
  }
  await expectStat('Teams', COUNT)
  await expectStat('Custom customers', COUNT)
  if (mode !== 'memory') await expectStat('Users', /^Not reported by this backend$/, '.stat__note')
  else await expectStat('Users', COUNT)
}

/** Creates a checkout link in the open dialog `d` for the product `product` (a radio locator) and returns it. */
async function createLink(d, product) {
  await product.click()
  await d.getByRole('button', { name: 'Create link' }).click()
  const link = await d.getByRole('link', { name: /Open in new tab/ }).getAttribute('href')
  assert.match(link, /^https?:/)
  return link
}

// ---- the preview suite -------------------------------------------------------------------------

test('overview renders (light and dark)', async (page, mode) => {
  await page.goto(`${origin}/`)
  await expectOverviewCounts(page, mode)
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

test('customers: filter, search, open, Back restores, create link, copy', async (page, mode) => {
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
  assert.ok(await page.evaluate(typeChecked, 'custom'), 'the Custom filter is checked')

  await openCustomerRow(page, 'acme-42')
  await page.locator('[data-slot="customers-browser"] [data-slot="create-checkout-button"]').click()
  const d = dialog(page)
  await d.waitFor()
  assert.equal(await d.getAttribute('data-mode'), 'customer')
  if (mode === 'sdk') {
    // The published SDK creates checkout links for users and teams only: the dialog says so.
    await d.locator('[data-slot="create-checkout-unavailable"]').waitFor()
    assert.ok(await d.getByRole('button', { name: 'Create link' }).isDisabled(), 'no link can be requested')
    await shot(page, '15-custom-checkout-unavailable')
    return
  }
  // acme-42 owns "API basic" (seeded in adapter.ts): disabled as "Already owned".
  const owned = d.getByRole('radio', { name: /API basic/ })
  await owned.waitFor()
  assert.ok(await owned.isDisabled(), 'an owned product is disabled')
  const ownedOption = d.locator('[data-slot="product-chooser-option"]').filter({ hasText: 'API basic' })
  assert.match(await ownedOption.textContent(), /Already owned/)
  assert.equal(await ownedOption.getAttribute('data-owned'), '')
  const link = await createLink(d, d.getByRole('radio', { name: /API scale/ }))
  await d.getByRole('button', { name: 'Copy link' }).click()
  await d.getByRole('status').filter({ hasText: 'Link copied' }).waitFor()
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link)
  await shot(page, '15-checkout-link-copied')
})

/** A downloaded CSV file's records: checks the UTF-8 BOM and CRLF record ends. */
async function csvRecords(download) {
  const bytes = readFileSync(await download.path())
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the file starts with the UTF-8 BOM')
  const text = bytes.subarray(3).toString('utf8')
  assert.ok(text.endsWith('\r\n'), 'records end with CRLF')
  return text.slice(0, -2).split('\r\n')
}

test("customers: Export CSV downloads every row the table shows, quoted and neutralised; and a customer's transactions", async (page) => {
  await page.goto(`${origin}/payments/customers?type=custom&q=acme`)
  await page.getByRole('link', { name: 'acme-42', exact: true }).waitFor()
  const rowsShown = await page.locator('[data-slot="customer-table-row"]').count()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()])
  assert.match(download.suggestedFilename(), /^customers-custom-\d{4}-\d{2}-\d{2}\.csv$/)
  const [header, ...rows] = await csvRecords(download)
  assert.equal(header, 'type,id,name,email,created_at')
  assert.equal(rows.length, rowsShown, `every row the table shows: ${rows.join(' | ')}`)
  assert.ok(rows.every((row) => row.startsWith('custom,')), 'only custom customers (the type filter)')
  assert.ok(rows.some((row) => row.startsWith('custom,acme-42,')), 'acme-42 is in the file')
  // The hostile id (demo-data.ts): quoted (comma, quotes doubled) and neutralised with a leading apostrophe.
  assert.ok(rows.some((row) => row.startsWith(`custom,"'=acme+1,""x""",`)), `the hostile id, escaped: ${rows.join(' | ')}`)
  await page.locator('[data-slot="csv-export-done"]').filter({ hasText: `Exported ${rows.length} rows` }).waitFor()

  await openCustomerRow(page, 'acme-42')
  const transactions = page.locator('[data-slot="customer-payments-transactions"]')
  const [file] = await Promise.all([page.waitForEvent('download'), transactions.getByRole('button', { name: 'Export CSV' }).click()])
  const [txHeader, ...txRows] = await csvRecords(file)
  assert.match(txHeader, /^customer_type,customer_id,transaction_id,created_at,type,test_mode,amount,currency,/)
  assert.ok(txRows.length > 0 && txRows.every((row) => row.startsWith('custom,acme-42,')), `acme-42's transactions: ${txRows.join(' | ')}`)
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
}, { modes: ['memory', 'rest'] })

test('users: blocked purchases show their message (?blocked=1)', async (page) => {
  await page.goto(`${origin}/users?blocked=1`)
  await openFirstRowMenu(page)
  const d = dialog(page)
  const product = d.getByRole('radio', { disabled: false }).first()
  await product.click()
  await d.getByRole('button', { name: 'Create link' }).click()
  await d.getByRole('alert').filter({ hasText: 'New purchases are currently blocked for this project.' }).waitFor()
  assert.ok(await product.isChecked(), 'selection kept')
  await shot(page, '16-purchases-blocked-user')
}, { modes: ['sdk'] })

test('customers: browser back/forward follow the URL', async (page) => {
  await page.goto(`${origin}/payments/customers`)
  await typeItem(page, 'team').click()
  await page.waitForURL(/type=team/)
  await typeItem(page, 'custom').click()
  await page.waitForURL(/type=custom/)
  await page.goBack()
  await page.waitForURL(/type=team/)
  await page.waitForFunction(typeChecked, 'team')
  await page.goForward()
  await page.waitForURL(/type=custom/)
  await page.waitForFunction(typeChecked, 'custom')
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
  const other = mode === 'memory' ? 'rest' : 'memory'
  await page.goto(`${origin}/teams`)
  await page.getByRole('button', { name: /^Actions for/ }).first().waitFor()
  const options = page.getByRole('group', { name: 'Data source' }).getByRole('link')
  assert.equal(await options.filter({ hasText: SWITCH_LABEL[mode] }).getAttribute('aria-current'), 'true')
  await options.filter({ hasText: SWITCH_LABEL[other] }).click()
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

test('REST and SDK modes read over HTTP through the host backend; no secret reaches the browser', async (page, mode) => {
  const calls = []
  page.on('request', (request) => {
    if (/^\/hexclave-(api|sdk)/.test(new URL(request.url()).pathname)) calls.push(request)
  })
  await page.goto(`${origin}/payments/customers?type=custom&customer=custom:acme-42`)
  await page.locator('[data-slot="customers-browser"][data-view="customer"]').waitFor()
  await page.getByText('API basic').first().waitFor()
  // Every sub-section loads, metrics and billing included (derived / read over HTTP in REST mode);
  // the SDK cannot read billing from a server, so SDK mode has no billing section.
  await page.getByText('Total spent').first().waitFor()
  if (mode !== 'sdk') await page.locator('[data-slot="customer-payments-billing"]').waitFor()
  await page.waitForFunction(() => !document.querySelector('[data-slot="customers-browser"] [aria-busy="true"]'))
  assert.equal(await page.locator('[data-slot="customers-browser"] [role="alert"]').count(), 0, 'no sub-section failed')
  if (mode === 'memory') {
    assert.equal(calls.length, 0, 'the memory adapter makes no HTTP calls')
    return
  }
  const paths = calls.map((r) => new URL(r.url()).pathname)
  if (mode === 'sdk') {
    // The page talks only to the bridge; the SDK (and its keys) run in the host backend.
    assert.ok(paths.includes('/hexclave-sdk/call/listOwnedProducts'), `owned products through the SDK bridge: ${paths.join(', ')}`)
    assert.ok(paths.includes('/hexclave-sdk/call/listTransactions'), 'transactions through the SDK bridge')
    assert.ok(!paths.some((p) => p.startsWith('/hexclave-api')), 'the page never calls the API itself')
  } else {
    assert.ok(paths.includes('/hexclave-api/api/v1/payments/products/custom/acme-42'), `owned products over HTTP: ${paths.join(', ')}`)
    assert.ok(paths.includes('/hexclave-api/api/v1/internal/payments/transactions'), 'transactions over HTTP')
  }
  for (const request of calls) {
    const headers = await request.allHeaders()
    assert.ok(!Object.keys(headers).some((h) => h.startsWith('x-hexclave-') || h.startsWith('x-stack-')), 'no API credentials sent by the browser')
  }
  await shot(page, '17-customer-view-over-http')
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

// ---- the dev smoke -----------------------------------------------------------------------------

/** Anything that says it is loading: skeletons, busy regions, a table still loading or showing stale rows. */
const LOADING = '[data-slot*="skeleton"], .hx-skeleton, [aria-busy="true"], [data-slot="customer-table"][data-status="loading"], [data-stale]'
/** The name links of the customer table's rows (of one customer type, or of any). */
const customerRows = (page, type) => page.locator(`[data-slot="customer-table-row"]${type ? `[data-type="${type}"]` : ''} .hx-ct-customer__name`)

/** What on the page is still loading, for failure messages. */
async function stillLoading(page) {
  const pending = await page.evaluate((loading) => [...document.querySelectorAll(loading)].map((el) => el.getAttribute('data-slot') ?? el.className), LOADING)
  return pending.length ? `${pending.length} element(s) still loading (${[...new Set(pending)].join(', ')})` : 'nothing loading'
}

/** Awaits `wait()`; when it times out, the error says what was awaited and what still loads. */
async function waitLoading(page, what, wait) {
  try {
    return await wait()
  } catch (error) {
    throw new Error(`${what}: ${await stillLoading(page)}; ${error.message.split('\n')[0]}`)
  }
}

/** Waits until nothing on the page loads any more (no skeleton, nothing aria-busy, no "Loading…"),
 *  then asserts that nothing failed to load (no alert, no error state, no "Could not load"). Call it
 *  once the page shows some of its data, so that the loading has begun. */
async function expectLoaded(page, what) {
  const settled = (loading) => !document.querySelector(loading) && !document.body.innerText.includes('Loading…')
  await waitLoading(page, `${what} never finished loading`, () => page.waitForFunction(settled, LOADING, { polling: 100 }))
  const failures = await page.locator('[role="alert"], [data-slot="error-state"]').allInnerTexts()
  assert.deepEqual(failures, [], `${what}: something failed to load`)
  assert.ok(!(await page.locator('body').innerText()).includes('Could not load'), `${what} says "Could not load"`)
}

/** The first row of the customer table on the page, once the list has loaded; with `type`, every row
 *  shown is of that customer type. */
async function firstLoadedRow(page, what, type) {
  const first = customerRows(page, type).first()
  await waitLoading(page, `${what} shows no row`, () => first.waitFor())
  await expectLoaded(page, what)
  if (type) assert.equal(await page.locator(`[data-slot="customer-table-row"]:not([data-type="${type}"])`).count(), 0, `${what} shows only ${type} rows`)
  return first
}

smoke('overview: every count, and its Custom customers link lists them', async (page, mode) => {
  await page.goto(`${origin}/`)
  await expectOverviewCounts(page, mode)
  await expectLoaded(page, 'the overview')
  await page.locator('.stat').filter({ hasText: 'Custom customers' }).click()
  await page.waitForURL(/\/payments\/customers\?type=custom$/)
  await firstLoadedRow(page, 'the Custom customers list', 'custom')
  await shot(page, '01-overview')
})

for (const [type, base] of [['user', '/users'], ['team', '/teams']]) {
  smoke(`${type}s: the list, a ${type} page and its Payments tab (also reloaded)`, async (page) => {
    await page.goto(`${origin}${base}`)
    const first = await firstLoadedRow(page, `the ${type}s list`, type)
    const name = (await first.textContent()).trim()
    await first.click()
    await page.waitForURL(new RegExp(`${base}/[^/]+$`))
    await page.getByRole('heading', { level: 1, name }).waitFor()
    await expectLoaded(page, `the ${type} page`)
    await page.getByRole('link', { name: 'Payments', exact: true }).click()
    await page.waitForURL(/\/payments$/)
    for (const reload of [false, true]) {
      if (reload) await page.reload()
      await page.locator('[data-slot="customer-payments-header"]').waitFor()
      await expectLoaded(page, `the ${type}'s Payments tab${reload ? ' (reloaded)' : ''}`)
    }
    await shot(page, `02-${type}-payments`)
  })
}

smoke('products: the cards and a product page', async (page) => {
  await page.goto(`${origin}/products`)
  const first = page.locator('.product-card__name').first()
  await first.waitFor()
  await expectLoaded(page, 'the products page')
  const name = (await first.textContent()).trim()
  await first.click()
  await page.waitForURL(/\/products\/[^/]+$/)
  await page.getByRole('heading', { level: 1, name }).waitFor()
  await page.getByRole('heading', { name: 'Prices' }).waitFor()
  await expectLoaded(page, 'the product page')
  await shot(page, '03-product')
})

smoke('payments → customers: every type, the Custom filter shows rows (also reloaded), a customer view', async (page) => {
  await page.goto(`${origin}/payments/customers`)
  await firstLoadedRow(page, 'the customers list')
  await typeItem(page, 'custom').click()
  await page.waitForURL(/type=custom/)
  for (const reload of [false, true]) {
    if (reload) await page.reload()
    await firstLoadedRow(page, `the Custom customers list${reload ? ' (reloaded)' : ''}`, 'custom')
  }
  await shot(page, '04-custom-customers')
  await customerRows(page).first().click()
  await page.locator('[data-slot="customers-browser"][data-view="customer"] [data-slot="customer-payments-header"]').waitFor()
  await expectLoaded(page, 'the customer view')
})

smoke('create checkout: from a users row, a product picked, the link created', async (page) => {
  await page.goto(`${origin}/users`)
  await firstLoadedRow(page, 'the users list')
  await openFirstRowMenu(page)
  const d = dialog(page)
  await createLink(d, d.getByRole('radio', { disabled: false }).first())
  await shot(page, '05-checkout-link')
})

// ---- run: each server in turn, each mode in turn -------------------------------------------------

/** Dev mode compiles the modules on the first load, which can take long on a cold start: once, with a long timeout. */
async function warmUp() {
  const t0 = Date.now()
  const context = await contextFor('memory')
  try {
    const page = await context.newPage()
    await page.goto(`${origin}/`, { timeout: 180_000 })
    await page.getByRole('heading', { name: 'Overview' }).waitFor({ timeout: 180_000 })
    // React's development build keeps debug fields on its fibers; the production build has none.
    const development = await page.evaluate(() => {
      const node = document.querySelector('#root > *')
      const key = node && Object.keys(node).find((k) => k.startsWith('__reactFiber$'))
      return Boolean(key && '_debugOwner' in node[key])
    })
    assert.ok(development, 'React does not run in development mode')
    console.log(`  ✓ first load compiled the app; React runs in development mode (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
  } finally {
    await context.close()
  }
}

try {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args, headless: true })
  for (const name of servers) {
    server = SERVERS[name]
    console.log(`${server.title}:`)
    let running = null
    try {
      running = await server.start()
      origin = `http://${host}:${running.httpServer.address().port}`
      console.log(`  demo at ${origin}`)
      if (name === 'dev') await warmUp()
      for (const current of modes) {
        mode = current
        console.log(` ${MODE_LABEL[mode]}:`)
        const context = await contextFor(mode)
        try {
          for (const t of tests) if (t.server === name && t.modes.includes(mode)) await run(context, t)
        } finally {
          await context.close()
        }
      }
    } catch (error) {
      failed++
      console.log(`  ✗ ${server.title}\n    ${describeError(error)}`)
    } finally {
      await running?.close()
    }
  }
} catch (error) {
  failed++
  console.log(`✗ ${describeError(error)}`)
} finally {
  await browser?.close()
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped (${((Date.now() - started) / 1000).toFixed(1)} s)`)
process.exit(failed ? 1 : 0)
