// Size budgets of issue 13, point 3, checked in CI by `npm run size` (size-limit + @size-limit/esbuild
// + @size-limit/file): each page is bundled from dist/ with esbuild (minified, NODE_ENV=production)
// and gzipped. Counted: everything but React (react, react-dom and their subpaths stay external),
// so our dependencies AND our other peers (@tanstack/react-query, @radix-ui/react-dropdown-menu)
// count, as in the table. @stackframe/js is the SDK adapter's optional, type-only peer.
//
// `limit` is today's size rounded up by about 2 %, so CI passes now and a change that grows a page
// fails; `target` is the budget. Lower `limit` whenever a change shrinks a page (the
// budgets may only go down) until it reaches `target`. `node scripts/size.mjs` prints both.

const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client']
const ignore = [...REACT, '@stackframe/js', '@stackframe/stack-shared']

/** The budget lines, gzip, in kB of 1,000 bytes as size-limit counts (`target` a number, `limit` its string). */
export const budgets = [
  { name: 'CustomerTable + PaymentsProvider', path: 'dist/index.js', import: '{ CustomerTable, PaymentsProvider }', target: 45, limit: '98.9 kB' },
  { name: 'CreateCheckoutDialog + PaymentsProvider', path: 'dist/index.js', import: '{ CreateCheckoutDialog, PaymentsProvider }', target: 55, limit: '98.9 kB' },
  { name: 'CustomerPaymentsSection + PaymentsProvider', path: 'dist/index.js', import: '{ CustomerPaymentsSection, PaymentsProvider }', target: 55, limit: '112.1 kB' },
  { name: 'everything from the main entry', path: 'dist/index.js', import: '*', target: 90, limit: '113.9 kB' },
  { name: 'adapters/rest', path: 'dist/adapters/rest.js', import: '*', target: 10, limit: '14.2 kB' },
  { name: 'styles.css', path: 'dist/index.css', target: 9, limit: '8 kB', css: true },
]

// size-limit adds every peerDependency to `ignore`; the issue counts every peer but React, so the
// esbuild config gets our own list of externals instead.
const production = (config) => ({
  ...config,
  external: ignore,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
  // tsup's bare `import './chunk-….js'` lines (module order) in side-effect-free files: expected, not news.
  logOverride: { ...config.logOverride, 'ignored-bare-import': 'silent' },
})

export default budgets.map(({ name, path, import: imported, target, limit, css }) => ({
  name: `${name} (target ${target} kB)`,
  path,
  limit,
  gzip: true,
  ...(css ? {} : { import: imported, ignore, modifyEsbuildConfig: production }),
}))
