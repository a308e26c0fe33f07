/**
 * Every REST response is checked against a wire schema: a malformed answer becomes
 * `invalid_response` naming the method and the wire field, never a raw TypeError / RangeError and
 * never an invented value (a 1970 date, a paid product shown as Free, a subscription as one-time).
 */
import { describe, expect, it } from 'vitest'
import { isPaymentsError, type PaymentsError } from '../../../src/adapter/errors'
import type { CustomerRef } from '../../../src/adapter/types'
import { referenceServers, rewritingAdapter } from '../../rest-server/fixture'
import type { ReferenceServer } from '../../rest-server/server'

const serve = referenceServers({ memory: { seed: 7, users: 12, teams: 4, customCustomers: 6 } })
const signal = () => new AbortController().signal

type Json = Record<string, unknown> & { items?: Array<Record<string, unknown>>; transactions?: Array<Record<string, unknown>> }

async function rejection(promise: Promise<unknown>): Promise<PaymentsError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  if (!isPaymentsError(error)) throw new Error(`expected a PaymentsError, got ${String(error)}`)
  return error
}

/** Rewrites the first row of a list answer. */
const firstRow = (key: 'items' | 'transactions', change: (row: Record<string, unknown>) => unknown) => (body: unknown) => {
  const json = body as Json
  const rows = [...(json[key] ?? [])]
  rows[0] = change(rows[0] ?? {}) as Record<string, unknown>
  return { ...json, [key]: rows }
}

/** A customer who owns a subscription with a price, for the owned-products cases. */
async function subscriber() {
  const server = await serve()
  for (const type of ['user', 'team', 'custom'] as const) {
    const customers = (await server.memory.listCustomers({ type, limit: 50, signal: signal() })).items
    for (const customer of customers) {
      const owned = await server.memory.listOwnedProducts({ customer, limit: 50, signal: signal() })
      if (owned.items.some((o) => o.subscription && o.product.prices.length > 0)) return { server, customer: { type: customer.type, id: customer.id } }
    }
  }
  throw new Error('the reference dataset has no subscriber')
}

/** An adapter whose owned-products answers for `customer` have every price passed through `change`. */
function ownedProductsRewritten(server: ReferenceServer, customer: CustomerRef, change: (price: Record<string, unknown>) => Record<string, unknown>) {
  const withPrices = (row: Record<string, unknown>) => {
    const product = row.product as { prices: Record<string, Record<string, unknown>> }
    const prices = Object.fromEntries(Object.entries(product.prices).map(([id, price]) => [id, change(price)]))
    return { ...row, product: { ...product, prices } }
  }
  return rewritingAdapter(server, `/payments/products/${customer.type}/${encodeURIComponent(customer.id)}`, (body) => {
    const json = body as Json
    return { ...json, items: (json.items ?? []).map(withPrices) }
  })
}

describe('REST wire checks', () => {
  it('rejects a user whose signed_up_at_millis is null instead of dating them 1 January 1970', async () => {
    const server = await serve()
    const adapter = rewritingAdapter(server, '/users', firstRow('items', (row) => ({ ...row, signed_up_at_millis: null })))
    const error = await rejection(adapter.listCustomers({ type: 'user', limit: 10, signal: signal() }))
    expect([error.code, error.method, error.path]).toEqual(['invalid_response', 'listCustomers', 'items[0].signed_up_at_millis'])
  })

  it.each([
    ['a negative signed_up_at_millis', 'signed_up_at_millis', -1],
    ['a signed_up_at_millis past what a Date holds', 'signed_up_at_millis', 8.64e15 + 1],
    ['a fractional signed_up_at_millis', 'signed_up_at_millis', 1.5],
    ['an empty id', 'id', ''],
  ])('rejects a user with %s, naming the field', async (_, field, value) => {
    const server = await serve()
    const adapter = rewritingAdapter(server, '/users', firstRow('items', (row) => ({ ...row, [field]: value })))
    const error = await rejection(adapter.listCustomers({ type: 'user', limit: 10, signal: signal() }))
    expect([error.code, error.method, error.path]).toEqual(['invalid_response', 'listCustomers', `items[0].${field}`])
  })

  it.each([
    ['a fractional quantity', (entry: Record<string, unknown>) => ({ ...entry, quantity: 0.5 })],
    ['a negative adjusted_entry_index', (entry: Record<string, unknown>) => ({ ...entry, adjusted_entry_index: -1 })],
  ])('rejects a transaction entry with %s in the custom-customer scan, naming the field', async (_, change) => {
    const server = await serve()
    const adapter = rewritingAdapter(
      server,
      '/internal/payments/transactions',
      firstRow('transactions', (row) => ({ ...row, entries: (row.entries as Array<Record<string, unknown>>).map((entry, i) => (i === 0 ? change(entry) : entry)) })),
    )
    const error = await rejection(adapter.listCustomers({ type: 'custom', limit: 10, signal: signal() }))
    expect([error.code, error.method]).toEqual(['invalid_response', 'listCustomers'])
    expect(error.path).toMatch(/^transactions\[0\]\.entries\[0\]\.(quantity|adjusted_entry_index)$/)
  })

  it('rejects a price interval of zero days instead of showing a subscription that never renews', async () => {
    const { server, customer } = await subscriber()
    const adapter = ownedProductsRewritten(server, customer, (price) => ({ ...price, interval: [0, 'day'] }))
    const error = await rejection(adapter.listOwnedProducts({ customer, limit: 50, signal: signal() }))
    expect([error.code, error.method]).toEqual(['invalid_response', 'listOwnedProducts'])
    expect(error.path).toMatch(/prices\./)
  })

  it('rejects a null row instead of crashing with a TypeError', async () => {
    const server = await serve()
    const adapter = rewritingAdapter(server, '/teams', firstRow('items', () => null))
    const error = await rejection(adapter.listCustomers({ type: 'team', limit: 10, signal: signal() }))
    expect([error.code, error.path]).toEqual(['invalid_response', 'items[0]'])
  })

  it('rejects a transaction whose time is not a number instead of "Invalid time value"', async () => {
    const { server, customer } = await subscriber()
    const adapter = rewritingAdapter(server, '/internal/payments/transactions', firstRow('transactions', (row) => ({ ...row, created_at_millis: 'yesterday' })))
    const error = await rejection(adapter.listTransactions({ customer, limit: 10, signal: signal() }))
    expect([error.code, error.method, error.path]).toEqual(['invalid_response', 'listTransactions', 'transactions[0].created_at_millis'])
  })

  it('rejects a price amount sent as a number instead of showing the product as Free', async () => {
    const { server, customer } = await subscriber()
    const adapter = ownedProductsRewritten(server, customer, (price) => ({ ...price, USD: 9.99 }))
    const error = await rejection(adapter.listOwnedProducts({ customer, limit: 50, signal: signal() }))
    expect(error.code).toBe('invalid_response')
    expect(error.path).toMatch(/^items\[\d+\]\.product\.prices\./)
  })

  it('rejects a malformed interval instead of showing a subscription as one-time', async () => {
    const { server, customer } = await subscriber()
    const adapter = ownedProductsRewritten(server, customer, (price) => ({ ...price, interval: ['monthly', 1] }))
    const error = await rejection(adapter.listOwnedProducts({ customer, limit: 50, signal: signal() }))
    expect(error.code).toBe('invalid_response')
    expect(error.path).toMatch(/prices\./)
  })

  it('rejects a config whose product price is malformed, naming it inside config_string', async () => {
    const server = await serve()
    const adapter = rewritingAdapter(server, '/internal/config', (body) => {
      const config = JSON.parse((body as { config_string: string }).config_string) as { payments: { products: Record<string, { prices?: unknown }> } }
      const [first] = Object.keys(config.payments.products)
      if (first) config.payments.products[first] = { ...config.payments.products[first], prices: { monthly: { USD: 12 } } }
      return { ...(body as object), config_string: JSON.stringify(config) }
    })
    const error = await rejection(adapter.listProducts({ signal: signal() }))
    expect(error.code).toBe('invalid_response')
    expect(error.path).toMatch(/^config_string\.payments\.products\./)
  })
})
