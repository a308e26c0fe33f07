import { afterAll, beforeAll } from 'vitest'
import { createRestAdapter } from '../../../src/adapters/rest'
import { describeAdapterContract } from '../../../src/testing/contract'
import { startReferenceServer, type ReferenceServer } from '../../rest-server/server'

let main: ReferenceServer
let blocked: ReferenceServer
let unconfigured: ReferenceServer

beforeAll(async () => {
  ;[main, blocked, unconfigured] = await Promise.all([
    startReferenceServer({ memory: { seed: 3 } }),
    startReferenceServer({ memory: { seed: 3, blockNewPurchases: true } }),
    startReferenceServer({ memory: { seed: 3, paymentsConfigured: false } }),
  ])
})

afterAll(async () => {
  await Promise.all([main.close(), blocked.close(), unconfigured.close()])
})

const adapterFor = (server: ReferenceServer) => createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders, retries: 0 })

describeAdapterContract('REST adapter over HTTP', () => adapterFor(main), {
  trustedReturnUrl: 'https://app.example.com/billing',
  makeBlockedAdapter: () => adapterFor(blocked),
  makePaymentsNotConfiguredAdapter: () => adapterFor(unconfigured),
})
