/**
 * Issue 14, point 1: a partial refund made over REST subtracts only what was refunded. The wire's
 * refunded transaction says only `adjusted_by`; the amount comes from its refund transaction,
 * which the reference server lists with `type=refund` (the published SDK's schema has that type).
 * A backend that refuses `type=refund` (the one documented in April 2026) leaves it unknown.
 */
import { describe, expect, it } from 'vitest'
import type { CustomerRef, Transaction } from '../../../src/adapter/types'
import { createRestAdapter } from '../../../src/adapters/rest'
import { metricsOf } from '../../../src/adapters/rest/metrics'
import { refundIndexOf, refundStateOf } from '../../../src/adapters/rest/refunds'
import type { WireTransaction } from '../../../src/adapters/rest/wire'
import { subtractDecimal } from '../../../src/lib/decimal'
import { allTransactions } from '../../rest-server/data'
import { referenceServers } from '../../rest-server/fixture'
import type { ReferenceServer } from '../../rest-server/server'

const serve = referenceServers({ memory: { seed: 3, users: 20, teams: 5, customCustomers: 5 } })
const signal = () => new AbortController().signal

/** A live, unrefunded purchase charged more than USD 1, with its customer and USD charge. */
async function paidInDollars(server: ReferenceServer): Promise<{ customer: CustomerRef; id: string; usd: string }> {
  for (const { customer, transaction } of await allTransactions(server.memory)) {
    const usd = transaction.entries.find((e) => e.type === 'money_transfer')?.chargedAmount.USD
    if (transaction.type === 'purchase' && !transaction.testMode && !transaction.refund && usd !== undefined && Number(usd) > 1) {
      return { customer, id: transaction.id, usd }
    }
  }
  throw new Error('the reference dataset has no live USD purchase')
}

/** A REST adapter over `server`; with `refuseRefundListing`, the server answers `type=refund` as the April 2026 backend does. */
function restAdapter(server: ReferenceServer, { refuseRefundListing = false } = {}) {
  return createRestAdapter({
    baseUrl: server.url,
    headers: server.adminHeaders,
    fetch: async (input, init) => {
      const url = new URL(String(input))
      if (refuseRefundListing && url.searchParams.get('type') === 'refund') {
        const message = `Request validation failed on GET ${url.pathname}:\n  - query.type must be one of the following values: purchase, subscription-renewal`
        return new Response(JSON.stringify({ code: 'SCHEMA_ERROR', error: message, details: { message } }), {
          status: 400,
          headers: { 'content-type': 'application/json', 'x-hexclave-known-error': 'SCHEMA_ERROR' },
        })
      }
      return globalThis.fetch(input, init)
    },
  })
}

async function transactionOf(adapter: ReturnType<typeof createRestAdapter>, customer: CustomerRef, id: string): Promise<Transaction | undefined> {
  let cursor: string | null = null
  do {
    const page = await adapter.listTransactions({ customer, cursor, limit: 5, signal: signal() })
    const found = page.items.find((t) => t.id === id)
    if (found) return found
    cursor = page.nextCursor
  } while (cursor)
  return undefined
}

describe('a partial refund over REST', () => {
  it('subtracts only the refunded USD 1 from total spent, as the memory backend does', async () => {
    const server = await serve()
    const adapter = restAdapter(server)
    const { customer, id } = await paidInDollars(server)
    const before = (await adapter.getCustomerMetrics({ customer, signal: signal() })).totalSpent.USD ?? '0'
    await adapter.refundTransaction({ customer, transactionId: id, amount: { currency: 'USD', value: '1' } })
    const after = await adapter.getCustomerMetrics({ customer, signal: signal() })
    expect(after.totalSpent.USD).toBe(subtractDecimal(before, '1'))
    expect(after.totalSpent).toEqual((await server.memory.getCustomerMetrics({ customer, signal: signal() })).totalSpent)
    expect(after.refundCount).toBe((await server.memory.getCustomerMetrics({ customer, signal: signal() })).refundCount)
  })

  it('lists the purchase as refunded in part, with the amount, on whichever page it is', async () => {
    const server = await serve()
    const adapter = restAdapter(server)
    const { customer, id } = await paidInDollars(server)
    await adapter.refundTransaction({ customer, transactionId: id, amount: { currency: 'USD', value: '1' } })
    expect((await transactionOf(adapter, customer, id))?.refund).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
  })

  it('lists a full refund as full, with what it gave back', async () => {
    const server = await serve()
    const adapter = restAdapter(server)
    const { customer, id, usd } = await paidInDollars(server)
    await adapter.refundTransaction({ customer, transactionId: id })
    expect((await transactionOf(adapter, customer, id))?.refund).toMatchObject({ kind: 'full', amount: { USD: usd } })
  })

  it('counts the refund in full when the backend does not list refunds (amount unknown on that wire)', async () => {
    const server = await serve()
    const adapter = restAdapter(server, { refuseRefundListing: true })
    const { customer, id, usd } = await paidInDollars(server)
    const before = (await adapter.getCustomerMetrics({ customer, signal: signal() })).totalSpent.USD ?? '0'
    await adapter.refundTransaction({ customer, transactionId: id, amount: { currency: 'USD', value: '1' } })
    expect((await adapter.getCustomerMetrics({ customer, signal: signal() })).totalSpent.USD).toBe(subtractDecimal(before, usd))
    expect((await transactionOf(adapter, customer, id))?.refund).toEqual({ kind: 'full' })
  })
})

describe('refund transactions listed with the rest (a backend that lists them unasked)', () => {
  const who = { customer_type: 'user', customer_id: 'u1' } as const
  const product = { display_name: 'Credit pack', customer_type: 'user', server_only: false, stackable: true, prices: { pack: { USD: '10' } }, included_items: {} } as const
  const purchase: WireTransaction = {
    id: 'p1', type: 'purchase', created_at_millis: Date.parse('2026-09-12T09:00:00Z'), test_mode: false,
    adjusted_by: [{ transaction_id: 'p1:refund', entry_index: 0 }],
    entries: [
      { ...who, type: 'product_grant', adjusted_transaction_id: null, adjusted_entry_index: null, product_id: 'credit-pack', product, price_id: 'pack', quantity: 3, one_time_purchase_id: 'p1' },
      { ...who, type: 'money_transfer', adjusted_transaction_id: null, adjusted_entry_index: null, charged_amount: { USD: '30' }, net_amount: { USD: '30' } },
    ],
  }
  const refund: WireTransaction = {
    id: 'p1:refund', type: 'refund', created_at_millis: Date.parse('2026-09-14T09:00:00Z'), test_mode: false, adjusted_by: [],
    entries: [{ ...who, type: 'money_transfer', adjusted_transaction_id: 'p1', adjusted_entry_index: 1, charged_amount: { USD: '10' }, net_amount: { USD: '10' } }],
  }

  it('reads the amount and date from the refund row, and never counts the row as a transaction', () => {
    expect(refundStateOf(purchase, refundIndexOf([refund, purchase]))).toEqual({ kind: 'partial', amount: { USD: '10' }, refundedAt: '2026-09-14T09:00:00.000Z' })
    const metrics = metricsOf([], [refund, purchase], { type: 'user', id: 'u1' })
    expect(metrics).toMatchObject({ totalSpent: { USD: '20' }, transactionCount: 1, refundCount: 1, lastActivityAt: '2026-09-14T09:00:00.000Z' })
  })

  it('calls a refund of everything charged full, and one without its row full without amount', () => {
    const whole = { ...refund, entries: refund.entries.map((e) => (e.type === 'money_transfer' ? { ...e, charged_amount: { USD: '30' } } : e)) }
    expect(refundStateOf(purchase, refundIndexOf([whole]))).toMatchObject({ kind: 'full', amount: { USD: '30' } })
    expect(refundStateOf(purchase, refundIndexOf([]))).toEqual({ kind: 'full' })
  })
})
