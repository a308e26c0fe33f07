import { afterEach, describe, expect, it, vi } from 'vitest'
import { isAbortError, isPaymentsError } from '../../../src/adapter/errors'
import type { AdapterMethod, CustomerRef } from '../../../src/adapter/types'
import { parseResponse } from '../../../src/adapter/validate'
import { createMemoryAdapter, memoryCustomerId, type MemoryAdapter } from '../../../src/adapters/memory'
import { describeAdapterContract } from '../../../src/testing/contract'
import { watch } from '../../promises'
import { adapterWith, allTransactions, findTransaction, isPaid, rejection, signal } from './helpers'

describeAdapterContract('memory adapter', () => createMemoryAdapter({ seed: 3 }), {
  trustedReturnUrl: 'https://app.example.com/billing',
  makeBlockedAdapter: () => createMemoryAdapter({ seed: 3, blockNewPurchases: true }),
  makePaymentsNotConfiguredAdapter: () => createMemoryAdapter({ seed: 3, paymentsConfigured: false }),
})

const user: CustomerRef = { type: 'user', id: memoryCustomerId('user', 0) }

/** Calls every read of the adapter for a customer with the given signal. */
function everyRead(adapter: MemoryAdapter, customer: CustomerRef, s: AbortSignal): Array<[AdapterMethod, Promise<unknown>]> {
  return [
    ['listCustomers', adapter.listCustomers({ type: 'all', limit: 10, signal: s })],
    ['getCustomers', adapter.getCustomers({ refs: [customer, { type: 'custom', id: 'x' }], signal: s })],
    ['listProducts', adapter.listProducts({ signal: s })],
    ['listOwnedProducts', adapter.listOwnedProducts({ customer, limit: 10, signal: s })],
    ['listItemBalances', adapter.listItemBalances({ customer, signal: s })],
    ['listTransactions', adapter.listTransactions({ customer, limit: 10, signal: s })],
    ['getCustomerMetrics', adapter.getCustomerMetrics({ customer, signal: s })],
    ['getBilling', adapter.getBilling({ customer, signal: s })],
  ]
}

describe('memory adapter responses', () => {
  it('satisfies the response schema of every method', async () => {
    const adapter = adapterWith()
    const page = await adapter.listCustomers({ type: 'all', limit: 400, signal: signal() })
    parseResponse('listCustomers', page)
    for (const customer of page.items) {
      for (const [method, call] of everyRead(adapter, customer, signal())) parseResponse(method, await call)
    }
    parseResponse('listProducts', await adapter.listProducts({ customerType: 'team', signal: signal() }))
    parseResponse('listCustomers', await adapter.listCustomers({ type: 'custom', limit: 3, search: 'acme', signal: signal() }))
    parseResponse('createCheckoutUrl', await adapter.createCheckoutUrl({ customer: user, productId: 'credit-pack', idempotencyKey: 'k', returnUrl: 'http://localhost:3000/' }))
    parseResponse('grantProduct', await adapter.grantProduct({ customer: user, productId: 'credit-pack' }))
    parseResponse('changeItemQuantity', await adapter.changeItemQuantity({ customer: user, itemId: 'credits', delta: -9999, allowNegative: true }))
    const { customer, transaction } = await findTransaction(adapter, 'user', (t) => t.type === 'purchase' && isPaid(t) && !t.refund && !t.testMode)
    parseResponse('refundTransaction', await adapter.refundTransaction({ customer, transactionId: transaction.id }))
    const subscribed = await findTransaction(adapter, 'team', (t) => t.entries.some((e) => e.type === 'product_grant' && Boolean(e.subscriptionId)) && !t.refund)
    const owned = await adapter.listOwnedProducts({ customer: subscribed.customer, limit: 50, signal: signal() })
    const subscription = owned.items.find((o) => o.subscription)
    if (subscription) {
      parseResponse('cancelSubscription', await adapter.cancelSubscription({ customer: subscribed.customer, productId: subscription.id, subscriptionId: subscription.subscription?.id }))
    }
    for (const [method, call] of everyRead(adapter, user, signal())) parseResponse(method, await call)
    for (const [method, call] of everyRead(adapter, customer, signal())) parseResponse(method, await call)
  })

  it('returns fresh copies that callers may mutate', async () => {
    const adapter = adapterWith()
    const first = await adapter.listTransactions({ customer: user, limit: 50, signal: signal() })
    const snapshot = structuredClone(first)
    for (const t of first.items) {
      t.entries.length = 0
      t.refund = { kind: 'full' }
    }
    const catalog = await adapter.listProducts({ signal: signal() })
    catalog.products.length = 0
    expect(await adapter.listTransactions({ customer: user, limit: 50, signal: signal() })).toEqual(snapshot)
    expect((await adapter.listProducts({ signal: signal() })).products.length).toBeGreaterThan(0)
  })
})

describe('memory adapter signals, latency and faults', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('rejects every read with an AbortError when its signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    for (const [method, call] of everyRead(adapterWith(), user, controller.signal)) {
      const error = await rejection(call)
      expect(isAbortError(error), method).toBe(true)
    }
  })

  it('rejects with an AbortError as soon as the signal aborts during the latency', async () => {
    vi.useFakeTimers()
    const adapter = adapterWith({ latency: 10_000 })
    const controller = new AbortController()
    const call = watch(adapter.listCustomers({ type: 'all', limit: 10, signal: controller.signal }))
    await vi.advanceTimersByTimeAsync(5_000)
    expect(call.status).toBe('pending')
    controller.abort()
    await vi.advanceTimersByTimeAsync(0)
    expect(call.status).toBe('rejected')
    expect(isAbortError(call.reason)).toBe(true)
  })

  it('changes nothing when a mutation is called with an aborted signal', async () => {
    const adapter = adapterWith({ data: { ledgers: [{ customer: user, transactions: [] }] } })
    const controller = new AbortController()
    controller.abort()
    const error = await rejection(adapter.grantProduct({ customer: user, productId: 'lifetime', signal: controller.signal }))
    expect(isAbortError(error)).toBe(true)
    expect(await allTransactions(adapter, user)).toEqual([])
  })

  it('answers only once the configured latency has passed', async () => {
    vi.useFakeTimers()
    const adapter = adapterWith({ latency: [40, 60] })
    const call = watch(adapter.listProducts({ signal: signal() }))
    await vi.advanceTimersByTimeAsync(39)
    expect(call.status).toBe('pending')
    await vi.advanceTimersByTimeAsync(21)
    expect(call.status).toBe('fulfilled')
    expect(call.value?.products.length).toBeGreaterThan(0)
    expect(typeof adapter.inspect).toBe('function')
    expect(typeof adapter.refundTransaction).toBe('function')
  })

  it('fails with seeded network errors at the configured rate, the same for the same seed', async () => {
    const outcomes = async (seed: number) => {
      const adapter = adapterWith({ failureRate: 0.5, seed })
      const results: string[] = []
      for (let i = 0; i < 20; i++) {
        const result = await adapter.listProducts({ signal: signal() }).then(
          () => 'ok',
          (e: unknown) => (isPaymentsError(e) ? e.code : 'other'),
        )
        results.push(result)
      }
      return results
    }
    const first = await outcomes(4)
    expect(first).toContain('network')
    expect(first).toContain('ok')
    expect(await outcomes(4)).toEqual(first)
  })
})
