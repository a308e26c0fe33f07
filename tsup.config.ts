import { defineConfig } from 'tsup'
import { pureCallsPlugin } from './scripts/pure-calls.ts'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'adapters/memory': 'src/adapters/memory/index.ts',
    'adapters/rest': 'src/adapters/rest/index.ts',
    'adapters/sdk': 'src/adapters/sdk/index.ts',
    core: 'src/core.ts',
    testing: 'src/testing/index.ts',
    shadcn: 'src/styles/shadcn.css',
  },
  format: ['esm', 'cjs'],
  // Declarations for the TypeScript entries only (the CSS entry would get an empty shadcn.d.ts).
  // tsup 8 sets baseUrl for the dts build, which TypeScript 6 rejects (TS5101) without ignoreDeprecations.
  dts: {
    entry: {
      index: 'src/index.ts',
      'adapters/memory': 'src/adapters/memory/index.ts',
      'adapters/rest': 'src/adapters/rest/index.ts',
      'adapters/sdk': 'src/adapters/sdk/index.ts',
      core: 'src/core.ts',
      testing: 'src/testing/index.ts',
    },
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
