/**
 * The REST adapter loads the code of a customer's view and of every mutation on the first call
 * that needs it (`onFirstCall`, one chunk): a failed load is a retryable `network` error naming
 * the method, and the next call loads again; an abort stops only the caller's wait.
 */
import { describe, expect, it } from 'vitest'
import { isAbortError, isPaymentsError, type PaymentsError } from '../../../src/adapter/errors'
import { onFirstCall } from '../../../src/adapters/rest/load-on-first-call'

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error,
  )
}

function paymentsError(error: unknown): PaymentsError {
  if (!isPaymentsError(error)) throw new Error(`expected a PaymentsError, got ${String(error)}`)
  return error
}

/** The code itself, as `use` gets it. */
const code = <T>(value: T) => Promise.resolve(value)

/** A loader whose loads the test settles one by one, counting them. */
function controlledLoader<T>() {
  const pending: Array<{ resolve: (value: T) => void; reject: (error: unknown) => void }> = []
  const load = () => new Promise<T>((resolve, reject) => pending.push({ resolve, reject }))
  return { load, pending }
}

describe('onFirstCall', () => {
  it('loads once, on the first call, and shares the load with every later call', async () => {
    const loader = controlledLoader<{ answer: number }>()
    const later = onFirstCall(loader.load)
    expect(loader.pending).toHaveLength(0)
    const first = later('listTransactions', undefined, code)
    const second = later('getBilling', undefined, code)
    await Promise.resolve()
    expect(loader.pending).toHaveLength(1)
    loader.pending[0]?.resolve({ answer: 42 })
    expect(await first).toEqual({ answer: 42 })
    expect(await second).toBe(await first)
    expect(await later('refundTransaction', undefined, code)).toBe(await first)
    expect(loader.pending).toHaveLength(1)
  })

  it('runs the method within the call itself once the code is there, so it joins shared work at once', async () => {
    const loader = controlledLoader<{ answer: number }>()
    const later = onFirstCall(loader.load)
    const first = later('listProducts', undefined, code)
    await Promise.resolve()
    loader.pending[0]?.resolve({ answer: 3 })
    await first
    const used: number[] = []
    const second = later('listOwnedProducts', undefined, async (loaded) => used.push(loaded.answer))
    expect(used).toEqual([3])
    await second
  })

  it('reports a failed load as a network error naming the method, and loads again on the next call', async () => {
    const loader = controlledLoader<{ answer: number }>()
    const later = onFirstCall(loader.load)
    const failing = rejection(later('listItemBalances', undefined, code))
    const alsoFailing = rejection(later('createCheckoutUrl', undefined, code))
    await Promise.resolve()
    const cause = new TypeError('Failed to fetch dynamically imported module')
    loader.pending[0]?.reject(cause)
    const error = paymentsError(await failing)
    expect(error).toMatchObject({ code: 'network', method: 'listItemBalances', cause, details: { codeNotLoaded: true } })
    expect(error.message).toMatch(/^listItemBalances could not load its code/)
    expect(paymentsError(await alsoFailing)).toMatchObject({ code: 'network', method: 'createCheckoutUrl', cause })

    const retried = later('listItemBalances', undefined, code)
    await Promise.resolve()
    expect(loader.pending).toHaveLength(2)
    loader.pending[1]?.resolve({ answer: 7 })
    expect(await retried).toEqual({ answer: 7 })
  })

  it('stops only the aborted caller’s wait; the load carries on for the others', async () => {
    const loader = controlledLoader<{ answer: number }>()
    const later = onFirstCall(loader.load)
    const controller = new AbortController()
    const aborted = rejection(later('listOwnedProducts', controller.signal, code))
    const staying = later('listProducts', new AbortController().signal, code)
    await Promise.resolve()
    controller.abort()
    expect(isAbortError(await aborted)).toBe(true)
    loader.pending[0]?.resolve({ answer: 1 })
    expect(await staying).toEqual({ answer: 1 })
    expect(loader.pending).toHaveLength(1)
  })

  it('rejects an already aborted call with an AbortError without starting a load', async () => {
    const loader = controlledLoader<{ answer: number }>()
    const later = onFirstCall(loader.load)
    expect(isAbortError(await rejection(later('getCustomerMetrics', AbortSignal.abort(), code)))).toBe(true)
    expect(loader.pending).toHaveLength(0)
  })
})
