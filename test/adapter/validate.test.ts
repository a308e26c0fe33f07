import { describe, expect, it } from 'vitest'
import { PaymentsError, isPaymentsError, toPaymentsError, DEFAULT_ERROR_MESSAGES, PAYMENTS_ERROR_CODES } from '../../src/adapter/errors'
import { getCapabilities, parseResponse, validateAdapter } from '../../src/adapter/validate'
import { createTestAdapter } from '../../src/testing/test-adapter'
import type { Customer } from '../../src/adapter/types'

const signal = new AbortController().signal

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (error: unknown) => error,
  )
}

describe('PaymentsError', () => {
  it('has a default English message for every code', () => {
    for (const code of PAYMENTS_ERROR_CODES) {
      expect(new PaymentsError(code).message).toBe(DEFAULT_ERROR_MESSAGES[code])
      expect(DEFAULT_ERROR_MESSAGES[code].length).toBeGreaterThan(5)
    }
  })

  it('carries field errors for validation failures', () => {
    const error = new PaymentsError('validation', { fieldErrors: { returnUrl: 'Must be https' } })
    expect(error.fieldErrors).toEqual({ returnUrl: 'Must be https' })
    expect(isPaymentsError(error)).toBe(true)
  })

  it('wraps foreign errors as unknown and fetch type errors as network', () => {
    expect(toPaymentsError(new Error('boom')).code).toBe('unknown')
    expect(toPaymentsError(new Error('boom')).details).toEqual({ message: 'boom' })
    expect(toPaymentsError(new TypeError('Failed to fetch')).code).toBe('network')
  })
})

describe('parseResponse', () => {
  it('accepts a well-formed customer page', () => {
    const page = parseResponse('listCustomers', {
      items: [{ type: 'user', id: 'u1', displayName: 'Ada', email: 'ada@example.com', createdAt: '2026-01-02T03:04:05.000Z' }],
      nextCursor: null,
      total: { count: 1 },
    })
    expect(page.items[0]?.displayName).toBe('Ada')
  })

  it('names the method and the field path of a malformed row', () => {
    const error = (() => {
      try {
        parseResponse('listCustomers', {
          items: [
            { type: 'user', id: 'u1', displayName: 'Ada' },
            { type: 'robot', id: 'r1', displayName: null },
          ],
          nextCursor: null,
        })
      } catch (e) {
        return e
      }
      return null
    })()
    expect(isPaymentsError(error)).toBe(true)
    const e = error as PaymentsError
    expect(e.code).toBe('invalid_response')
    expect(e.method).toBe('listCustomers')
    expect(e.path).toBe('items[1].type')
    expect(e.message).toContain('listCustomers')
    expect(e.message).toContain('items[1].type')
  })

  it('rejects money that is not a decimal string', () => {
    expect(() =>
      parseResponse('getCustomerMetrics', {
        totalSpent: { USD: 12.5 },
        activeSubscriptions: 0,
        productsOwned: 0,
        transactionCount: 0,
        refundCount: 0,
        lastActivityAt: null,
      }),
    ).toThrow(/getCustomerMetrics.*totalSpent\.USD/)
  })

  it('rejects dates that are not ISO-8601', () => {
    expect(() =>
      parseResponse('createCheckoutUrl', { url: 'https://pay.example/x', expiresAt: 'tomorrow' }),
    ).toThrow(/createCheckoutUrl.*expiresAt/)
  })

  it('rejects an ISO-looking date that cannot be read, such as an hour-only offset', () => {
    const metrics = { totalSpent: {}, activeSubscriptions: 0, productsOwned: 0, transactionCount: 0, refundCount: 0 }
    expect(() => parseResponse('getCustomerMetrics', { ...metrics, lastActivityAt: '2024-01-01T00:00:00+01' })).toThrow(/getCustomerMetrics.*lastActivityAt/)
    expect(parseResponse('getCustomerMetrics', { ...metrics, lastActivityAt: '2024-01-01T00:00:00+01:00' }).lastActivityAt).toBe('2024-01-01T00:00:00+01:00')
  })

  it('rejects amounts too long to show as a finite number', () => {
    const metrics = { activeSubscriptions: 0, productsOwned: 0, transactionCount: 0, refundCount: 0, lastActivityAt: null }
    expect(() => parseResponse('getCustomerMetrics', { ...metrics, totalSpent: { USD: '9'.repeat(500) } })).toThrow(/totalSpent\.USD/)
    expect(() => parseResponse('getCustomerMetrics', { ...metrics, totalSpent: { USD: `1.${'0'.repeat(40)}` } })).toThrow(/totalSpent\.USD/)
    expect(parseResponse('getCustomerMetrics', { ...metrics, totalSpent: { USD: '123456789012345.99' } }).totalSpent.USD).toBe('123456789012345.99')
  })
})

describe('validateAdapter', () => {
  it('turns a malformed response into invalid_response instead of passing it on', async () => {
    const adapter = validateAdapter(
      createTestAdapter({ listItemBalances: async () => [{ itemId: 'credits', displayName: 'Credits', quantity: '3' }] as never }),
    )
    const error = await rejection(adapter.listItemBalances({ customer: { type: 'user', id: 'u' }, signal }))
    expect(error).toMatchObject({ code: 'invalid_response', method: 'listItemBalances', path: '[0].quantity' })
  })

  it('keeps an AbortError when the caller aborted its own signal', async () => {
    const controller = new AbortController()
    const adapter = validateAdapter(
      createTestAdapter({
        listCustomers: async () => {
          controller.abort()
          throw new DOMException('aborted', 'AbortError')
        },
      }),
    )
    const error = await rejection(adapter.listCustomers({ type: 'all', limit: 10, signal: controller.signal }))
    expect((error as Error).name).toBe('AbortError')
  })

  it('turns an AbortError the caller did not cause into a retryable network error naming the method', async () => {
    const adapter = validateAdapter(
      createTestAdapter({
        listCustomers: async () => {
          throw new DOMException('aborted', 'AbortError')
        },
      }),
    )
    const error = await rejection(adapter.listCustomers({ type: 'all', limit: 10, signal }))
    expect(error).toBeInstanceOf(PaymentsError)
    expect(error).toMatchObject({ code: 'network', method: 'listCustomers', details: { strayAbort: true } })
  })

  it('wraps a thrown foreign error as a PaymentsError naming the method', async () => {
    const adapter = validateAdapter(
      createTestAdapter({
        listProducts: async () => {
          throw new Error('database exploded')
        },
      }),
    )
    const error = await rejection(adapter.listProducts({ signal }))
    expect(error).toMatchObject({ code: 'unknown', method: 'listProducts' })
  })

  describe('getCustomers answers exactly the refs asked', () => {
    const refs = [
      { type: 'user' as const, id: 'u1' },
      { type: 'team' as const, id: 't1' },
    ]
    const answering = (answer: unknown) =>
      validateAdapter(createTestAdapter({ getCustomers: async () => answer as Array<Customer | null> }))

    it('accepts the customers asked for, with null for a missing one', async () => {
      const adapter = answering([{ type: 'user', id: 'u1', displayName: 'Ada' }, null])
      await expect(adapter.getCustomers({ refs, signal })).resolves.toEqual([{ type: 'user', id: 'u1', displayName: 'Ada' }, null])
    })

    it('rejects another customer in place of the one asked for, naming the entry', async () => {
      const adapter = answering([{ type: 'user', id: 'someone-else', displayName: 'Eve' }, null])
      const error = await rejection(adapter.getCustomers({ refs, signal }))
      expect(error).toMatchObject({ code: 'invalid_response', method: 'getCustomers', path: '[0]' })
    })

    it('rejects an answer with fewer entries than refs', async () => {
      const error = await rejection(answering([null]).getCustomers({ refs, signal }))
      expect(error).toMatchObject({ code: 'invalid_response', method: 'getCustomers' })
      expect((error as Error).message).toMatch(/expected 2 entries/)
    })
  })

  it('leaves absent capabilities absent', () => {
    const adapter = validateAdapter(createTestAdapter())
    expect(adapter.grantProduct).toBeUndefined()
    expect(getCapabilities(adapter)).toMatchObject({ grantProduct: false, metrics: false, partialRefunds: false })
  })
})

describe('createTestAdapter', () => {
  it('rejects unimplemented required methods with "<method> is not implemented"', async () => {
    const adapter = createTestAdapter()
    const error = await rejection(adapter.listCustomers({ type: 'all', limit: 1, signal }))
    expect(error).toMatchObject({ code: 'not_implemented', message: 'listCustomers is not implemented' })
  })
})
