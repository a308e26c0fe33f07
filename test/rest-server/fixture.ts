/** Reference servers for one test file: each test's servers are closed after it. */
import { afterEach } from 'vitest'
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
