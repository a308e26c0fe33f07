// @vitest-environment node
/**
 * What the SDK adapter can do over a server app and over an admin app, through the real SDK:
 * what the public SDK cannot serve is absent (optional) or fails with `not_implemented`
 * (required), and `unavailable` (kept by validateAdapter, exposed by getCapabilities) says why;
 * a fallback adapter serves exactly those and takes their reasons away.
 */
import { describe, expect, it } from 'vitest'
import { getCapabilities, validateAdapter } from '../../../src/adapter/validate'
import type { PaymentsAdapter } from '../../../src/adapter/types'
import { createRestAdapter } from '../../../src/adapters/rest'
import { createSdkAdapter, SDK_UNAVAILABLE_REASONS } from '../../../src/adapters/sdk'
import { allCustomers, allOwned } from '../../rest-server/data'
import { adminApp, expectLoopbackOnly, paymentsErrorOf, recordFetches, serverApp, signal, startServer } from './helpers'

recordFetches()
const main = startServer({ memory: { seed: 5, users: 12, teams: 5, customCustomers: 4 } })
const rest = () => createRestAdapter({ baseUrl: main().url, headers: main().adminHeaders })

async function first(type: 'user' | 'team' | 'custom') {
  const [customer] = await allCustomers(main().memory, type)
  if (!customer) throw new Error(`no stored ${type}`)
  return { type, id: customer.id }
}

const ADMIN_ONLY = ['listCustomers:custom', 'listProducts', 'listItemBalances', 'listTransactions', 'getCustomerMetrics', 'refundTransaction'] as const
const NEVER = ['createCheckoutUrl:custom', 'cancelSubscription', 'getBilling'] as const

describe('over a server app', () => {
  it('leaves out what needs an admin app or a client session, and says why', async () => {
    const adapter = createSdkAdapter({ app: serverApp(main()) })
    const capabilities = getCapabilities(validateAdapter(adapter))
    expect(capabilities).toMatchObject({ metrics: false, billing: false, grantProduct: true, changeItemQuantity: true, cancelSubscription: false, refundTransaction: false, partialRefunds: false })
    expect(Object.keys(capabilities.unavailable).sort()).toEqual([...ADMIN_ONLY, ...NEVER].sort())
    for (const feature of [...ADMIN_ONLY, ...NEVER]) expect(capabilities.unavailable[feature]).toBe(SDK_UNAVAILABLE_REASONS[feature])
    expect(validateAdapter(adapter).unavailable).toEqual(adapter.unavailable)
  })

  it('fails the required reads it cannot serve with not_implemented and the reason', async () => {
    const adapter = validateAdapter(createSdkAdapter({ app: serverApp(main()) }))
    const user = await first('user')
    const cases = [
      ['listProducts', () => adapter.listProducts({ signal: signal() })],
      ['listItemBalances', () => adapter.listItemBalances({ customer: user, signal: signal() })],
      ['listTransactions', () => adapter.listTransactions({ customer: user, limit: 5, signal: signal() })],
      ['listCustomers:custom', () => adapter.listCustomers({ type: 'custom', limit: 5, signal: signal() })],
      ['createCheckoutUrl:custom', () => adapter.createCheckoutUrl({ customer: { type: 'custom', id: 'acme' }, productId: 'x', idempotencyKey: 'k' })],
    ] as const
    for (const [feature, run] of cases) {
      const error = await paymentsErrorOf(run())
      expect({ feature, code: error.code, message: error.message }).toEqual({ feature, code: 'not_implemented', message: SDK_UNAVAILABLE_REASONS[feature] })
      expect(error.details?.unavailable).toBe(feature)
    }
  })

  it('serves users, teams, owned products, grants and item changes', async () => {
    const adapter = createSdkAdapter({ app: serverApp(main()) })
    const all = await adapter.listCustomers({ type: 'all', limit: 100, signal: signal() })
    expect(new Set(all.items.map((c) => c.type))).toEqual(new Set(['user', 'team']))
    const team = await first('team')
    const owned = await adapter.listOwnedProducts({ customer: team, limit: 50, signal: signal() })
    expect(owned.items.map((o) => [o.id, o.quantity])).toEqual((await allOwned(main().memory, team)).map((o) => [o.id, o.quantity]))
    const before = (await main().memory.listItemBalances({ customer: team, signal: signal() })).find((b) => b.itemId === 'seats')?.quantity ?? 0
    await adapter.changeItemQuantity?.({ customer: team, itemId: 'seats', delta: 4, allowNegative: true })
    await adapter.changeItemQuantity?.({ customer: team, itemId: 'seats', delta: -1, allowNegative: true })
    expect((await main().memory.listItemBalances({ customer: team, signal: signal() })).find((b) => b.itemId === 'seats')?.quantity).toBe(before + 3)
    const error = await paymentsErrorOf(adapter.changeItemQuantity?.({ customer: team, itemId: 'seats', delta: 1, allowNegative: true, expiresAt: '2030-01-01T00:00:00.000Z' }) ?? Promise.resolve())
    expect(error.code).toBe('validation')
  })
})

describe('over an admin app', () => {
  it('has every capability but billing and cancelling, and says why for those and custom checkout', () => {
    const adapter = createSdkAdapter({ app: adminApp(main()) })
    expect(getCapabilities(adapter)).toMatchObject({ metrics: true, billing: false, grantProduct: true, changeItemQuantity: true, cancelSubscription: false, refundTransaction: true, partialRefunds: true })
    expect(Object.keys(adapter.unavailable).sort()).toEqual([...NEVER].sort())
  })
})

describe('with a fallback', () => {
  it('serves what a server app cannot from the fallback, and drops those reasons', async () => {
    const fallback = rest()
    const calls: string[] = []
    const spy = new Proxy(fallback, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver)
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          calls.push(String(prop))
          return Reflect.apply(value, target, args)
        }
      },
    }) satisfies PaymentsAdapter
    const adapter = createSdkAdapter({ app: serverApp(main()), fallback: spy })
    expect(adapter.unavailable).toEqual({})
    expect(getCapabilities(adapter)).toMatchObject({ metrics: true, billing: true, cancelSubscription: true, refundTransaction: true, partialRefunds: true })
    const user = await first('user')
    const custom = await first('custom')
    await adapter.listTransactions({ customer: user, limit: 5, signal: signal() })
    await adapter.listCustomers({ type: 'custom', limit: 5, signal: signal() })
    await adapter.listCustomers({ type: 'user', limit: 5, signal: signal() })
    const catalog = await adapter.listProducts({ customerType: 'custom', signal: signal() })
    const product = catalog.products.find((p) => !p.serverOnly)
    if (!product) throw new Error('needs a custom product')
    const checkout = await adapter.createCheckoutUrl({ customer: custom, productId: product.id, idempotencyKey: `fallback-${Math.random()}` })
    expect(calls).toEqual(['listTransactions', 'listCustomers', 'listProducts', 'createCheckoutUrl'])
    expect(checkout.url).toMatch(/^https?:\/\//)
  })

  it('over a server app, a custom customer granted through the adapter shows in the fallback\'s list', async () => {
    const adapter = createSdkAdapter({ app: serverApp(main()), fallback: rest() })
    await adapter.listCustomers({ type: 'custom', limit: 50, signal: signal() })
    const { products } = await main().memory.listProducts({ customerType: 'custom', signal: signal() })
    const product = products.find((p) => p.productLineId === null && p.prices.length > 0)
    if (!product) throw new Error('needs a priced custom product')
    const id = `granted-${Math.random().toString(36).slice(2)}`
    await adapter.grantProduct?.({ customer: { type: 'custom', id }, productId: product.id })
    const listed = await adapter.listCustomers({ type: 'custom', limit: 50, signal: signal() })
    expect(listed.items.map((c) => c.id)).toContain(id)
  })

  it('over an admin app the fallback only serves checkout for custom customers, cancelling and billing', async () => {
    const adapter = createSdkAdapter({ app: adminApp(main()), fallback: rest() })
    expect(adapter.unavailable).toEqual({})
    expect(getCapabilities(adapter)).toMatchObject({ billing: true, cancelSubscription: true })
    const before = main().requests.length
    await adapter.listTransactions({ customer: await first('custom'), limit: 5, signal: signal() })
    // The SDK sends customer_id; the REST adapter never does.
    expect(main().requests.slice(before).some((r) => r.path === '/internal/payments/transactions' && r.query.includes('customer_id='))).toBe(true)
  })

  it('contacted nothing but the loopback servers', () => {
    expectLoopbackOnly()
  })
})
