import { describe, expect, it } from 'vitest'
import type { OwnedProduct, Transaction } from '../../src/adapter/types'
import {
  currencyDigits,
  hasMoney,
  isCancelable,
  isRefundable,
  ownedProductPrice,
  transactionAmounts,
} from '../../src/lib/payments'
import { itemChange, purchase, snapshot, USER } from '../../stories/fixtures/customer-payments'

const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T09:00:00Z`

function owned(productId: string | null, overrides: Partial<OwnedProduct> = {}): OwnedProduct {
  return {
    id: productId,
    quantity: 1,
    kind: 'one_time',
    product: snapshot(productId ?? 'credit-pack'),
    subscription: null,
    ...overrides,
  }
}

const subscription = (id: string, overrides: Partial<NonNullable<OwnedProduct['subscription']>> = {}) => ({
  id,
  status: 'active' as const,
  currentPeriodEnd: '2026-11-01T00:00:00Z',
  cancelAtPeriodEnd: false,
  isCancelable: true,
  ...overrides,
})

describe('transactionAmounts and hasMoney', () => {
  it('sums what a transaction charged per currency, over its money transfers only', () => {
    const tx: Transaction = {
      ...purchase({ id: 't', customer: USER, productId: 'credit-pack', priceId: 'pack', amount: { USD: '10.50', EUR: '9' }, at: at(1) }),
    }
    tx.entries.push({ type: 'money_transfer', customer: USER, chargedAmount: { USD: '0.25' } })
    expect(transactionAmounts(tx)).toEqual({ USD: '10.75', EUR: '9' })
    expect(hasMoney(tx)).toBe(true)
  })

  it('sees no money in a free grant or an item change', () => {
    expect(hasMoney(purchase({ id: 'g', customer: USER, productId: 'credit-pack', priceId: null, amount: { USD: '0.00' }, at: at(1) }))).toBe(false)
    expect(transactionAmounts(itemChange('i', USER, 'credits', 5, at(2)))).toEqual({})
  })
})

describe('ownedProductPrice', () => {
  it('takes the price a subscription was bought at, by its subscription id, with the currency charged', () => {
    const yearly = purchase({ id: 'sub-1', customer: USER, productId: 'pro', priceId: 'yearly', amount: { EUR: '279' }, at: at(2), subscription: true })
    const monthly = purchase({ id: 'sub-2', customer: USER, productId: 'pro', priceId: 'monthly', amount: { USD: '29.99' }, at: at(1), subscription: true })
    const price = ownedProductPrice(owned('pro', { kind: 'subscription', subscription: subscription('sub-2') }), [yearly, monthly])
    expect(price).toMatchObject({ kind: 'price', price: { id: 'monthly' }, currency: 'USD' })
  })

  it('takes the paid purchase of a one-time product, and says "granted" when it was only granted without a price', () => {
    const paid = purchase({ id: 'p', customer: USER, productId: 'credit-pack', priceId: 'pack', amount: { JPY: '1200' }, at: at(1) })
    const grant = purchase({ id: 'g', customer: USER, productId: 'credit-pack', priceId: null, at: at(3) })
    expect(ownedProductPrice(owned('credit-pack'), [paid])).toMatchObject({ kind: 'price', price: { id: 'pack' }, currency: 'JPY' })
    expect(ownedProductPrice(owned('credit-pack'), [grant])).toEqual({ kind: 'granted' })
  })

  it('matches an inline product (no id) by its name', () => {
    const inline = purchase({ id: 'x', customer: USER, productId: null, product: snapshot('credit-pack'), priceId: 'pack', amount: { USD: '10' }, at: at(1) })
    expect(ownedProductPrice(owned(null), [inline])).toMatchObject({ kind: 'price', currency: 'USD' })
  })

  it('falls back to the product: its only price, free without one, unknown with several', () => {
    expect(ownedProductPrice(owned('credit-pack'), [])).toMatchObject({ kind: 'price', price: { id: 'pack' }, currency: null })
    expect(ownedProductPrice(owned('free', { product: snapshot('free') }), [])).toEqual({ kind: 'free' })
    expect(ownedProductPrice(owned('pro', { product: snapshot('pro') }), [])).toEqual({ kind: 'unknown' })
  })
})

describe('which rows the actions apply to', () => {
  it('cancels only an active, cancelable subscription not already cancelling', () => {
    const sub = (overrides = {}) => owned('pro', { kind: 'subscription', product: snapshot('pro'), subscription: subscription('s', overrides) })
    expect(isCancelable(sub())).toBe(true)
    expect(isCancelable(sub({ cancelAtPeriodEnd: true }))).toBe(false)
    expect(isCancelable(sub({ isCancelable: false }))).toBe(false)
    expect(isCancelable(owned('credit-pack'))).toBe(false)
  })

  it('refunds only a purchase that moved money, outside test mode, not refunded yet', () => {
    const paid = (overrides = {}) => purchase({ id: 'p', customer: USER, productId: 'credit-pack', priceId: 'pack', amount: { USD: '10' }, at: at(1), ...overrides })
    expect(isRefundable(paid())).toBe(true)
    expect(isRefundable(paid({ testMode: true }))).toBe(false)
    expect(isRefundable(paid({ refund: { kind: 'full', refundedAt: at(2) } }))).toBe(false)
    expect(isRefundable(paid({ amount: { USD: '0' } }))).toBe(false)
    expect(isRefundable(itemChange('i', USER, 'credits', 5, at(2)))).toBe(false)
  })
})

describe('currencyDigits', () => {
  it("uses the currency's own decimals, and 2 for an unknown or malformed code", () => {
    expect(currencyDigits('en-US', 'USD')).toBe(2)
    expect(currencyDigits('en-US', 'JPY')).toBe(0)
    expect(currencyDigits('en-US', 'not a code')).toBe(2)
    expect(currencyDigits('en-US', undefined)).toBe(2)
  })
})
