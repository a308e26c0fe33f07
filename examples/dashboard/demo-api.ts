/**
 * The demo's "host backend" for REST mode, as a Vite plugin for both `vite` (dev, `npm start`) and
 * `vite preview` (the end-to-end tests).
 *
 * It starts two Hexclave reference API servers on loopback (test/rest-server: same paths, headers,
 * wire shapes and errors as the real API) over the demo's dataset, one normal and one whose project
 * blocks new purchases, and forwards `/hexclave-api/*` and `/hexclave-api-blocked/*` to them. The
 * forwarder adds the admin credentials on the server side, as a real host's backend would: the
 * secret admin key never reaches the browser, and the REST adapter there needs no headers. Being
 * same-origin, it also needs no CORS.
 *
 * `HEXCLAVE_API_PORT` fixes the normal server's port (default: a free one); the blocked one always
 * takes a free port. The servers stop with the Vite server.
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Connect, Plugin } from 'vite'
import { startReferenceServer, type ReferenceServer } from '../../test/rest-server/server'
import { DEMO_API_PATH, DEMO_BLOCKED_API_PATH, demoMemoryOptions } from './src/demo-data'

/** Drops what a browser must not set itself (auth, hop-by-hop) before the admin headers are added. */
function forwardedHeaders(req: IncomingMessage, admin: Record<string, string>): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || /^(x-hexclave-|x-stack-|host$|connection$|cookie$)/.test(name)) continue
    headers[name] = value
  }
  return { ...headers, ...admin }
}

/** Forwards one request to `server` (path below its `/api/v1`) and streams the answer back. */
function forward(server: ReferenceServer, rest: string, req: IncomingMessage, res: ServerResponse): void {
  const target = new URL(server.url + rest)
  const upstream = httpRequest(target, { method: req.method, headers: forwardedHeaders(req, server.adminHeaders) }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers)
    answer.pipe(res)
  })
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('The demo API server is not reachable.')
  })
  req.pipe(upstream)
}

function middleware(servers: { normal: Promise<ReferenceServer>; blocked: Promise<ReferenceServer> }): Connect.NextHandleFunction {
  const mounts = [
    { prefix: DEMO_BLOCKED_API_PATH, server: servers.blocked },
    { prefix: DEMO_API_PATH, server: servers.normal },
  ]
  return (req, res, next) => {
    const url = req.url ?? '/'
    const mount = mounts.find((m) => url === m.prefix || url.startsWith(`${m.prefix}/`) || url.startsWith(`${m.prefix}?`))
    if (!mount) return next()
    mount.server.then((server) => forward(server, url.slice(mount.prefix.length), req, res), next)
  }
}

/** The Vite plugin: reference servers + same-origin forwarding, in dev and preview. */
export function demoApi(): Plugin {
  let servers: { normal: Promise<ReferenceServer>; blocked: Promise<ReferenceServer> } | null = null
  const start = () => {
    const port = Number(process.env.HEXCLAVE_API_PORT ?? 0)
    servers ??= {
      normal: startReferenceServer({ port, memory: demoMemoryOptions() }),
      blocked: startReferenceServer({ memory: demoMemoryOptions({ blocked: true }) }),
    }
    return servers
  }
  const stop = async () => {
    if (!servers) return
    const running = servers
    servers = null
    await Promise.all([running.normal, running.blocked].map(async (s) => (await s).close()))
  }
  return {
    name: 'hexclave-demo-api',
    configureServer(vite) {
      const running = start()
      vite.middlewares.use(middleware(running))
      vite.httpServer?.once('close', () => void stop())
      void running.normal.then((server) =>
        vite.config.logger.info(`  Hexclave reference API (REST mode, ?adapter=rest): ${server.url} — forwarded at ${DEMO_API_PATH}`),
      )
    },
    configurePreviewServer(vite) {
      vite.middlewares.use(middleware(start()))
      vite.httpServer.once('close', () => void stop())
    },
  }
}
