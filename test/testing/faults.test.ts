import { describe, expect, it } from 'vitest'
import { isPaymentsError } from '../../src/adapter/errors'
import { createTestAdapter } from '../../src/testing/test-adapter'
import { withFaults } from '../../src/testing/faults'

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

  it('aborts during the injected latency', async () => {
    const adapter = withFaults(createTestAdapter({ listCustomers: async () => page }), { latency: 10_000 })
    const controller = new AbortController()
    const started = Date.now()
    const promise = adapter.listCustomers({ type: 'all', limit: 1, signal: controller.signal })
    controller.abort()
    const error = await promise.then(() => null, (e: unknown) => e)
    expect((error as Error).name).toBe('AbortError')
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('keeps absent capabilities absent', () => {
    expect(withFaults(createTestAdapter()).refundTransaction).toBeUndefined()
  })
})
