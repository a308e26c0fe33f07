/**
 * What the bench's trace and profile scripts share: a static server of the pages `npm run bench`
 * last built (bench/dist/pages) on a free loopback port, and Debian's Chromium, headless.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const pagesDir = join(fileURLToPath(new URL('.', import.meta.url)), 'dist', 'pages')
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' }
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

/** Serves bench/dist/pages; resolves with its base URL and a `close()`. */
export async function servePages() {
  const server = createServer((req, res) => {
    const file = normalize(join(pagesDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)))
    if (!file.startsWith(pagesDir + sep) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    createReadStream(file).pipe(res)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { baseUrl: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }
}

/** Debian's Chromium (or `$CHROMIUM_PATH`), headless, with the bench's flags. */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true })
}
