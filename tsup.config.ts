import { defineConfig } from 'tsup'
import { pureCallsPlugin } from './scripts/pure-calls.ts'

/** The package's entry points (its `exports`). */
const PUBLIC_ENTRIES: Record<string, string> = {
  index: 'src/index.ts',
  'adapters/memory': 'src/adapters/memory/index.ts',
  'adapters/rest': 'src/adapters/rest/index.ts',
  'adapters/sdk': 'src/adapters/sdk/index.ts',
  core: 'src/core.ts',
  testing: 'src/testing/index.ts',
  // Per-component entries: a page that imports from them loads only what it uses, with any bundler.
  provider: 'src/entries/provider.ts',
  'customer-table': 'src/entries/customer-table.ts',
  'create-checkout': 'src/entries/create-checkout.ts',
  'create-checkout-parts': 'src/entries/create-checkout-parts.ts',
  'create-checkout-menu-item': 'src/entries/create-checkout-menu-item.ts',
  'customer-selector': 'src/entries/customer-selector.ts',
  'customers-browser': 'src/entries/customers-browser.ts',
  'customer-payments': 'src/entries/customer-payments.ts',
  'customer-payments-actions': 'src/entries/customer-payments-actions.ts',
  'csv-export': 'src/entries/csv-export.ts',
  // Every message and a translator over them all: no React, so no "use client" (server-safe).
  messages: 'src/entries/messages.ts',
}

export default defineConfig({
  entry: { ...PUBLIC_ENTRIES, shadcn: 'src/styles/shadcn.css' },
  format: ['esm', 'cjs'],
  // Declarations for the TypeScript entries only (the CSS entry would get an empty shadcn.d.ts).
  // tsup 8 sets baseUrl for the dts build, which TypeScript 6 rejects (TS5101) without ignoreDeprecations.
  dts: {
    entry: PUBLIC_ENTRIES,
    compilerOptions: { ignoreDeprecations: '6.0' },
  },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
  // The SDK adapter imports only types from @stackframe/js (an optional peer): never bundle it.
  external: ['vitest', '@stackframe/js', '@stackframe/stack-shared'],
  // /*#__PURE__*/ on module-level forwardRef/memo/cva/createContext… calls, so a host's bundler can
  // drop the components a page does not import (issue 13, point 3; see scripts/pure-calls.ts).
  esbuildPlugins: [pureCallsPlugin()],
  // "use client" on every built file that reaches React (never on the adapters, core or the chunks
  // they share), for RSC hosts. Not tsup's `banner`: rollup's tree-shaking drops directives.
  onSuccess: 'node scripts/mark-client-modules.mjs dist',
})
