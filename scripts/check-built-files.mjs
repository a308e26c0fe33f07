#!/usr/bin/env node
/**
 * Checks the built package (run after `npm run build`; CI runs it right after the build step):
 *
 *   1. every JS file in dist/ (ESM and CJS, chunks included) that reaches React, directly or
 *      through a chunk or package, starts with `"use client";`, and no other file does;
 *   2. the server-safe entries (adapters/rest, adapters/memory, adapters/sdk, core, messages) carry
 *      no directive and reach no React anywhere in their import graph;
 *   3. the source maps of the marked files still point at the right source lines;
 *   4. from plain Node, with React made unloadable: `import()` and `require()` of
 *      `@hexclave/payments-ui/adapters/rest` and `/core` work, `createRestAdapter` builds an
 *      adapter whose errors are `PaymentsError`s that `core`'s `isPaymentsError` recognises,
 *      and `PaymentsError` is constructible, and a method whose code the REST adapter loads on
 *      first call (a chunk of its own) works; `/messages`' `createTranslator` fills in
 *      `defaultMessages`' texts; `@hexclave/payments-ui/adapters/sdk` loads with
 *      React and the SDK (`@stackframe/*`) both unloadable, and `createSdkAdapter` builds an
 *      adapter over a stand-in app.
 *
 *   node scripts/check-built-files.mjs
 *
 * Prints one line per check and `N passed, N failed, 0 skipped`; exits 1 on any failure.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readImportGraph, repoRoot, startsWithUseClient } from './mark-client-modules.mjs'

const dist = path.join(repoRoot, 'dist')
const SERVER_SAFE_ENTRIES = ['adapters/rest', 'adapters/memory', 'adapters/sdk', 'core', 'messages']
/** What the probe makes unloadable: React, and the SDK, which the SDK adapter must never load itself. */
const REFUSED_SPECIFIER = /^(?:react|react-dom|@stackframe\/[^/]+)(?:\/|$)/

// ---- the probe: runs in a child Node process (see `probeFromPlainNode`) -------------------------
if (process.argv[2] === '--probe') {
  await probe()
  process.exit(0)
}

async function probe() {
  const { register, createRequire } = await import('node:module')
  // ESM: a resolve hook that refuses React. CJS: the same refusal in the CommonJS loader.
  const hook = `export async function resolve(specifier, context, next) {
    if (${REFUSED_SPECIFIER}.test(specifier)) throw new Error('a server-safe entry imported ' + specifier + ' (from ' + context.parentURL + ')')
    return next(specifier, context)
  }`
  register(`data:text/javascript,${encodeURIComponent(hook)}`)
  const require = createRequire(path.join(repoRoot, 'package.json'))
  const Module = require('node:module')
  const load = Module._load
  Module._load = function (request, parent, isMain) {
    if (REFUSED_SPECIFIER.test(request)) throw new Error(`a server-safe entry required ${request} (from ${parent?.filename})`)
    return load.call(this, request, parent, isMain)
  }

  const failures = []
  const expect = (ok, what) => void (ok || failures.push(what))
  const fetchFails = () => Promise.reject(new TypeError('fetch failed'))
  const forms = [
    ['import()', await import('@hexclave/payments-ui/adapters/rest'), await import('@hexclave/payments-ui/core'), await import('@hexclave/payments-ui/adapters/memory'), await import('@hexclave/payments-ui/adapters/sdk'), await import('@hexclave/payments-ui/messages')],
    ['require()', require('@hexclave/payments-ui/adapters/rest'), require('@hexclave/payments-ui/core'), require('@hexclave/payments-ui/adapters/memory'), require('@hexclave/payments-ui/adapters/sdk'), require('@hexclave/payments-ui/messages')],
  ]
  // A stand-in for the host's SDK app: the adapter must build over it without loading the SDK.
  const refuse = () => Promise.reject(new Error('not in the probe'))
  const standInApp = { listUsers: refuse, listTeams: refuse, getUser: refuse, getTeam: refuse, listProducts: refuse, getItem: refuse, grantProduct: refuse }
  for (const [form, rest, core, memory, sdk, messages] of forms) {
    const sdkAdapter = sdk.createSdkAdapter({ app: standInApp })
    expect(typeof core.validateAdapter(sdkAdapter).listCustomers === 'function', `${form}: adapters/sdk builds an adapter without the SDK`)
    expect(typeof sdkAdapter.unavailable['createCheckoutUrl:custom'] === 'string' && core.getCapabilities(sdkAdapter).unavailable.listTransactions !== undefined, `${form}: the SDK adapter says what it cannot do`)
    expect(typeof rest.createRestAdapter === 'function', `${form}: adapters/rest exports createRestAdapter`)
    expect(typeof memory.createMemoryAdapter === 'function', `${form}: adapters/memory exports createMemoryAdapter`)
    const t = messages.createTranslator({ 'state.retry': 'Erneut versuchen' }, 'de-DE')
    expect(t('state.retry') === 'Erneut versuchen' && t('error.network') === messages.defaultMessages['error.network'], `${form}: messages' createTranslator fills in the overrides and defaultMessages`)
    const error = new core.PaymentsError('network', { message: 'probe' })
    expect(error instanceof Error && error.code === 'network' && core.isPaymentsError(error), `${form}: core's PaymentsError is constructible and recognised`)
    expect(core.PAYMENTS_ERROR_CODES.includes('purchases_blocked'), `${form}: core exports PAYMENTS_ERROR_CODES`)
    const adapter = rest.createRestAdapter({ baseUrl: 'http://127.0.0.1:9/api/v1', fetch: fetchFails })
    expect(typeof core.validateAdapter(adapter).listCustomers === 'function', `${form}: core's validateAdapter accepts the REST adapter`)
    const failure = await adapter.listCustomers({ type: 'all', limit: 1 }).then(
      () => null,
      (reason) => reason,
    )
    expect(core.isPaymentsError(failure) && failure.code === 'network' && failure instanceof core.PaymentsError, `${form}: a REST adapter failure is a core PaymentsError (got ${failure})`)
    const aborted = await adapter.listCustomers({ type: 'all', limit: 1, signal: AbortSignal.abort() }).then(
      () => null,
      (reason) => reason,
    )
    expect(core.isAbortError(aborted), `${form}: an aborted read rejects with an AbortError that core's isAbortError recognises`)
    // getBilling's code is a chunk the adapter loads on first call (a dynamic import() in the built
    // file); a custom customer answers without a request, so this loads the chunk and nothing else.
    const billing = await adapter.getBilling({ customer: { type: 'custom', id: 'probe' } }).then(
      (value) => value,
      (reason) => reason,
    )
    expect(billing?.hasCustomer === false && billing.defaultPaymentMethod === null, `${form}: a REST method whose code loads on first call works (got ${billing})`)
    const local = await memory.createMemoryAdapter({ seed: 1, users: 3, teams: 1, customCustomers: 1 }).listCustomers({ type: 'all', limit: 2 })
    expect(local.items.length === 2, `${form}: the memory adapter lists customers`)
  }
  if (failures.length) {
    for (const failure of failures) console.error(`probe: ${failure}`)
    process.exit(1)
  }
}

// ---- the checks ---------------------------------------------------------------------------------
let passed = 0
let failed = 0
function check(name, problems) {
  if (problems.length === 0) {
    passed++
    console.log(`  ✓ ${name}`)
    return
  }
  failed++
  console.log(`  ✗ ${name}`)
  for (const problem of problems.slice(0, 20)) console.log(`      ${problem}`)
  if (problems.length > 20) console.log(`      … and ${problems.length - 20} more`)
}

/** Base64 VLQ segments of a source map's `mappings`, decoded per generated line (absolute values). */
function decodeMappings(mappings) {
  const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const state = [0, 0, 0, 0]
  return mappings.split(';').map((line) => {
    state[0] = 0
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values = []
        let value = 0
        let shift = 0
        for (const char of segment) {
          const digit = DIGITS.indexOf(char)
          value += (digit & 31) << shift
          if (digit & 32) shift += 5
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1)
            value = 0
            shift = 0
          }
        }
        values.forEach((delta, i) => (state[i] += delta))
        return { column: state[0], source: state[1], line: state[2] }
      })
  })
}

/** Whether a built file only re-exports chunks (ESM `import`/`export … from`, CJS `require` + getters). */
function reExportsOnly(code) {
  const glue = /^(?:"use client";|'use strict';|import ['"][^'"]+['"];|export \{[^}]*\} from ['"][^'"]+['"];|(?:var \w+ = )?require\(['"][^'"]+['"]\);|Object\.defineProperty\(exports, "[\w$]+", \{| {2}enumerable: true,| {2}get: function \(\) \{ return [\w$.]+; \}|\}\);|\/\/# sourceMappingURL=\S+)?$/
  return code.split('\n').every((line) => glue.test(line.trim() === '' ? '' : line))
}

/**
 * Problems with `file`'s map: a generated `function Name(` line (or, in a file without one, a
 * module-level `var Name = ` / `exports.Name = ` line, such as a lazy part's) must map to a source
 * line naming it.
 */
function sourceMapProblems(file, code) {
  const mapFile = path.join(dist, `${file}.map`)
  if (!existsSync(mapFile)) return [`dist/${file}: no source map`]
  const map = JSON.parse(readFileSync(mapFile, 'utf8'))
  const lines = decodeMappings(map.mappings)
  const generated = code.split('\n')
  const problems = []
  let probed = 0
  generated.forEach((text, index) => {
    // `function Name(` at the start of a line, or inside one (`var Name = forwardRef(function Name2(`,
    // esbuild's numbered rename): the line's first segment must map to a source line naming it.
    const name = /(?:^|[\s(=])(?:export )?(?:async )?function\*? ([A-Za-z_$][\w$]*?)\d*\(/.exec(text)?.[1]
    probe(name, index, 'function')
  })
  if (probed === 0) {
    generated.forEach((text, index) => probe(/^(?:var |exports\.)([A-Za-z_$][\w$]*?)\d* = /.exec(text)?.[1], index, 'var'))
  }
  function probe(name, index, kind) {
    const segment = name && lines[index]?.[0]
    if (!segment || probed >= 25) return
    probed++
    const original = map.sourcesContent?.[segment.source]?.split('\n')[segment.line]
    if (original !== undefined && !original.includes(name)) {
      problems.push(`dist/${file}:${index + 1} "${kind} ${name}" maps to ${map.sources[segment.source]}:${segment.line + 1} "${original.trim().slice(0, 60)}"`)
    }
  }
  // A per-component entry (dist/customer-table.js, …) only re-exports chunks: nothing to map.
  if (probed === 0 && !reExportsOnly(code)) problems.push(`dist/${file}: no function or variable declaration found to check the map with`)
  return problems
}

function probeFromPlainNode() {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--probe'], { cwd: repoRoot, encoding: 'utf8' })
  if (result.status === 0) return []
  return [`exit ${result.status}`, ...`${result.stderr}${result.stdout}`.trim().split('\n')]
}

function main() {
  if (!existsSync(path.join(dist, 'index.js'))) {
    console.error('check-built-files: dist/index.js is missing; run `npm run build` first.')
    console.log('0 passed, 1 failed, 0 skipped')
    process.exit(1)
  }
  const graph = readImportGraph(dist)
  const isClient = (file) => graph.reactPath(file) !== null
  const marked = (file) => startsWithUseClient(graph.nodes.get(file).code)
  const clients = graph.files.filter(isClient)
  console.log(`dist/: ${graph.files.length} JS files, ${clients.length} client modules`)

  check('every JS file that reaches React starts with "use client"', [
    ...(clients.some((f) => f === 'index.js') && clients.some((f) => f === 'index.cjs') ? [] : ['dist/index.js and dist/index.cjs should reach React']),
    ...clients.filter((f) => !marked(f)).map((f) => `dist/${f} reaches React (${graph.reactPath(f).join(' → ')}) but does not start with "use client";`),
  ])
  check('no file that never reaches React carries "use client"', graph.files.filter((f) => !isClient(f) && marked(f)).map((f) => `dist/${f} reaches no React but starts with "use client"`))

  const serverProblems = []
  for (const entry of SERVER_SAFE_ENTRIES) {
    for (const file of [`${entry}.js`, `${entry}.cjs`]) {
      if (!graph.nodes.has(file)) {
        serverProblems.push(`dist/${file} is missing`)
        continue
      }
      if (marked(file)) serverProblems.push(`dist/${file} is server-safe but starts with "use client"`)
      const via = graph.reactPath(file)
      if (via) serverProblems.push(`dist/${file} is server-safe but reaches React: ${via.join(' → ')}`)
      const reachable = new Set([file])
      for (const f of reachable) for (const next of graph.nodes.get(f).local) reachable.add(next)
      for (const f of reachable) if (f !== file && marked(f)) serverProblems.push(`dist/${file} imports dist/${f}, a "use client" module`)
    }
  }
  check(`server-safe entries (${SERVER_SAFE_ENTRIES.join(', ')}): no "use client", no React in their import graph`, serverProblems)

  check('source maps of the marked files still match their sources', clients.flatMap((f) => sourceMapProblems(f, graph.nodes.get(f).code)))
  check('plain Node (React and the SDK unloadable): import() and require() of adapters/rest, adapters/memory, adapters/sdk, core and messages work', probeFromPlainNode())

  console.log(`${passed} passed, ${failed} failed, 0 skipped`)
  if (failed) process.exit(1)
}

main()
