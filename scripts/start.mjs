#!/usr/bin/env node
/**
 * `npm start`: builds the library (`npm run build` → dist/), then serves the demo host dashboard
 * (examples/dashboard, which consumes the built package) with Vite's dev server.
 *
 *   npm start                      # http://localhost:5173
 *   npm start -- --port 8080       # or PORT=8080 npm start
 *   npm start -- --host            # also listen on the LAN
 *   VITE_ADAPTER=rest npm start    # start in REST mode (or open any page with ?adapter=rest, or ?adapter=sdk)
 *   HEXCLAVE_API_PORT=8787 npm start  # fix the reference API server's port (default: a free one)
 *
 * The Vite server also starts the Hexclave reference API server on 127.0.0.1 for REST and SDK modes,
 * forwards /hexclave-api to it and runs the SDK adapter for SDK mode behind /hexclave-sdk
 * (examples/dashboard/demo-api.ts).
 */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const portFlag = argv.indexOf('--port')
const port = Number(portFlag >= 0 ? argv[portFlag + 1] : (process.env.PORT ?? 5173))
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`Invalid port: ${portFlag >= 0 ? argv[portFlag + 1] : process.env.PORT}`)
  process.exit(2)
}
const host = argv.includes('--host')

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

console.log('Building @hexclave/payments-ui (npm run build)…')
const build = spawnSync(npm, ['run', 'build'], { cwd: repo, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const config = path.join(repo, 'examples/dashboard/vite.config.ts')
const server = spawn(npx, ['vite', '--config', config, '--port', String(port), '--strictPort', ...(host ? ['--host'] : [])], {
  cwd: repo,
  stdio: 'inherit',
  // The config imports TypeScript without extensions (bundled by Vite's default loader); silence the
  // notice about the future native loader.
  env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
})
console.log(`\nDemo dashboard: http://localhost:${port}/ (memory adapter) · http://localhost:${port}/?adapter=rest (REST adapter) · http://localhost:${port}/?adapter=sdk (SDK adapter)\n`)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
