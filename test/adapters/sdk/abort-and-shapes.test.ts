// @vitest-environment node
/**
 * The SDK takes no AbortSignal: the adapter races every call against the caller's signal (an
 * abort rejects at once with an AbortError) while work several callers share runs on its own.
 * Malformed SDK data is `invalid_response` naming the method and the field.
 */
import { describe, expect, it } from 'vitest'
import { isAbortError } from '../../../src/adapter/errors'
import { validateAdapter } from '../../../src/adapter/validate'
import { createSdkAdapter, type SdkAdminApp, type SdkServerApp } from '../../../src/adapters/sdk'
import { allCustomers } from '../../rest-server/data'
import { adminApp, expectLoopbackOnly, paymentsErrorOf, recordFetches, rejectionOf, signal, startServer, wrapApp } from './helpers'

recordFetches()
const main = startServer({ memory: { seed: 7, users: 8, teams: 3, customCustomers: 3 } })

/** A promise with its resolve, to hold an SDK call until the test lets it go. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

type Users = Awaited<ReturnType<SdkServerApp['listUsers']>>
type Transactions = Awaited<ReturnType<SdkAdminApp['listTransactions']>>

describe('abort', () => {
  it('rejects at once with the AbortError when the caller aborts a pending SDK call', async () => {
    const app = wrapApp(adminApp(main()), { listUsers: () => new Promise<Users>(() => undefined) })
    const adapter = validateAdapter(createSdkAdapter({ app }))
    const controller = new AbortController()
    const pending = adapter.listCustomers({ type: 'user', limit: 5, signal: controller.signal })
    const reason = new DOMException('left the page', 'AbortError')
    controller.abort(reason)
    // The SDK call never settles: rejecting at all proves the abort does not wait for it.
    const error = await rejectionOf(pending)
    expect(error).toBe(reason)
  })

  it('never calls the SDK for an already aborted signal', async () => {
    let calls = 0
    const app = wrapApp(adminApp(main()), {
      listUsers: () => {
        calls += 1
        return new Promise<Users>(() => undefined)
      },
    })
    const error = await rejectionOf(createSdkAdapter({ app }).listCustomers({ type: 'user', limit: 5, signal: AbortSignal.abort() }))
    expect(isAbortError(error)).toBe(true)
    expect(calls).toBe(0)
  })

  it('keeps shared work (the custom-customer scan) running for the callers that stay', async () => {
    const real = adminApp(main())
    const gate = deferred<void>()
    let scans = 0
    const app = wrapApp(real, {
      listTransactions: async (options) => {
        scans += 1
        await gate.promise
        return real.listTransactions(options)
      },
    })
    const adapter = createSdkAdapter({ app })
    const leaving = new AbortController()
    const first = adapter.listCustomers({ type: 'custom', limit: 10, signal: leaving.signal })
    const second = adapter.listCustomers({ type: 'custom', limit: 10, signal: signal() })
    leaving.abort()
    expect(isAbortError(await rejectionOf(first))).toBe(true)
    gate.resolve()
    const page = await second
    expect(page.items.map((c) => c.id).sort()).toEqual((await allCustomers(main().memory, 'custom')).map((c) => c.id).sort())
    expect(scans).toBe(1)
  })

  it('a checkout left by one caller still answers another caller with the same key', async () => {
    const real = adminApp(main())
    const gate = deferred<void>()
    const app = wrapApp(real, {
      getUser: async (id) => {
        await gate.promise
        return real.getUser(id)
      },
    })
    const adapter = createSdkAdapter({ app })
    const [user] = await allCustomers(main().memory, 'user')
    const { products } = await main().memory.listProducts({ customerType: 'user', signal: signal() })
    const product = products.find((p) => !p.serverOnly)
    if (!user || !product) throw new Error('needs a user and a user product')
    const params = { customer: { type: 'user' as const, id: user.id }, productId: product.id, idempotencyKey: `abort-${Math.random()}` }
    const leaving = new AbortController()
    const first = adapter.createCheckoutUrl({ ...params, signal: leaving.signal })
    const second = adapter.createCheckoutUrl(params)
    leaving.abort()
    expect(isAbortError(await rejectionOf(first))).toBe(true)
    gate.resolve()
    expect((await second).url).toMatch(/^https?:\/\//)
  })
})

describe('malformed SDK data', () => {
  const real = () => adminApp(main())
  const customer = { type: 'user' as const, id: '8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' }

  it('names the method and the field', async () => {
    const badUser = { id: 'u1', displayName: null, primaryEmail: null, profileImageUrl: null, signedUpAt: 'yesterday' }
    const cases = [
      ['listCustomers', 'items[0].signedUpAt', wrapApp(real(), { listUsers: async () => Object.assign([badUser], { nextCursor: null }) as unknown as Users }), (a: ReturnType<typeof createSdkAdapter>) => a.listCustomers({ type: 'user', limit: 5, signal: signal() })],
      ['listCustomers', 'nextCursor', wrapApp(real(), { listUsers: async () => Object.assign([], { nextCursor: 5 }) as unknown as Users }), (a: ReturnType<typeof createSdkAdapter>) => a.listCustomers({ type: 'user', limit: 5, signal: signal() })],
      ['listTransactions', 'transactions', wrapApp(real(), { listTransactions: async () => ({ transactions: 'none', nextCursor: null }) as unknown as Transactions }), (a: ReturnType<typeof createSdkAdapter>) => a.listTransactions({ customer, limit: 5, signal: signal() })],
      ['listProducts', 'payments.products', wrapApp(real(), { getProject: async () => ({ getConfig: async () => ({ payments: { products: { pro: { prices: { monthly: { USD: 9 } } } } } }) }) }), (a: ReturnType<typeof createSdkAdapter>) => a.listProducts({ signal: signal() })],
      ['createCheckoutUrl', 'url', wrapApp(real(), { getUser: async () => ({ ...badUser, signedUpAt: new Date(), createCheckoutUrl: async () => '' }) }), (a: ReturnType<typeof createSdkAdapter>) => a.createCheckoutUrl({ customer, productId: 'pro', idempotencyKey: `bad-${Math.random()}` })],
    ] as const
    for (const [method, path, app, run] of cases) {
      const error = await paymentsErrorOf(run(createSdkAdapter({ app })))
      expect({ code: error.code, method: error.method, path: error.path?.startsWith(path) ? path : error.path }).toEqual({ code: 'invalid_response', method, path })
    }
  })

  it('checks owned products and item balances row by row', async () => {
    type Owned = Awaited<ReturnType<SdkServerApp['listProducts']>>
    const row = { id: 'pro', quantity: -1, displayName: 'Pro', customerType: 'user', isServerOnly: false, stackable: false, subscription: null }
    const owned = createSdkAdapter({ app: wrapApp(real(), { listProducts: async () => Object.assign([row], { nextCursor: null }) as unknown as Owned }) })
    const error = await paymentsErrorOf(owned.listOwnedProducts({ customer, limit: 5, signal: signal() }))
    expect([error.code, error.method, error.path]).toEqual(['invalid_response', 'listOwnedProducts', 'items[0].quantity'])
    const [user] = await allCustomers(main().memory, 'user')
    if (!user) throw new Error('needs a user')
    const items = createSdkAdapter({
      app: wrapApp(real(), {
        getItem: async () => ({ displayName: 'Credits', quantity: 1.5, increaseQuantity: async () => undefined, decreaseQuantity: async () => undefined, tryDecreaseQuantity: async () => true }),
      }),
    })
    const bad = await paymentsErrorOf(items.listItemBalances({ customer: { type: 'user', id: user.id }, signal: signal() }))
    expect([bad.code, bad.method]).toEqual(['invalid_response', 'listItemBalances'])
    expect(bad.path).toMatch(/\.quantity$/)
  })

  it('contacted nothing but the loopback servers', () => {
    expectLoopbackOnly()
  })
})
