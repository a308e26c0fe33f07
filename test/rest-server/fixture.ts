/** Reference servers for one test file: each test's servers are closed after it. */
import { afterEach } from 'vitest'
import { createRestAdapter } from '../../src/adapters/rest'
import { startReferenceServer, type ReferenceServer, type ReferenceServerOptions } from './server'

/**
 * Returns `serve(options)`, which starts a reference server on loopback over a small seeded
 * dataset (`defaults` merged with `options`) and closes it after the current test.
 */
export function referenceServers(defaults: ReferenceServerOptions): (options?: ReferenceServerOptions) => Promise<ReferenceServer> {
  const running: ReferenceServer[] = []
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.close()))
  })
  return async (options = {}) => {
    const server = await startReferenceServer({ ...defaults, ...options })
    running.push(server)
    return server
  }
}

/** Rewrites one JSON answer of the server: gets the parsed body and the request URL, returns the body to send. */
export type Rewrite = (body: unknown, url: URL) => unknown

/**
 * A REST adapter over `server` whose answers for paths ending in `path` (successful JSON ones)
 * pass through `rewrite` first: a backend that lies, built from real answers.
 */
export function rewritingAdapter(server: ReferenceServer, path: string, rewrite: Rewrite) {
  return createRestAdapter({
    baseUrl: server.url,
    headers: server.adminHeaders,
    fetch: async (input, init) => {
      const response = await globalThis.fetch(input, init)
      const url = new URL(String(input))
      if (!url.pathname.endsWith(path) || !response.ok) return response
      const body = rewrite(await response.json(), url)
      return new Response(body === undefined ? '' : JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
    },
  })
}
