/**
 * The REST adapter reads refund amounts from one `type=refund` scan of the customer's type, shared
 * by one adapter instance's reads: a customer view (transactions and metrics), the later pages of
 * its transactions (a CSV export reads them all) and the views of other customers of that type
 * scan once. A refund made through the adapter forgets the scan, a failed scan is not kept, and a
 * backend that refuses `type=refund` is asked once.
 *
 * The clock (`Date`) stands still in these tests, so the reuse window never runs out while a slow
 * machine works; the one test of the window moves the clock past it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isAbortError } from '../../../src/adapter/errors'
import type { CustomerRef, PaymentsAdapter } from '../../../src/adapter/types'
import { createRestAdapter } from '../../../src/adapters/rest'
import { REFUND_SCAN_REUSE_MS } from '../../../src/adapters/rest/refunds'
import type { WireTransaction } from '../../../src/adapters/rest/wire'
import { livePurchases, refundOf, walk, type Purchase } from '../refund-scan-fixtures'
import { referenceServers } from '../../rest-server/fixture'
import type { Interception, RecordedRequest, ReferenceServer } from '../../rest-server/server'

const serve = referenceServers({ memory: { seed: 3, users: 20, teams: 5, customCustomers: 5 } })
const signal = () => new AbortController().signal
const outcome = <T>(promise: Promise<T>) => promise.then((value) => ({ value }), (error: unknown) => ({ error }))

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

const TRANSACTIONS = '/internal/payments/transactions'
const isRefundListing = (r: { path: string; query: string }) => r.path === TRANSACTIONS && new URLSearchParams(r.query).get('type') === 'refund'
/** Refund scans started: first pages of the `type=refund` listing. */
const refundScans = (server: ReferenceServer) => server.requests.filter((r) => isRefundListing(r) && !new URLSearchParams(r.query).has('cursor')).length

/** The `nth` customer of `type` with at least `each` live purchases, and the first `each` of them. */
async function purchasesOf(server: ReferenceServer, type: CustomerRef['type'], each: number, nth = 0): Promise<{ customer: CustomerRef; purchases: Purchase[] }> {
  const found = [...(await livePurchases(server)).values()].filter((rows) => rows[0]?.customer.type === type && rows.length >= each)[nth]
  if (!found?.[0]) throw new Error(`the reference dataset has fewer than ${nth + 1} ${type}s with ${each} live USD purchases`)
  return { customer: found[0].customer, purchases: found.slice(0, each) }
}

/** Refunds USD `value` of each purchase on the server itself (the adapter does not see it happen). */
async function refundOnServer(server: ReferenceServer, purchases: Purchase[], value = '1'): Promise<Purchase[]> {
  for (const p of purchases) await server.memory.refundTransaction({ customer: p.customer, transactionId: p.id, amount: { currency: 'USD', value } })
  return purchases
}

/** A live purchase of the `nth` customer of `type`, refunded USD `value` on the server. */
async function refundedPurchase(server: ReferenceServer, { type = 'user', nth = 0, value = '1' }: { type?: CustomerRef['type']; nth?: number; value?: string } = {}): Promise<Purchase> {
  const [purchase] = await refundOnServer(server, (await purchasesOf(server, type, 1, nth)).purchases, value)
  if (!purchase) throw new Error('unreachable')
  return purchase
}


function adapterOf(server: ReferenceServer, fetch?: typeof globalThis.fetch) {
  return createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders, ...(fetch ? { fetch } : {}) })
}

describe('REST adapter: one shared refund scan', () => {
  const viewReads = {
    together: (adapter: PaymentsAdapter, customer: CustomerRef) =>
      Promise.all([adapter.listTransactions({ customer, limit: 50, signal: signal() }), adapter.getCustomerMetrics?.({ customer, signal: signal() })]),
    'one after the other': async (adapter: PaymentsAdapter, customer: CustomerRef) =>
      [await adapter.listTransactions({ customer, limit: 50, signal: signal() }), await adapter.getCustomerMetrics?.({ customer, signal: signal() })] as const,
  }

  it.each(Object.entries(viewReads))('scans once for a customer view whose transactions and metrics are read %s', async (_, read) => {
    const server = await serve()
    const purchase = await refundedPurchase(server)
    const { customer } = purchase
    const [page, metrics] = await read(adapterOf(server), customer)
    expect(page.items.find((t) => t.id === purchase.id)?.refund).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
    expect(metrics?.totalSpent).toEqual((await server.memory.getCustomerMetrics({ customer, signal: signal() })).totalSpent)
    expect(refundScans(server)).toBe(1)
  })

  it('scans once while walking the pages of a customer\u2019s transactions, each with a refund', async () => {
    const server = await serve()
    const { customer, purchases } = await purchasesOf(server, 'user', 3)
    await refundOnServer(server, purchases)
    const pages = await walk(adapterOf(server), customer, 1)
    expect(pages.filter((items) => items.some((t) => t.refund !== null)).length).toBeGreaterThanOrEqual(3)
    for (const purchase of purchases) expect(refundOf(pages, purchase.id)).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
    expect(refundScans(server)).toBe(1)
  })

  it('shares the scan between customers of the same type, each seeing only its own refunds', async () => {
    const server = await serve()
    const first = await refundedPurchase(server, { value: '1' })
    const second = await refundedPurchase(server, { nth: 1, value: '2' })
    const adapter = adapterOf(server)
    const [a, b] = await Promise.all([walk(adapter, first.customer, 50), walk(adapter, second.customer, 50)])
    expect(refundOf(a, first.id)).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
    expect(refundOf(b, second.id)).toMatchObject({ kind: 'partial', amount: { USD: '2' } })
    expect(refundOf(a, second.id)).toBeUndefined()
    expect(refundScans(server)).toBe(1)
  })

  it('scans each customer type apart', async () => {
    const server = await serve()
    const user = await refundedPurchase(server)
    const team = await refundedPurchase(server, { type: 'team' })
    const adapter = adapterOf(server)
    await Promise.all([walk(adapter, user.customer, 50), walk(adapter, team.customer, 50)])
    const types = server.requests.filter(isRefundListing).map((r) => new URLSearchParams(r.query).get('customer_type'))
    expect(types.sort()).toEqual(['team', 'user'])
  })

  it('scans again once the answer is older than the reuse window', async () => {
    const server = await serve()
    const purchase = await refundedPurchase(server)
    const adapter = adapterOf(server)
    await adapter.getCustomerMetrics({ customer: purchase.customer, signal: signal() })
    vi.setSystemTime(Date.now() + REFUND_SCAN_REUSE_MS)
    await adapter.getCustomerMetrics({ customer: purchase.customer, signal: signal() })
    expect(refundScans(server)).toBe(1)
    vi.setSystemTime(Date.now() + 1)
    await adapter.getCustomerMetrics({ customer: purchase.customer, signal: signal() })
    expect(refundScans(server)).toBe(2)
  })

  it('scans again after a refund through the adapter and shows what it gave back', async () => {
    const server = await serve()
    const { customer, purchases } = await purchasesOf(server, 'user', 2)
    const [earlier, later] = purchases
    if (!earlier || !later) throw new Error('unreachable')
    await refundOnServer(server, [earlier])
    const adapter = adapterOf(server)
    const before = await adapter.getCustomerMetrics({ customer, signal: signal() })
    expect(refundScans(server)).toBe(1)
    await adapter.refundTransaction({ customer, transactionId: later.id, amount: { currency: 'USD', value: '2' } })
    expect(refundOf(await walk(adapter, customer, 50), later.id)).toMatchObject({ kind: 'partial', amount: { USD: '2' } })
    const after = await adapter.getCustomerMetrics({ customer, signal: signal() })
    expect(after.refundCount).toBe(before.refundCount + 1)
    expect(after.totalSpent).toEqual((await server.memory.getCustomerMetrics({ customer, signal: signal() })).totalSpent)
    expect(refundScans(server)).toBe(2)
  })

  it('reads the metrics from refunds listed with the rest, without any scan', async () => {
    const server = await serve()
    const purchase = await refundedPurchase(server)
    const listing = new URL(`${server.url}${TRANSACTIONS}`)
    listing.search = new URLSearchParams({ type: 'refund', customer_type: 'user', limit: '200' }).toString()
    const { transactions: refundRows } = (await (await globalThis.fetch(listing, { headers: server.adminHeaders })).json()) as { transactions: WireTransaction[] }
    const scansBefore = refundScans(server)
    // A backend that lists each refund row next to the rows of the same page.
    const adapter = adapterOf(server, async (input, init) => {
      const response = await globalThis.fetch(input, init)
      const url = new URL(String(input))
      if (url.pathname !== new URL(server.url).pathname + TRANSACTIONS || url.searchParams.has('type') || !response.ok) return response
      const body = (await response.json()) as { transactions: WireTransaction[]; next_cursor: string | null }
      const ids = new Set(body.transactions.map((t) => t.id))
      const rows = refundRows.filter((r) => r.entries.some((e) => e.type === 'money_transfer' && ids.has(e.adjusted_transaction_id ?? '')))
      return Response.json({ ...body, transactions: [...body.transactions, ...rows] })
    })
    const { customer } = purchase
    const metrics = await adapter.getCustomerMetrics({ customer, signal: signal() })
    expect(metrics.totalSpent).toEqual((await server.memory.getCustomerMetrics({ customer, signal: signal() })).totalSpent)
    expect(refundScans(server)).toBe(scansBefore)
  })
})

describe('REST adapter: the shared refund scan and its callers', () => {
  /**
   * A server whose refund listing waits at a gate until `open()`, and `leave()`: starts a read of
   * the customer's transactions that starts the scan, and returns `abort()`, which aborts that read
   * and checks that it ended with an AbortError.
   */
  async function gated() {
    const server = await serve()
    const purchase = await refundedPurchase(server)
    const { customer } = purchase
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const sent: Array<AbortSignal | null | undefined> = []
    const adapter = adapterOf(server, async (input, init) => {
      if (new URL(String(input)).searchParams.get('type') === 'refund') {
        sent.push(init?.signal)
        await gate
      }
      return globalThis.fetch(input, init)
    })
    const leave = async () => {
      const leaving = new AbortController()
      const left = outcome(adapter.listTransactions({ customer, limit: 50, signal: leaving.signal }))
      await expect.poll(() => sent.length).toBe(1)
      return {
        async abort() {
          leaving.abort()
          const result = await left
          expect('error' in result && isAbortError(result.error)).toBe(true)
        },
      }
    }
    return { server, adapter, open, sent, purchase, customer, leave }
  }

  it('keeps the scan for a caller that stays when another caller waiting on it aborts', async () => {
    const { server, adapter, open, sent, customer, leave } = await gated()
    const leaving = await leave()
    // The staying caller listens to its signal only once it waits on the scan (requests combine
    // signals natively, with AbortSignal.any).
    const stayingSignal = signal()
    const listens = vi.spyOn(stayingSignal, 'addEventListener')
    const staying = adapter.getCustomerMetrics({ customer, signal: stayingSignal })
    await expect.poll(() => listens.mock.calls.some(([type]) => type === 'abort')).toBe(true)
    await leaving.abort()
    open()
    expect((await staying).totalSpent).toEqual((await server.memory.getCustomerMetrics({ customer, signal: signal() })).totalSpent)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.aborted).toBe(false)
  })

  it('aborts the scan once nobody waits, and scans again for the next caller', async () => {
    const { adapter, open, sent, purchase, customer, leave } = await gated()
    await (await leave()).abort()
    expect(sent[0]?.aborted).toBe(true)
    open()
    const page = await adapter.listTransactions({ customer, limit: 50, signal: signal() })
    expect(page.items.find((t) => t.id === purchase.id)?.refund).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
    expect(sent).toHaveLength(2)
  })

  it('does not keep a failed scan: the next read scans again', async () => {
    let failures = 1
    const intercept = (r: RecordedRequest): Interception | undefined => (isRefundListing(r) && failures-- > 0 ? { status: 503 } : undefined)
    const server = await serve({ intercept })
    const purchase = await refundedPurchase(server)
    const adapter = adapterOf(server)
    const { customer } = purchase
    await expect(adapter.listTransactions({ customer, limit: 50, signal: signal() })).rejects.toThrow()
    const page = await adapter.listTransactions({ customer, limit: 50, signal: signal() })
    expect(page.items.find((t) => t.id === purchase.id)?.refund).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
    expect(refundScans(server)).toBe(2)
  })

  it('asks a backend that refuses type=refund once, and counts its refunds in full', async () => {
    const server = await serve()
    const { customer, purchases } = await purchasesOf(server, 'user', 3)
    await refundOnServer(server, purchases)
    let refused = 0
    const adapter = adapterOf(server, async (input, init) => {
      const url = new URL(String(input))
      if (url.searchParams.get('type') !== 'refund') return globalThis.fetch(input, init)
      refused += 1
      const message = `Request validation failed on GET ${url.pathname}:\n  - query.type must be one of the following values: purchase, subscription-renewal`
      return new Response(JSON.stringify({ code: 'SCHEMA_ERROR', error: message, details: { message } }), {
        status: 400,
        headers: { 'content-type': 'application/json', 'x-hexclave-known-error': 'SCHEMA_ERROR' },
      })
    })
    const [pages] = await Promise.all([walk(adapter, customer, 1), adapter.getCustomerMetrics({ customer, signal: signal() })])
    await adapter.getCustomerMetrics({ customer, signal: signal() })
    for (const purchase of purchases) expect(refundOf(pages, purchase.id)).toEqual({ kind: 'full' })
    expect(refused).toBe(1)
  })
})
