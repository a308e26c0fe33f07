import { afterEach, describe, expect, it, vi } from 'vitest'
import { isPaymentsError } from '../../src/adapter/errors'
import { createTestAdapter } from '../../src/testing/test-adapter'
import { withFaults } from '../../src/testing/faults'
import { watch } from '../promises'

const page = { items: [], nextCursor: null }

function outcomes(seed: number, failureRate: number, n = 40) {
  const adapter = withFaults(createTestAdapter({ listCustomers: async () => page }), { seed, failureRate })
  return Promise.all(
    Array.from({ length: n }, () =>
      adapter.listCustomers({ type: 'all', limit: 1, signal: new AbortController().signal }).then(
        () => 'ok',
        (e: unknown) => (isPaymentsError(e) ? e.code : 'other'),
      ),
    ),
  )
}

describe('withFaults', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('fails about the requested share of calls with network errors, the same way for the same seed', async () => {
    const a = await outcomes(5, 0.5)
    const b = await outcomes(5, 0.5)
    expect(a).toEqual(b)
    const failures = a.filter((o) => o === 'network').length
    expect(failures).toBeGreaterThan(8)
    expect(failures).toBeLessThan(32)
    expect(a.every((o) => o === 'ok' || o === 'network')).toBe(true)
  })

  it('passes every call through with a zero failure rate', async () => {
    expect(new Set(await outcomes(9, 0))).toEqual(new Set(['ok']))
  })

  it('holds the answer for the injected latency and rejects at once when aborted during it', async () => {
    vi.useFakeTimers()
    const adapter = withFaults(createTestAdapter({ listCustomers: async () => page }), { latency: 10_000 })
    const controller = new AbortController()
    const call = watch(adapter.listCustomers({ type: 'all', limit: 1, signal: controller.signal }))
    await vi.advanceTimersByTimeAsync(9_999)
    expect(call.status).toBe('pending')
    controller.abort()
    await vi.advanceTimersByTimeAsync(0)
    expect(call.status).toBe('rejected')
    expect((call.reason as Error).name).toBe('AbortError')
  })

  it('answers once the injected latency has passed', async () => {
    vi.useFakeTimers()
    const adapter = withFaults(createTestAdapter({ listCustomers: async () => page }), { latency: 10_000 })
    const call = watch(adapter.listCustomers({ type: 'all', limit: 1, signal: new AbortController().signal }))
    await vi.advanceTimersByTimeAsync(9_999)
    expect(call.status).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    expect(call.value).toEqual(page)
  })

  it('keeps absent capabilities absent', () => {
    expect(withFaults(createTestAdapter()).refundTransaction).toBeUndefined()
  })
})
