/**
 * Issue 14, point 1: what a refund gave back and what a customer spent, in the payments domain.
 * A partial refund subtracts only its amount; a full one everything charged; a partial refund of
 * unknown amount subtracts nothing it cannot name.
 */
import { describe, expect, it } from 'vitest'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { refundedAmounts, totalSpent } from '../../src/lib/payments'
import { purchase, renewal, USER } from '../../stories/fixtures/customer-payments'

const at = (day: number) => `2026-09-${String(day).padStart(2, '0')}T09:00:00Z`
const pack = (id: string, amount: Record<string, string>, refund: Parameters<typeof purchase>[0]['refund'] = null, testMode = false) =>
  purchase({ id, customer: USER, productId: 'credit-pack', priceId: 'pack', amount, quantity: 3, at: at(1), refund, testMode })

describe('refundedAmounts', () => {
  it('is the amount a partial refund gave back', () => {
    expect(refundedAmounts(pack('p', { USD: '30' }, { kind: 'partial', amount: { USD: '10' } }))).toEqual({ USD: '10' })
  })

  it('is everything charged for a full refund without amount, and nothing for a partial one without', () => {
    expect(refundedAmounts(pack('f', { EUR: '28.50' }, { kind: 'full' }))).toEqual({ EUR: '28.50' })
    expect(refundedAmounts(pack('u', { EUR: '28.50' }, { kind: 'partial' }))).toEqual({})
    expect(refundedAmounts(pack('n', { EUR: '28.50' }))).toEqual({})
  })
})

describe('totalSpent', () => {
  it('subtracts a partial refund in part, a full refund in full, and leaves out test mode, per currency', () => {
    const transactions = [
      pack('partial', { USD: '30' }, { kind: 'partial', amount: { USD: '10' } }),
      pack('full', { USD: '30' }, { kind: 'full', amount: { USD: '30' } }),
      pack('test', { USD: '30' }, null, true),
      pack('yen', { JPY: '3600' }, { kind: 'partial', amount: { JPY: '1200' } }),
      renewal('renewal', USER, { EUR: '27.99' }, at(2)),
    ]
    expect(totalSpent(transactions)).toEqual({ USD: '20', JPY: '2400', EUR: '27.99' })
  })

  it('is what the memory adapter reports as total spent', async () => {
    const transactions = [pack('partial', { USD: '30' }, { kind: 'partial', amount: { USD: '10' }, refundedAt: at(3) }), renewal('renewal', USER, { EUR: '27.99' }, at(2))]
    const adapter = createMemoryAdapter({ data: { ledgers: [{ customer: USER, transactions }] } })
    const metrics = await adapter.getCustomerMetrics({ customer: USER, signal: new AbortController().signal })
    expect(metrics.totalSpent).toEqual({ USD: '20', EUR: '27.99' })
    expect(metrics.refundCount).toBe(1)
  })
})
