/**
 * The demo host dashboard. It consumes the library as a host would: through the built package
 * (`dist/`), resolved from the `exports` map of the repo's package.json — never from `src/`. A
 * wrong path in `exports`, a missing entry or a missing stylesheet breaks this build.
 * Run `npm run build` first (scripts/start.mjs and e2e/run.mjs do).
 *
 * `demoApi()` serves the Hexclave reference API for REST mode (`?adapter=rest`), in dev and preview.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Alias } from 'vite'
import { demoApi } from './demo-api'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '../..')

type ExportTarget = string | { import?: string | { default?: string } }

/** One exact-match alias per public specifier, to the file the package's `exports` name for `import`. */
function packageAliases(): Alias[] {
  const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
    name: string
    exports: Record<string, ExportTarget>
  }
  const aliases: Alias[] = []
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (subpath === './package.json') continue
    const file = typeof target === 'string' ? target : typeof target.import === 'string' ? target.import : target.import?.default
    if (!file) throw new Error(`package.json exports["${subpath}"] has no import target`)
    const resolved = path.join(repo, file)
    if (!existsSync(resolved)) {
      throw new Error(`package.json exports["${subpath}"] → ${file} does not exist: run \`npm run build\` first`)
    }
    const specifier = pkg.name + subpath.slice(1)
    aliases.push({ find: new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`), replacement: resolved })
  }
  return aliases
}

export default defineConfig({
  root: here,
  plugins: [react(), demoApi()],
  resolve: { alias: packageAliases(), dedupe: ['react', 'react-dom'] },
  server: { port: 5173, strictPort: false },
  preview: { port: 5173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // The package marks every chunk '"use client"' for RSC hosts; irrelevant in a SPA bundle.
      onwarn: (warning, warn) => {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning)
      },
    },
  },
})
