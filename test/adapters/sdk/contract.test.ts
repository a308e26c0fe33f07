// @vitest-environment node
/**
 * The SDK adapter passes the conformance suite against the reference server through the real
 * published SDK (`@stackframe/js`): an admin app alone, and a server app whose admin-only reads
 * go to a REST fallback. Nothing but loopback is contacted.
 */
import { it } from 'vitest'
import { createRestAdapter } from '../../../src/adapters/rest'
import { createSdkAdapter } from '../../../src/adapters/sdk'
import { describeAdapterContract } from '../../../src/testing/contract'
import type { ReferenceServer } from '../../rest-server/server'
import { adminApp, expectLoopbackOnly, serverApp, recordFetches, startServer } from './helpers'

recordFetches()
const main = startServer({ memory: { seed: 3 } })
const blocked = startServer({ memory: { seed: 3, blockNewPurchases: true } })
const unconfigured = startServer({ memory: { seed: 3, paymentsConfigured: false } })

const overAdmin = (server: ReferenceServer) => createSdkAdapter({ app: adminApp(server) })
const options = {
  trustedReturnUrl: 'https://app.example.com/billing',
  makeBlockedAdapter: () => overAdmin(blocked()),
  makePaymentsNotConfiguredAdapter: () => overAdmin(unconfigured()),
}

describeAdapterContract('SDK adapter (admin app, real SDK)', () => overAdmin(main()), options)

const overServer = (server: ReferenceServer) =>
  createSdkAdapter({ app: serverApp(server), fallback: createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders }) })

describeAdapterContract('SDK adapter (server app + REST fallback, real SDK)', () => overServer(main()), {
  ...options,
  makeBlockedAdapter: () => overServer(blocked()),
  makePaymentsNotConfiguredAdapter: () => overServer(unconfigured()),
})


it('contacted nothing but the loopback servers', () => {
  expectLoopbackOnly()
})
