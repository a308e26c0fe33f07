/**
 * Issue 14, point 1: the price an owned product shows is the one the customer was charged. Each
 * `describe` holds a figure that was wrong before: a subscription to a product with several prices
 * showed no price, and a one-time product showed a later free grant's zero over a paid purchase.
 */
import { describe, expect, it } from 'vitest'
import type { OwnedProduct, ProductSnapshot, Transaction } from '../../src/adapter/types'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { createFormatters } from '../../src/lib/format'
import { createTranslator } from '../../src/lib/create-translator'
import { ownedProductPrice, type OwnedProductPrice } from '../../src/lib/payments'
import { ownedPriceSummary } from '../../src/lib/price-summary'
import { purchase, snapshot, USER } from '../../stories/fixtures/customer-payments'

const format = createFormatters('en-US', { timeZone: 'UTC' })
const t = createTranslator(undefined, 'en-US')
const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T09:00:00Z`
const signal = () => new AbortController().signal

/** The price as the products section words it ('' when it shows none). */
const shown = (price: OwnedProductPrice): string => ownedPriceSummary(price, format, t) ?? ''

const proSubscription = (subscriptionId: string, overrides: Partial<OwnedProduct> = {}): OwnedProduct => ({
  id: 'pro',
  quantity: 1,
  kind: 'subscription',
  product: snapshot('pro'),
  subscription: { id: subscriptionId, status: 'active', currentPeriodEnd: '2027-10-01T09:00:00Z', cancelAtPeriodEnd: false, isCancelable: true },
  ...overrides,
})

const creditPack = (overrides: Partial<OwnedProduct> = {}): OwnedProduct => ({
  id: 'credit-pack',
  quantity: 2,
  kind: 'one_time',
  product: snapshot('credit-pack'),
  subscription: null,
  ...overrides,
})

describe('a subscription to a product with several prices', () => {
  it('shows the price the adapter says it was bought at, with no purchase loaded', () => {
    const owned = proSubscription('sub-1', { priceId: 'yearly', price: { amounts: { EUR: '279' }, interval: [1, 'year'] } })
    expect(shown(ownedProductPrice(owned, []))).toBe('€279.00 / year')
  })

  it('shows the price id alone in every currency of that price', () => {
    expect(shown(ownedProductPrice(proSubscription('sub-1', { priceId: 'yearly' }), []))).toBe('$299.00, €279.00, ¥44,000 / year')
  })

  it('prefers its own purchase, by subscription id, over what the adapter reported', () => {
    const own = purchase({ id: 'sub-1', customer: USER, productId: 'pro', priceId: 'monthly', amount: { USD: '29.99' }, at: at(2), subscription: true })
    const owned = proSubscription('sub-1', { priceId: 'yearly' })
    expect(shown(ownedProductPrice(owned, [own]))).toBe('$29.99 / month')
  })

  it('falls back to the newest purchase of the same product when its own purchase is not loaded', () => {
    const other = purchase({ id: 'sub-0', customer: USER, productId: 'pro', priceId: 'yearly', amount: { USD: '299' }, at: at(1), subscription: true })
    expect(shown(ownedProductPrice(proSubscription('sub-1'), [other]))).toBe('$299.00 / year')
  })

  it('is reported by the memory adapter, in the currency charged', async () => {
    const adapter = createMemoryAdapter({
      data: {
        ledgers: [
          {
            customer: USER,
            transactions: [purchase({ id: 'pro-yearly', customer: USER, productId: 'pro', priceId: 'yearly', amount: { EUR: '279' }, at: at(3), subscription: true })],
          },
        ],
      },
    })
    const { items } = await adapter.listOwnedProducts({ customer: USER, limit: 10, signal: signal() })
    const pro = items.find((row) => row.id === 'pro')
    expect(pro).toMatchObject({ priceId: 'yearly', price: { amounts: { EUR: '279' }, interval: [1, 'year'] } })
    expect(shown(ownedProductPrice(pro ?? proSubscription('none'), []))).toBe('€279.00 / year')
  })
})

describe('a one-time product bought, then granted free', () => {
  const paid = purchase({ id: 'paid', customer: USER, productId: 'credit-pack', priceId: 'pack', amount: { USD: '10' }, at: at(1) })
  const grant = purchase({ id: 'grant', customer: USER, productId: 'credit-pack', priceId: null, at: at(5) })

  it('shows what the paid purchase charged, not "Granted", when the grant is newer', () => {
    expect(shown(ownedProductPrice(creditPack(), [grant, paid]))).toBe('$10.00')
  })

  it('shows what the paid purchase charged, not "Free", when the newest purchase charged USD 0 at a zero price', () => {
    const withPromo: ProductSnapshot = {
      ...snapshot('credit-pack'),
      prices: [...snapshot('credit-pack').prices, { id: 'promo', amounts: { USD: '0' }, interval: null, freeTrial: null }],
    }
    const free: Transaction = purchase({ id: 'promo', customer: USER, productId: 'credit-pack', product: withPromo, priceId: 'promo', amount: { USD: '0' }, at: at(6) })
    expect(shown(ownedProductPrice(creditPack({ product: withPromo }), [free, grant, paid]))).toBe('$10.00')
  })

  it('keeps the paid price when the paid purchase is not loaded but the adapter reported it', () => {
    const owned = creditPack({ priceId: 'pack', price: { amounts: { USD: '10' }, interval: null } })
    expect(shown(ownedProductPrice(owned, [grant]))).toBe('$10.00')
  })

  it('says "Granted" when it was only ever granted', () => {
    expect(shown(ownedProductPrice(creditPack(), [grant]))).toBe('Granted')
    expect(shown(ownedProductPrice(creditPack({ priceId: null, price: null }), []))).toBe('Granted')
  })

  it('is reported by the memory adapter from the paid purchase', async () => {
    const adapter = createMemoryAdapter({ data: { ledgers: [{ customer: USER, transactions: [grant, paid] }] } })
    const { items } = await adapter.listOwnedProducts({ customer: USER, limit: 10, signal: signal() })
    expect(items.find((row) => row.id === 'credit-pack')).toMatchObject({ quantity: 2, priceId: 'pack', price: { amounts: { USD: '10' }, interval: null } })
  })
})
