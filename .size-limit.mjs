// Size budgets of issue 13, point 3, checked in CI by `npm run size` (size-limit + @size-limit/esbuild
// + @size-limit/file): each page is bundled from dist/ with esbuild (minified, NODE_ENV=production)
// and gzipped. Counted: everything but React (react, react-dom and their subpaths stay external),
// so our dependencies AND our other peers (@tanstack/react-query, @radix-ui/react-dropdown-menu)
// count, as in the table. @stackframe/js is the SDK adapter's optional, type-only peer.
//
// `limit` is the line's size when last measured, rounded up by about 2 %, so a change that grows a
// page fails CI; `target` is the budget, which never moves. Lower `limit` whenever a change
// shrinks a page, until it reaches `target`. `node scripts/size.mjs` prints both, and what each
// page loads later (on first use). Where a limit rose, the cause is written beside it.
//
// Dialogs and menus load on first use (a dynamic import, issue 13 point 3): pages that import a
// component (`/customer-table` + `/provider`, …) fell by 11–44 %. A page that imports everything
// still loads it all, now split into a few chunks (each gzipped apart, and linked by imports), so
// it pays about 3 KB more for the same code.

const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client']
const ignore = [...REACT, '@stackframe/js', '@stackframe/stack-shared']

/**
 * The budget lines, gzip, in kB of 1,000 bytes as size-limit counts (`target` a number, `limit` its
 * string). `import` maps each built file to what the page imports from it: the component pages go
 * through the per-component entries (`@hexclave/payments-ui/customer-table` + `/provider`, …), as
 * a page that cares about its size does; the main entry line takes everything.
 */
export const budgets = [
  { name: 'CustomerTable + PaymentsProvider', import: { 'dist/customer-table.js': '{ CustomerTable }', 'dist/provider.js': '{ PaymentsProvider }' }, target: 45, limit: '60.4 kB' /* was 60.7: no width state render after the rows (59.2 measured); was 70.6: /provider without the message catalogues (/messages), lighter rows, and the type filter on native radios, so no Radix radio group, roving focus, collection, presence or slot up front (71.1 before messages by area) */ },
  { name: 'CreateCheckoutDialog + PaymentsProvider', import: { 'dist/create-checkout.js': '{ CreateCheckoutDialog }', 'dist/provider.js': '{ PaymentsProvider }' }, target: 55, limit: '26.9 kB' /* was 51.2: CreateCheckoutDialog itself loads its code on first use (lazyDialog), and its building blocks left /create-checkout for /create-checkout-parts, so the page loads neither Radix Dialog nor the form up front (26.3 measured); was 51.8: /provider without the message catalogues (/messages); was 87.4: the customer picker's table loads when the picker first opens (88.2 before messages by area) */ },
  { name: 'CustomerPaymentsSection + PaymentsProvider', import: { 'dist/customer-payments.js': '{ CustomerPaymentsSection }', 'dist/provider.js': '{ PaymentsProvider }' }, target: 55, limit: '43.5 kB' /* 43.0 measured with the exported action dialogs' lazy shells beside the section's; was 62.9: the dates' tooltip (Radix Tooltip, Floating UI) loads on first hover or focus; /provider without the message catalogues */ },
  { name: 'everything from the main entry', import: { 'dist/index.js': '*' }, target: 90, limit: '84.8 kB' /* target met (83.1 measured): the exported dialogs (checkout, the four actions, the customer picker's) load their code on first use, and the main entry no longer re-exports /create-checkout-parts (the dialog's own code) or /create-checkout-menu-item (Radix DropdownMenu); was 125.3 (122.7 measured); was 126.6: native radios, the lazy tooltip; was 124.9: the CSV file's worker (issue 14) and the messages looked up by area; 113.9 before the chunk split, the CSV export and partial refunds */ },
  { name: 'adapters/rest', import: { 'dist/adapters/rest.js': '*' }, target: 10, limit: '10 kB' /* was 14.7: a customer's view, getCustomers and the mutations load on first call (+5.4 kB), formatIssuePath no longer pulls in the contract schemas; 9.93 measured, so the target itself */ },
  { name: 'styles.css', path: 'dist/index.css', target: 9, limit: '8.7 kB' /* was 8.5: the type filter's native radios (focus ring from :has, forced colours) and the tooltip's pending trigger; was 8.2: the row buttons' icons as CSS masks, for lighter rows (point 2) */, css: true },
]

/**
 * Counts what a page loads up front, not what it loads on first use: the build splits at every
 * dynamic `import()` (our lazy dialogs, menus and tooltips, issue 13 point 3), and this esbuild
 * plugin leaves in the metafile only the entry and the chunks it imports statically, which is
 * what size-limit then sums. `scripts/size.mjs` uses it too and prints the lazy chunks apart.
 */
export function initialChunksOnly() {
  return {
    name: 'initial-chunks-only',
    setup(build) {
      build.onEnd((result) => {
        const outputs = result.metafile?.outputs
        if (!outputs) return
        const initial = initialOutputs(outputs)
        for (const file of Object.keys(outputs)) if (!initial.has(file)) delete outputs[file]
      })
    },
  }
}

/** The output files a page loads up front: each entry and, transitively, its static imports. */
export function initialOutputs(outputs) {
  const initial = new Set()
  const visit = (file) => {
    if (initial.has(file) || !outputs[file]) return
    initial.add(file)
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') visit(imported.path)
  }
  // esbuild marks the target of a dynamic import() as an entry point too: only the page's own count.
  const loadedLater = new Set(Object.values(outputs).flatMap((output) => output.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path)))
  for (const [file, output] of Object.entries(outputs)) if (output.entryPoint && !loadedLater.has(file)) visit(file)
  return initial
}

// size-limit adds every peerDependency to `ignore`; the issue counts every peer but React, so the
// esbuild config gets our own list of externals instead.
const production = (config) => ({
  ...config,
  external: ignore,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  splitting: true,
  plugins: [...(config.plugins ?? []), initialChunksOnly()],
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
  // tsup's bare `import './chunk-….js'` lines (module order) in side-effect-free files: expected, not news.
  logOverride: { ...config.logOverride, 'ignored-bare-import': 'silent' },
})

export default budgets.map(({ name, path, import: imported, target, limit, css }) => ({
  name: `${name} (target ${target} kB)`,
  limit,
  gzip: true,
  ...(css ? { path } : { import: imported, ignore, modifyEsbuildConfig: production }),
}))
