#!/usr/bin/env node
/**
 * What a page pays for each import of the built package (issue 13, point 3), without size-limit's
 * plumbing: bundles a one-line page per budget line with esbuild (minified, ESM, browser,
 * NODE_ENV=production) from dist/ and prints the gzip size (level 9) next to the issue's target.
 * `.size-limit.mjs` checks the same lines in CI (`npm run size`); this script shows the numbers
 * side by side and can write them as JSON.
 *
 * What counts: everything a host would ship for that import except React itself (react,
 * react-dom, react/jsx-runtime stay external), so our dependencies AND our other peers
 * (@tanstack/react-query, @radix-ui/react-dropdown-menu) are counted, as in the issue's table
 * (a host that already ships them pays less). @stackframe/js is external: only adapters/sdk
 * imports it, and only its types.
 *
 *   npm run build && node scripts/size.mjs [--json out.json] [--modules]
 *
 * `--modules` also lists, per line, what its up-front JavaScript is made of: minified bytes by
 * package (ours by source folder), largest first, to see where a page's budget goes.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The budget lines and what stays external come from .size-limit.mjs (one list for both). */
const { budgets, initialOutputs } = await import(pathToFileURL(path.join(root, '.size-limit.mjs')).href)
/** Not counted: React (the issue's "no React"), and the SDK adapter's optional, type-only peer. */
export const EXTERNAL = ['react', 'react-dom', '@stackframe/js', '@stackframe/stack-shared']
const LINES = budgets.map((b) => ({
  name: b.name,
  file: b.path,
  imports: b.import,
  css: b.css,
  target: b.target,
  limit: b.limit,
}))

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length

async function measure(line) {
  // Minified like size-limit does (and a host's bundler would): the shipped file is not.
  if (line.css) {
    const file = path.join(root, line.file)
    return { initial: gzip((await esbuild.transform(readFileSync(file, 'utf8'), { loader: 'css', minify: true })).code), lazy: 0 }
  }
  const importLine = Object.entries(line.imports)
    .map(([file, imported]) => `export ${imported} from ${JSON.stringify(path.join(root, file))}`)
    .join('\n')
  const result = await esbuild.build({
    stdin: { contents: importLine, resolveDir: root, loader: 'js' },
    bundle: true, write: false, minify: true, format: 'esm', platform: 'browser', target: 'es2022', splitting: true, metafile: true,
    outdir: path.join(root, '.size-out'), logLevel: 'error', legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: EXTERNAL,
    // A page that imports the JS does not get our CSS through it (hosts import styles.css).
    loader: { '.css': 'empty' },
  })
  // Split at every dynamic import(), as a host's bundler does: what loads up front is the entry and
  // its static imports; the rest loads on first use (a dialog, a menu, a tooltip).
  const initial = new Set([...initialOutputs(result.metafile.outputs)].map((file) => path.resolve(root, file)))
  const sizes = { initial: 0, lazy: 0, modules: new Map() }
  for (const f of result.outputFiles) if (f.path.endsWith('.js')) sizes[initial.has(f.path) ? 'initial' : 'lazy'] += gzip(f.contents)
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (!initial.has(path.resolve(root, file))) continue
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const group = groupOf(input)
      sizes.modules.set(group, (sizes.modules.get(group) ?? 0) + bytesInOutput)
    }
  }
  return sizes
}

/** A package's name (`@tanstack/query-core`), or for our own code the folder under src/ it was built from. */
function groupOf(input) {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)
  if (inPackage) return inPackage[1]
  return `ours: ${input.replace(/^dist\//, '')}`
}

const kb = (bytes) => (bytes / 1000).toFixed(1) // kB of 1,000 bytes, as size-limit
const rows = []
for (const line of LINES) {
  const { initial, lazy } = await measure(line)
  rows.push({ name: line.name, bytes: initial, kb: Number(kb(initial)), lazyBytes: lazy, targetKb: line.target, limit: line.limit })
}
const width = Math.max(...rows.map((r) => r.name.length))
console.log(`${'gzip (esbuild, minified, React external)'.padEnd(width)}  ${'initial'.padStart(9)}  ${'CI limit'.padStart(9)}  ${'target'.padStart(8)}  ${'on first use'.padStart(12)}`)
for (const r of rows) {
  const over = r.kb > r.targetKb ? `  ${(r.kb / r.targetKb).toFixed(2)}× target` : ''
  const lazy = r.lazyBytes ? `+${kb(r.lazyBytes)} kB` : ''
  console.log(`${r.name.padEnd(width)}  ${`${kb(r.bytes)} kB`.padStart(9)}  ${r.limit.padStart(9)}  ${`${r.targetKb} kB`.padStart(8)}  ${lazy.padStart(12)}${over}`)
}
if (process.argv.includes('--modules')) {
  for (const [i, line] of LINES.entries()) {
    const modules = (await measure(line)).modules
    if (!modules?.size) continue // the CSS line has no modules
    console.log(`\n${rows[i].name}: minified bytes up front, by package`)
    for (const [group, bytes] of [...modules.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(bytes).padStart(8)}  ${group}`)
  }
}
const jsonAt = process.argv.indexOf('--json')
if (jsonAt !== -1) writeFileSync(process.argv[jsonAt + 1], `${JSON.stringify(rows, null, 2)}\n`)
