import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { isPaymentsError, type PaymentsError } from '../../../src/adapter/errors'
import type { Customer, CustomerRef, Transaction } from '../../../src/adapter/types'
import { parseResponse } from '../../../src/adapter/validate'
import { defaultMemoryCatalog } from '../../../src/adapters/memory'
import { createRestAdapter } from '../../../src/adapters/rest'
import type { Money } from '../../../src/lib/decimal'
import { allCustomers } from '../../rest-server/data'
import { startReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../../rest-server/server'

const DATA = { seed: 3, users: 20, teams: 5, customCustomers: 5 }
const DAY_MS = 24 * 60 * 60 * 1000

let shared: ReferenceServer
beforeAll(async () => {
  shared = await startReferenceServer({ memory: DATA })
})
afterAll(() => shared.close())

const servers: ReferenceServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

/** A server of its own, for tests that intercept requests or change the memory options. */
async function serve(options: ReferenceServerOptions = {}) {
  const server = await startReferenceServer({ memory: DATA, ...options })
  servers.push(server)
  return server
}

const adapterFor = (server: ReferenceServer) => createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders, retries: 0 })
const signal = () => new AbortController().signal

async function rejection(promise: Promise<unknown>): Promise<PaymentsError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  if (!isPaymentsError(error)) throw new Error(`expected a PaymentsError, got ${String(error)}`)
  return error
}

async function everyCustomer(server: ReferenceServer, types: ReadonlyArray<CustomerRef['type']>): Promise<Customer[]> {
  return (await Promise.all(types.map((type) => allCustomers(server.memory, type)))).flat()
}

async function memoryTransactions(server: ReferenceServer, customer: CustomerRef): Promise<Transaction[]> {
  return (await server.memory.listTransactions({ customer, limit: 10_000, signal: signal() })).items
}

/** Whether the wire can carry what the memory adapter's metrics use: no partial refund, no refund after the last transaction. */
function expressible(txns: Transaction[]): boolean {
  const newest = txns[0]?.createdAt ?? ''
  return txns.every((t) => t.refund?.kind !== 'partial' && (t.refund?.refundedAt ?? '') <= newest)
}

describe('getBilling over HTTP', () => {
  it('matches the memory adapter for every user and team: a card, a customer without card, no customer', async () => {
    const adapter = adapterFor(shared)
    const seen = new Set<string>()
    for (const customer of await everyCustomer(shared, ['user', 'team'])) {
      const billing = parseResponse('getBilling', await adapter.getBilling({ customer, signal: signal() }))
      expect(billing, `${customer.type} ${customer.id}`).toEqual(await shared.memory.getBilling({ customer, signal: signal() }))
      seen.add(`${customer.type}:${billing.defaultPaymentMethod ? 'card' : billing.hasCustomer ? 'customer' : 'none'}`)
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['team:card', 'team:none', 'user:card', 'user:customer', 'user:none']))
  })

  it('answers "no customer" for a custom customer without a request, as the memory adapter does', async () => {
    const adapter = adapterFor(shared)
    const customer = { type: 'custom' as const, id: 'acme corp/eu' }
    const before = shared.requests.length
    const billing = await adapter.getBilling({ customer, signal: signal() })
    expect(billing).toEqual({ hasCustomer: false, defaultPaymentMethod: null })
    expect(billing).toEqual(await shared.memory.getBilling({ customer, signal: signal() }))
    expect(shared.requests.length).toBe(before)
    const aborted = new AbortController()
    aborted.abort()
    await expect(adapter.getBilling({ customer, signal: aborted.signal })).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('is answered with SCHEMA_ERROR for a custom customer by the reference server, as by the API', async () => {
    const response = await fetch(`${shared.url}/payments/billing/custom/acme`, { headers: shared.adminHeaders })
    expect(response.status).toBe(400)
    expect(response.headers.get('x-stack-known-error')).toBe('SCHEMA_ERROR')
  })

  it('reports no customer when payments are not set up', async () => {
    const server = await serve({ memory: { ...DATA, paymentsConfigured: false } })
    const [user] = await allCustomers(server.memory, 'user')
    if (!user) throw new Error('needs a user')
    expect(await adapterFor(server).getBilling({ customer: user, signal: signal() })).toEqual({ hasCustomer: false, defaultPaymentMethod: null })
  })

  const card = { id: 'pm_1', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 }
  it.each([
    ['$', []],
    ['has_customer', { default_payment_method: null }],
    ['default_payment_method', { has_customer: true }],
    ['default_payment_method', { has_customer: true, default_payment_method: 'visa' }],
    ['default_payment_method.id', { has_customer: true, default_payment_method: { ...card, id: 7 } }],
    ['default_payment_method.last4', { has_customer: true, default_payment_method: { ...card, last4: 4242 } }],
    ['default_payment_method.exp_month', { has_customer: true, default_payment_method: { ...card, exp_month: '12' } }],
    ['default_payment_method.exp_year', { has_customer: true, default_payment_method: { ...card, exp_year: 2030.5 } }],
  ])('reports a malformed billing body as invalid_response at %s', async (path, body) => {
    const server = await serve({ intercept: (r) => (r.path.startsWith('/payments/billing/') ? { status: 200, body: JSON.stringify(body) } : undefined) })
    const customer = { type: 'user' as const, id: '00000000-0000-4000-8000-000000000001' }
    const error = await rejection(adapterFor(server).getBilling({ customer, signal: signal() }))
    expect([error.code, error.method, error.path]).toEqual(['invalid_response', 'getBilling', path])
  })
})

describe('getCustomerMetrics over HTTP', () => {
  it("equals the memory adapter's metrics wherever the wire carries what they use", async () => {
    const adapter = adapterFor(shared)
    const covered = { fullRefund: false, testMode: false, multiCurrency: false, zeroAfterRefund: false }
    let compared = 0
    for (const customer of await everyCustomer(shared, ['user', 'team', 'custom'])) {
      const txns = await memoryTransactions(shared, customer)
      if (!expressible(txns)) continue
      const expected = await shared.memory.getCustomerMetrics({ customer, signal: signal() })
      const metrics = parseResponse('getCustomerMetrics', await adapter.getCustomerMetrics({ customer, signal: signal() }))
      expect(metrics, `${customer.type} ${customer.id}`).toEqual(expected)
      compared += 1
      covered.fullRefund ||= txns.some((t) => t.refund?.kind === 'full')
      covered.testMode ||= txns.some((t) => t.testMode)
      covered.multiCurrency ||= Object.keys(expected.totalSpent).length > 1
      covered.zeroAfterRefund ||= Object.values(expected.totalSpent).some((v) => /^0(\.0+)?$/.test(v))
    }
    expect(compared).toBeGreaterThan(20)
    expect(covered).toEqual({ fullRefund: true, testMode: true, multiCurrency: true, zeroAfterRefund: true })
  })

  it('excludes test-mode money and subtracts full refunds exactly, on a seeded multi-currency ledger', async () => {
    const customer = { type: 'custom' as const, id: 'seeded ledger' }
    const found = defaultMemoryCatalog().products.find((p) => p.customerType === 'custom' && p.prices.some((price) => !price.interval))
    if (!found) throw new Error('needs a one-time custom product')
    const { id: productId, ...product } = found
    const money = (chargedAmount: Money) => ({ type: 'money_transfer' as const, customer, chargedAmount })
    const renewal = (id: string, createdAt: string, chargedAmount: Money): Transaction => ({
      id, type: 'subscription-renewal', createdAt, testMode: false, entries: [money(chargedAmount)], refund: null,
    })
    const purchase = (id: string, createdAt: string, chargedAmount: Money): Transaction => {
      const grant = { type: 'product_grant' as const, customer, productId, product, priceId: product.prices[0]?.id ?? null, quantity: 1, oneTimePurchaseId: id }
      return { id, type: 'purchase', createdAt, testMode: false, entries: [grant, money(chargedAmount)], refund: null }
    }
    const transactions: Transaction[] = [
      { ...purchase('test-mode', '2026-03-01T00:00:00.000Z', { EUR: '45' }), testMode: true },
      { ...purchase('refunded', '2026-04-01T00:00:00.000Z', { USD: '9.99' }), refund: { kind: 'full', amount: { USD: '9.99' } } },
      renewal('renewal-1', '2026-05-01T00:00:00.000Z', { USD: '0.01', JPY: '1200' }),
      renewal('renewal-2', '2026-06-01T00:00:00.000Z', { EUR: '10.50' }),
    ]
    const server = await serve({ memory: { ...DATA, data: { ledgers: [{ customer, transactions }] } } })
    const metrics = await adapterFor(server).getCustomerMetrics({ customer, signal: signal() })
    expect(metrics).toEqual(await server.memory.getCustomerMetrics({ customer, signal: signal() }))
    expect(metrics).toMatchObject({ totalSpent: { USD: '0.01', JPY: '1200', EUR: '10.50' }, transactionCount: 4, refundCount: 1, lastActivityAt: '2026-06-01T00:00:00.000Z' })
  })

  it('subtracts only what a partial refund gave back and dates refunds, from the refund transactions the server lists (type=refund)', async () => {
    const adapter = adapterFor(shared)
    let checked = 0
    for (const customer of await everyCustomer(shared, ['user', 'team', 'custom'])) {
      const txns = await memoryTransactions(shared, customer)
      if (expressible(txns)) continue
      const expected = await shared.memory.getCustomerMetrics({ customer, signal: signal() })
      expect(await adapter.getCustomerMetrics({ customer, signal: signal() }), `${customer.type} ${customer.id}`).toEqual(expected)
      checked += 1
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('gives an unknown custom customer zero metrics, and a missing user not_found before any scan', async () => {
    const adapter = adapterFor(shared)
    const custom = { type: 'custom' as const, id: 'never seen "before"/ü' }
    expect(await adapter.getCustomerMetrics({ customer: custom, signal: signal() })).toEqual(
      await shared.memory.getCustomerMetrics({ customer: custom, signal: signal() }),
    )
    const before = shared.requests.length
    const missing = { type: 'user' as const, id: '00000000-0000-4000-8000-00000000dead' }
    const error = await rejection(adapter.getCustomerMetrics({ customer: missing, signal: signal() }))
    expect([error.code, error.method]).toEqual(['not_found', 'getCustomerMetrics'])
    expect(shared.requests.slice(before).map((r) => r.path)).toEqual([`/payments/products/user/${missing.id}`])
  })

  it("costs the owned-products pages plus one scan of the customer type's transactions, 200 per page", async () => {
    const server = await serve()
    const [team] = await allCustomers(server.memory, 'team')
    if (!team) throw new Error('needs a team')
    await adapterFor(server).getCustomerMetrics({ customer: team, signal: signal() })
    const queries = server.requests.map((r) => `${r.path}${r.query}`)
    expect(queries[0]).toBe(`/payments/products/team/${team.id}?limit=100`)
    const scans = server.requests.filter((r) => r.path === '/internal/payments/transactions')
    expect(scans.length).toBeGreaterThan(0)
    for (const scan of scans) expect(new URLSearchParams(scan.query).get('customer_type')).toBe('team')
    for (const scan of scans) expect(new URLSearchParams(scan.query).get('limit')).toBe('200')
  })

  it('reports malformed money in a transaction as invalid_response naming the field', async () => {
    const base = { adjusted_transaction_id: null, adjusted_entry_index: null, customer_type: 'custom', customer_id: 'acme' } as const
    const txn = {
      id: 'renewal-1', type: 'subscription-renewal', created_at_millis: 1775829900000, effective_at_millis: 1775829900000, test_mode: false, adjusted_by: [],
      entries: [{ ...base, type: 'money_transfer', charged_amount: { USD: 12.5 }, net_amount: { USD: '12.5' } }],
    }
    const page = JSON.stringify({ transactions: [txn], next_cursor: null })
    const server = await serve({ intercept: (r) => (r.path === '/internal/payments/transactions' ? { status: 200, body: page } : undefined) })
    const error = await rejection(adapterFor(server).getCustomerMetrics({ customer: { type: 'custom', id: 'acme' }, signal: signal() }))
    expect([error.code, error.method, error.path]).toEqual(['invalid_response', 'getCustomerMetrics', 'transactions[0].entries[0].charged_amount.USD'])
    expect(error.details?.problem).toEqual(expect.any(String))
  })
})

describe('createCheckoutUrl expiry', () => {
  it('expires 24 h after the response arrived, and a repeated key keeps the same expiry', async () => {
    const adapter = adapterFor(shared)
    const catalog = await adapter.listProducts({ customerType: 'custom', signal: signal() })
    const product = catalog.products.find((p) => !p.serverOnly && p.prices.length > 0)
    if (!product) throw new Error('needs a purchasable custom product')
    const params = { customer: { type: 'custom' as const, id: 'expiry-customer' }, productId: product.id, idempotencyKey: 'expiry-1' }
    const before = Date.now()
    const result = parseResponse('createCheckoutUrl', await adapter.createCheckoutUrl(params))
    const after = Date.now()
    const expiresAt = Date.parse(result.expiresAt ?? '')
    expect(result.expiresAt).toBe(new Date(expiresAt).toISOString())
    expect(expiresAt).toBeGreaterThanOrEqual(before + DAY_MS)
    expect(expiresAt).toBeLessThanOrEqual(after + DAY_MS)
    expect((await adapter.createCheckoutUrl(params)).expiresAt).toBe(result.expiresAt)
  })
})
