// Build config of the bench pages (bench/<contender>.html → bench/dist/pages/<contender>/), one
// Vite build per contender so each bundle is its own. Used by bench/run.mjs through Vite's JS API.
//
// `@hexclave/payments-ui` resolves to the package as built by tsup into bench/dist/lib (what a
// host installs), or to src/ with BENCH_LIB=src (`npm run bench -- --lib=src`).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const fromSrc = process.env.BENCH_LIB === 'src'
const lib = fromSrc
  ? { main: here('../src/index.ts'), memory: here('../src/adapters/memory/index.ts'), css: here('../src/styles.css'), entry: here('../src/entries/$1.ts') }
  : { main: here('dist/lib/index.js'), memory: here('dist/lib/adapters/memory.js'), css: here('dist/lib/index.css'), entry: here('dist/lib/$1.js') }

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  resolve: {
    alias: [
      { find: /^@hexclave\/payments-ui$/, replacement: lib.main },
      { find: /^@hexclave\/payments-ui\/adapters\/memory$/, replacement: lib.memory },
      { find: /^@hexclave\/payments-ui\/styles\.css$/, replacement: lib.css },
      // The per-component entries (`/customer-table`, `/provider`, …).
      { find: /^@hexclave\/payments-ui\/([a-z-]+)$/, replacement: lib.entry },
    ],
  },
  build: {
    outDir: 'dist/pages',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      // Radix ships '"use client"' directives; they mean nothing in a bundle.
      onwarn: (warning, warn) => {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning)
      },
    },
  },
})
