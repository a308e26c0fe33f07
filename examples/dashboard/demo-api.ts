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
 * SDK mode (`?adapter=sdk`) runs the SDK adapter here, over the published `@stackframe/js` admin app
 * pointed at the same servers, and answers the page's bridge adapter at `/hexclave-sdk/*` and
 * `/hexclave-sdk-blocked/*` (sdk-bridge-server.ts): the SDK's keys stay on the server too.
 *
 * `HEXCLAVE_API_PORT` fixes the normal server's port (default: a free one); the blocked one always
 * takes a free port. The servers stop with the Vite server.
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Connect, Plugin } from 'vite'
import { StackAdminApp } from '@stackframe/js'
import type { PaymentsAdapter } from '@hexclave/payments-ui'
// The built package by path: this file runs in Node inside Vite's config loader, whose bundle lives
// under node_modules/.vite-temp, where the package cannot import itself by name.
import { createSdkAdapter } from '../../dist/adapters/sdk.js'
import { startReferenceServer, type ReferenceServer } from '../../test/rest-server/server'
import { serveBridge } from './sdk-bridge-server'
import { DEMO_API_PATH, DEMO_BLOCKED_API_PATH, DEMO_BLOCKED_SDK_PATH, DEMO_SDK_PATH, demoMemoryOptions } from './src/demo-data'

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

/** The SDK adapter over an admin app of `server`, as a host backend would build it. */
function sdkAdapter(server: ReferenceServer): PaymentsAdapter {
  const { projectId, serverKey, adminKey } = server.credentials
  const app = new StackAdminApp({
    baseUrl: server.url.replace(/\/api\/v1$/, ''),
    projectId,
    publishableClientKey: 'demo-publishable-key',
    secretServerKey: serverKey,
    superSecretAdminKey: adminKey,
    tokenStore: null,
  })
  return createSdkAdapter({ app })
}

type Servers = { normal: Promise<ReferenceServer>; blocked: Promise<ReferenceServer> }

function middleware(servers: Servers): Connect.NextHandleFunction {
  const sdk = { normal: servers.normal.then(sdkAdapter), blocked: servers.blocked.then(sdkAdapter) }
  const mounts: Array<{ prefix: string; serve: (rest: string, req: IncomingMessage, res: ServerResponse) => Promise<void> }> = [
    { prefix: DEMO_BLOCKED_API_PATH, serve: async (rest, req, res) => forward(await servers.blocked, rest, req, res) },
    { prefix: DEMO_API_PATH, serve: async (rest, req, res) => forward(await servers.normal, rest, req, res) },
    { prefix: DEMO_BLOCKED_SDK_PATH, serve: async (rest, req, res) => serveBridge(await sdk.blocked, rest, req, res) },
    { prefix: DEMO_SDK_PATH, serve: async (rest, req, res) => serveBridge(await sdk.normal, rest, req, res) },
  ]
  return (req, res, next) => {
    const url = req.url ?? '/'
    const mount = mounts.find((m) => url === m.prefix || url.startsWith(`${m.prefix}/`) || url.startsWith(`${m.prefix}?`))
    if (!mount) return next()
    mount.serve(url.slice(mount.prefix.length), req, res).catch(next)
  }
}

/** The Vite plugin: reference servers + same-origin forwarding, in dev and preview. */
export function demoApi(): Plugin {
  let servers: Servers | null = null
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
