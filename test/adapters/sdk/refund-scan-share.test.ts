// @vitest-environment node
/**
 * The SDK adapter reads refund amounts from one `listTransactions({ type: 'refund', customerType })`
 * scan, shared by the reads of one admin app: a customer view (transactions and metrics), the later
 * pages of its transactions and the views of other customers of that type scan once. A refund made
 * through the adapter forgets the scan, a failed scan is not kept, and a backend that refuses
 * `type: 'refund'` is asked once.
 *
 * The clock (`Date`) stands still in these tests, so the reuse window never runs out while a slow
 * machine works; the one test of the window moves the clock past it.
 */
import { KnownErrors } from '@stackframe/stack-shared'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isAbortError } from '../../../src/adapter/errors'
import type { CustomerRef } from '../../../src/adapter/types'
import { createRestAdapter } from '../../../src/adapters/rest'
import { createSdkAdapter, type SdkAdminApp } from '../../../src/adapters/sdk'
import { REFUND_SCAN_REUSE_MS } from '../../../src/adapters/rest/refunds'
import { livePurchases, refundOf, walk, type Purchase } from '../refund-scan-fixtures'
import type { ReferenceServer } from '../../rest-server/server'
import { adminApp, expectLoopbackOnly, recordFetches, signal, startServer, wrapApp } from './helpers'

recordFetches()
const main = startServer({ memory: { seed: 3, users: 40, teams: 10, customCustomers: 5 } })
/** A server of its own for the walk of pages: it needs the one user with three live purchases. */
const paged = startServer({ memory: { seed: 3, users: 20, teams: 5, customCustomers: 5 } })
const outcome = <T>(promise: Promise<T>) => promise.then((value) => ({ value }), (error: unknown) => ({ error }))

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

type ListOptions = Parameters<SdkAdminApp['listTransactions']>[0]

/**
 * An SDK adapter over a fresh admin app of the file's server, counting its calls: `scans` are
 * first pages of the refund listing (of `scannedTypes`), `inFlight` the other transaction and
 * product calls running.
 * `refundPage` replaces the refund listing (a gate, a failure).
 */
function counted(
  refundPage?: (options: ListOptions, real: () => ReturnType<SdkAdminApp['listTransactions']>) => ReturnType<SdkAdminApp['listTransactions']>,
  server = main(),
) {
  const real = adminApp(server)
  const calls = { scans: 0, refundPages: 0, started: 0, inFlight: 0, scannedTypes: [] as Array<string | undefined> }
  const tracked = <T>(run: () => Promise<T>) => {
    calls.started += 1
    calls.inFlight += 1
    return run().finally(() => (calls.inFlight -= 1))
  }
  const app = wrapApp(real, {
    listTransactions: (options) => {
      if (options?.type !== 'refund') return tracked(() => real.listTransactions(options))
      calls.refundPages += 1
      if (!options.cursor) {
        calls.scans += 1
        calls.scannedTypes.push(options.customerType)
      }
      return refundPage ? refundPage(options, () => real.listTransactions(options)) : real.listTransactions(options)
    },
    listProducts: (options) => tracked(() => real.listProducts(options)),
  })
  return { adapter: createSdkAdapter({ app }), calls }
}

/**
 * The `nth` customer of `type` with at least `live` live purchases, and the first `each` of them
 * refunded USD `value` through another adapter (the REST one: the adapter under test does not see
 * it happen). The file's servers are shared: each refund takes purchases no earlier test refunded.
 */
async function refundedOnServer(
  type: CustomerRef['type'],
  { each = 1, live = each, nth = 0, value = '1', server = main() }: { each?: number; live?: number; nth?: number; value?: string; server?: ReferenceServer } = {},
): Promise<{ customer: CustomerRef; purchases: Purchase[] }> {
  const found = [...(await livePurchases(server)).values()].filter((rows) => rows[0]?.customer.type === type && rows.length >= live)[nth]
  if (!found?.[0]) throw new Error(`the reference dataset has fewer than ${nth + 1} ${type}s with ${live} live USD purchases`)
  const purchases = found.slice(0, each)
  const elsewhere = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
  for (const p of purchases) await elsewhere.refundTransaction({ customer: p.customer, transactionId: p.id, amount: { currency: 'USD', value } })
  return { customer: found[0].customer, purchases }
}

const memoryMetrics = (customer: CustomerRef) => main().memory.getCustomerMetrics({ customer, signal: signal() })

describe('SDK adapter: one shared refund scan', () => {
  it('scans once for a customer view, its transactions and metrics read together and then again one after the other', async () => {
    const { customer, purchases } = await refundedOnServer('user')
    const { adapter, calls } = counted()
    const [pages, metrics] = await Promise.all([walk(adapter, customer, 50), adapter.getCustomerMetrics?.({ customer, signal: signal() })])
    expect(refundOf(pages, purchases[0]?.id ?? '')).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
    expect(metrics?.totalSpent).toEqual((await memoryMetrics(customer)).totalSpent)
    await walk(adapter, customer, 50)
    await adapter.getCustomerMetrics?.({ customer, signal: signal() })
    expect(calls.scans).toBe(1)
  })

  it('scans once while walking the pages of a customer\u2019s transactions, each with a refund', async () => {
    const { customer, purchases } = await refundedOnServer('user', { each: 3, server: paged() })
    const { adapter, calls } = counted(undefined, paged())
    const pages = await walk(adapter, customer, 1)
    expect(pages.filter((items) => items.some((t) => t.refund !== null)).length).toBeGreaterThanOrEqual(3)
    for (const purchase of purchases) expect(refundOf(pages, purchase.id)).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
    expect(calls.scans).toBe(1)
  })

  it('shares the scan between customers of the same type, each seeing only its own refunds', async () => {
    const first = await refundedOnServer('user', { value: '1' })
    const second = await refundedOnServer('user', { nth: 1, value: '2' })
    const { adapter, calls } = counted()
    const [a, b] = await Promise.all([walk(adapter, first.customer, 50), walk(adapter, second.customer, 50)])
    expect(refundOf(a, first.purchases[0]?.id ?? '')).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
    expect(refundOf(b, second.purchases[0]?.id ?? '')).toMatchObject({ kind: 'partial', amount: { USD: '2' } })
    expect(refundOf(a, second.purchases[0]?.id ?? '')).toBeUndefined()
    expect(calls.scans).toBe(1)
  })

  it('scans each customer type apart', async () => {
    const user = await refundedOnServer('user')
    const team = await refundedOnServer('team')
    const { adapter, calls } = counted()
    await Promise.all([walk(adapter, user.customer, 50), walk(adapter, team.customer, 50)])
    expect(calls.scannedTypes.sort()).toEqual(['team', 'user'])
  })

  it('scans again once the answer is older than the reuse window', async () => {
    const { customer } = await refundedOnServer('team')
    const { adapter, calls } = counted()
    await adapter.getCustomerMetrics?.({ customer, signal: signal() })
    vi.setSystemTime(Date.now() + REFUND_SCAN_REUSE_MS)
    await adapter.getCustomerMetrics?.({ customer, signal: signal() })
    expect(calls.scans).toBe(1)
    vi.setSystemTime(Date.now() + 1)
    await adapter.getCustomerMetrics?.({ customer, signal: signal() })
    expect(calls.scans).toBe(2)
  })

  it('scans again after a refund through the adapter and shows what it gave back', async () => {
    const { customer } = await refundedOnServer('user', { live: 2 })
    const later = (await livePurchases(main())).get(`${customer.type}:${customer.id}`)?.[0]
    if (!later) throw new Error('needs a customer with two live USD purchases')
    const { adapter, calls } = counted()
    const before = await adapter.getCustomerMetrics?.({ customer, signal: signal() })
    expect(calls.scans).toBe(1)
    await adapter.refundTransaction?.({ customer, transactionId: later.id, amount: { currency: 'USD', value: '2' } })
    expect(refundOf(await walk(adapter, customer, 50), later.id)).toMatchObject({ kind: 'partial', amount: { USD: '2' } })
    const after = await adapter.getCustomerMetrics?.({ customer, signal: signal() })
    expect(after?.refundCount).toBe((before?.refundCount ?? 0) + 1)
    expect(after?.totalSpent).toEqual((await memoryMetrics(customer)).totalSpent)
    expect(calls.scans).toBe(2)
  })
})

describe('SDK adapter: the shared refund scan and its callers', () => {
  /**
   * An adapter whose refund listing waits at a gate until `open()`, and `leave(customer)`: starts
   * a read of the customer's transactions that starts the scan, and returns `abort()`, which
   * aborts that read and checks that it ended with an AbortError.
   */
  function gated() {
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const { adapter, calls } = counted(async (_, real) => (await gate, real()))
    const leave = async (customer: CustomerRef) => {
      const leaving = new AbortController()
      const left = outcome(adapter.listTransactions({ customer, limit: 50, signal: leaving.signal }))
      await expect.poll(() => calls.scans).toBe(1)
      return {
        async abort() {
          leaving.abort()
          const result = await left
          expect('error' in result && isAbortError(result.error)).toBe(true)
        },
      }
    }
    return { adapter, calls, open, leave }
  }

  it('keeps the scan for a caller that stays when another caller waiting on it aborts', async () => {
    const { customer } = await refundedOnServer('user')
    const { adapter, calls, open, leave } = gated()
    const leaving = await leave(customer)
    const startedBefore = calls.started
    const staying = adapter.getCustomerMetrics?.({ customer, signal: signal() })
    // Once its own calls are done, the staying caller waits on the scan (it follows them at once).
    await expect.poll(() => calls.started > startedBefore && calls.inFlight === 0).toBe(true)
    await leaving.abort()
    open()
    expect((await staying)?.totalSpent).toEqual((await memoryMetrics(customer)).totalSpent)
    expect(calls.scans).toBe(1)
  })

  it('drops the scan once nobody waits, and scans again for the next caller', async () => {
    const { customer, purchases } = await refundedOnServer('user')
    const { adapter, calls, open, leave } = gated()
    await (await leave(customer)).abort()
    open()
    const page = await adapter.listTransactions({ customer, limit: 50, signal: signal() })
    expect(page.items.find((t) => t.id === purchases[0]?.id)?.refund).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
    expect(calls.scans).toBe(2)
  })

  it('does not keep a failed scan: the next read scans again', async () => {
    const { customer, purchases } = await refundedOnServer('user')
    let failures = 1
    const { adapter, calls } = counted((_, real) => (failures-- > 0 ? Promise.reject(new Error('Failed to send request to http://127.0.0.1:1/api/v1/x: 503 busy')) : real()))
    await expect(adapter.listTransactions({ customer, limit: 50, signal: signal() })).rejects.toMatchObject({ code: 'busy' })
    const page = await adapter.listTransactions({ customer, limit: 50, signal: signal() })
    expect(page.items.find((t) => t.id === purchases[0]?.id)?.refund).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
    expect(calls.scans).toBe(2)
  })

  it('asks a backend that refuses type refund once, and counts its refunds in full', async () => {
    const { customer, purchases } = await refundedOnServer('user', { each: 2 })
    const { adapter, calls } = counted(() => Promise.reject(new KnownErrors.SchemaError('query.type must be one of the following values: purchase, subscription-renewal')))
    const [pages] = await Promise.all([walk(adapter, customer, 1), adapter.getCustomerMetrics?.({ customer, signal: signal() })])
    await adapter.getCustomerMetrics?.({ customer, signal: signal() })
    for (const purchase of purchases) expect(refundOf(pages, purchase.id)).toEqual({ kind: 'full' })
    expect(calls.refundPages).toBe(1)
  })

  it('contacted nothing but the loopback servers', () => {
    expectLoopbackOnly()
  })
})
