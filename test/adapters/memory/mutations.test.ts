import { describe, expect, it } from 'vitest'
import type { CustomerRef, Transaction } from '../../../src/adapter/types'
import { memoryCustomerId } from '../../../src/adapters/memory'
import { adapterWith, allTransactions, expectCode, findTransaction, isPaid, NOW, signal } from './helpers'

const user: CustomerRef = { type: 'user', id: memoryCustomerId('user', 0) }
const team: CustomerRef = { type: 'team', id: memoryCustomerId('team', 0) }
const ghost: CustomerRef = { type: 'user', id: '00000000-0000-4000-8000-000000000002' }

/** A user and a team that start with nothing. */
function emptyLedgers() {
  return adapterWith({ data: { ledgers: [{ customer: user, transactions: [] }, { customer: team, transactions: [] }] } })
}

async function owned(adapter: ReturnType<typeof adapterWith>, customer: CustomerRef) {
  return (await adapter.listOwnedProducts({ customer, limit: 100, signal: signal() })).items
}

async function balance(adapter: ReturnType<typeof adapterWith>, customer: CustomerRef, itemId: string) {
  const balances = await adapter.listItemBalances({ customer, signal: signal() })
  return balances.find((b) => b.itemId === itemId)?.quantity
}

describe('memory adapter mutations', () => {
  describe('grantProduct', () => {
    it('adds the product, records a purchase without price or money, and adds the included items', async () => {
      const adapter = emptyLedgers()
      const result = await adapter.grantProduct({ customer: user, productId: 'lifetime' })
      expect(result).toEqual({})
      expect((await owned(adapter, user)).map((o) => [o.id, o.kind, o.quantity])).toEqual([['lifetime', 'one_time', 1]])
      const [transaction] = await allTransactions(adapter, user)
      expect(transaction).toMatchObject({ type: 'purchase', testMode: false, refund: null, createdAt: NOW.toISOString() })
      expect(transaction?.entries.map((e) => e.type)).toEqual(['product_grant', 'item_quantity_change'])
      expect(transaction?.entries[0]).toMatchObject({ type: 'product_grant', productId: 'lifetime', priceId: null, quantity: 1 })
      expect(await balance(adapter, user, 'storage-gb')).toBe(20)
    })

    it('starts an active subscription for a product whose first price has an interval', async () => {
      const adapter = emptyLedgers()
      const { subscriptionId } = await adapter.grantProduct({ customer: user, productId: 'pro' })
      const [pro] = await owned(adapter, user)
      expect(pro?.kind).toBe('subscription')
      expect(pro?.subscription).toEqual({
        id: subscriptionId,
        status: 'active',
        currentPeriodEnd: '2026-12-05T12:00:00.000Z',
        cancelAtPeriodEnd: false,
        isCancelable: true,
      })
    })

    it('cancels the active subscription of the same product line', async () => {
      const adapter = emptyLedgers()
      await adapter.grantProduct({ customer: team, productId: 'team-starter' })
      await adapter.grantProduct({ customer: team, productId: 'extra-seats', quantity: 3 })
      await adapter.grantProduct({ customer: team, productId: 'team-business' })
      expect((await owned(adapter, team)).map((o) => [o.id, o.quantity])).toEqual([
        ['extra-seats', 3],
        ['team-business', 1],
      ])
      expect(await balance(adapter, team, 'seats')).toBe(5 + 3 + 25)
    })

    it('stacks a stackable product', async () => {
      const adapter = emptyLedgers()
      await adapter.grantProduct({ customer: user, productId: 'credit-pack', quantity: 2 })
      await adapter.grantProduct({ customer: user, productId: 'credit-pack', quantity: 3 })
      expect((await owned(adapter, user)).map((o) => [o.id, o.quantity])).toEqual([['credit-pack', 5]])
      expect(await balance(adapter, user, 'credits')).toBe(5000)
    })

    it('does nothing for a product without prices, as the backend does', async () => {
      const adapter = emptyLedgers()
      await expect(adapter.grantProduct({ customer: user, productId: 'free' })).resolves.toEqual({})
      expect(await allTransactions(adapter, user)).toEqual([])
    })

    it('rejects an unknown user with not_found, then unknown products, type mismatches, quantities and owned products', async () => {
      const adapter = adapterWith({ data: { ledgers: [{ customer: user, products: ['pro'] }] } })
      await expectCode(adapter.grantProduct({ customer: ghost, productId: 'nope' }), 'not_found')
      await expectCode(adapter.grantProduct({ customer: user, productId: 'nope' }), 'product_not_found')
      await expectCode(adapter.grantProduct({ customer: user, productId: 'team-business', quantity: 2 }), 'customer_type_mismatch')
      const error = await expectCode(adapter.grantProduct({ customer: user, productId: 'pro', quantity: 2 }), 'validation')
      expect(error.fieldErrors).toHaveProperty('quantity')
      await expectCode(adapter.grantProduct({ customer: user, productId: 'pro' }), 'product_already_owned')
    })

    it('rejects grants by a client caller with forbidden', async () => {
      const adapter = adapterWith({ caller: { kind: 'client', userId: user.id, adminTeamIds: [] } })
      await expectCode(adapter.grantProduct({ customer: user, productId: 'lifetime' }), 'forbidden')
    })

    it('lists a new custom id once a grant gave it a transaction, newest first', async () => {
      const adapter = adapterWith()
      const newcomer: CustomerRef = { type: 'custom', id: 'new client/ü "x"' }
      const before = await adapter.listCustomers({ type: 'custom', limit: 100, signal: signal() })
      expect(before.items.map((c) => c.id)).not.toContain(newcomer.id)
      await adapter.grantProduct({ customer: newcomer, productId: 'api-credits' })
      const after = await adapter.listCustomers({ type: 'custom', limit: 100, signal: signal() })
      expect(after.total).toEqual({ count: (before.total?.count ?? 0) + 1 })
      expect(after.items[0]).toEqual({ type: 'custom', id: newcomer.id, displayName: null, createdAt: NOW.toISOString() })
      const [found] = await adapter.getCustomers({ refs: [newcomer], signal: signal() })
      expect(found?.createdAt).toBe(NOW.toISOString())
      const all = await adapter.listCustomers({ type: 'all', limit: 5, search: 'new client', signal: signal() })
      expect(all.items.map((c) => c.id)).toEqual([newcomer.id])
    })
  })

  describe('changeItemQuantity', () => {
    it('records a manual item quantity change and updates the balance', async () => {
      const adapter = emptyLedgers()
      await adapter.changeItemQuantity({ customer: user, itemId: 'credits', delta: 40, allowNegative: false })
      await adapter.changeItemQuantity({ customer: user, itemId: 'credits', delta: -15, allowNegative: false })
      expect(await balance(adapter, user, 'credits')).toBe(25)
      const [latest] = await allTransactions(adapter, user)
      expect(latest).toMatchObject({ type: 'manual-item-quantity-change', testMode: false })
      expect(latest?.entries).toEqual([{ type: 'item_quantity_change', customer: user, itemId: 'credits', quantity: -15 }])
    })

    it('allows a negative balance only with allowNegative, else fails with insufficient_quantity', async () => {
      const adapter = emptyLedgers()
      await expectCode(adapter.changeItemQuantity({ customer: user, itemId: 'credits', delta: -5, allowNegative: false }), 'insufficient_quantity')
      expect(await allTransactions(adapter, user)).toEqual([])
      await adapter.changeItemQuantity({ customer: user, itemId: 'credits', delta: -5, allowNegative: true })
      expect(await balance(adapter, user, 'credits')).toBe(-5)
    })

    it('rejects unknown items, items of another customer type and unknown users', async () => {
      const adapter = emptyLedgers()
      await expectCode(adapter.changeItemQuantity({ customer: user, itemId: 'nope', delta: 1, allowNegative: true }), 'item_not_found')
      await expectCode(adapter.changeItemQuantity({ customer: user, itemId: 'seats', delta: 1, allowNegative: true }), 'customer_type_mismatch')
      await expectCode(adapter.changeItemQuantity({ customer: ghost, itemId: 'credits', delta: 1, allowNegative: true }), 'not_found')
    })

    it('lists a new custom id after an item change', async () => {
      const adapter = adapterWith()
      await adapter.changeItemQuantity({ customer: { type: 'custom', id: '客户-9000' }, itemId: 'api-calls', delta: -3, allowNegative: true })
      const page = await adapter.listCustomers({ type: 'custom', limit: 1, signal: signal() })
      expect(page.items[0]?.id).toBe('客户-9000')
    })
  })

  describe('cancelSubscription', () => {
    it('cancels at period end and keeps the product owned', async () => {
      const adapter = emptyLedgers()
      await adapter.grantProduct({ customer: user, productId: 'pro' })
      await adapter.cancelSubscription({ customer: user, productId: 'pro' })
      const [pro] = await owned(adapter, user)
      expect(pro?.subscription?.cancelAtPeriodEnd).toBe(true)
      expect((await adapter.getCustomerMetrics({ customer: user, signal: signal() })).activeSubscriptions).toBe(1)
    })

    it('cancels by subscription id', async () => {
      const adapter = emptyLedgers()
      const { subscriptionId } = await adapter.grantProduct({ customer: team, productId: 'extra-seats', quantity: 2 })
      await adapter.cancelSubscription({ customer: team, productId: null, subscriptionId })
      expect((await owned(adapter, team))[0]?.subscription?.cancelAtPeriodEnd).toBe(true)
    })

    it('rejects a one-time product with not_cancelable and a product not owned with not_found', async () => {
      const adapter = emptyLedgers()
      await adapter.grantProduct({ customer: user, productId: 'lifetime' })
      await expectCode(adapter.cancelSubscription({ customer: user, productId: 'lifetime' }), 'not_cancelable')
      await expectCode(adapter.cancelSubscription({ customer: user, productId: 'max' }), 'not_found')
      await expectCode(adapter.cancelSubscription({ customer: user, productId: null, subscriptionId: 'nope' }), 'not_found')
      await expectCode(adapter.cancelSubscription({ customer: ghost, productId: 'pro' }), 'not_found')
    })
  })

  describe('refundTransaction', () => {
    const paidPurchase = (t: Transaction) => t.type === 'purchase' && isPaid(t) && !t.refund && !t.testMode

    it('fully refunds a paid purchase and revokes its product', async () => {
      const adapter = adapterWith()
      const { customer, transaction } = await findTransaction(adapter, 'user', paidPurchase)
      const grant = transaction.entries.find((e) => e.type === 'product_grant')
      const metricsBefore = await adapter.getCustomerMetrics({ customer, signal: signal() })
      await adapter.refundTransaction({ customer, transactionId: transaction.id })
      const refunded = (await allTransactions(adapter, customer)).find((t) => t.id === transaction.id)
      const charged = transaction.entries.find((e) => e.type === 'money_transfer')
      expect(refunded?.refund).toEqual({ kind: 'full', amount: charged?.type === 'money_transfer' ? charged.chargedAmount : {}, refundedAt: NOW.toISOString() })
      const metrics = await adapter.getCustomerMetrics({ customer, signal: signal() })
      expect(metrics.refundCount).toBe(metricsBefore.refundCount + 1)
      expect(metrics.lastActivityAt).toBe(NOW.toISOString())
      if (grant?.type === 'product_grant' && !grant.product.stackable) {
        expect((await owned(adapter, customer)).map((o) => o.id)).not.toContain(grant.productId)
      }
    })

    it('partially refunds an amount in the charged currency and subtracts it from the total spent', async () => {
      const adapter = adapterWith()
      const { customer, transaction } = await findTransaction(adapter, 'user', (t) => paidPurchase(t) && Object.keys(charged(t)).includes('USD'))
      const before = await adapter.getCustomerMetrics({ customer, signal: signal() })
      await adapter.refundTransaction({ customer, transactionId: transaction.id, amount: { currency: 'USD', value: '0.50' } })
      const refunded = (await allTransactions(adapter, customer)).find((t) => t.id === transaction.id)
      expect(refunded?.refund).toEqual({ kind: 'partial', amount: { USD: '0.50' }, refundedAt: NOW.toISOString() })
      const after = await adapter.getCustomerMetrics({ customer, signal: signal() })
      expect(Number(after.totalSpent.USD)).toBeCloseTo(Number(before.totalSpent.USD) - 0.5, 2)
      expect(adapter.supportsPartialRefunds).toBe(true)
    })

    it('rejects a second refund with already_refunded', async () => {
      const adapter = adapterWith()
      const { customer, transaction } = await findTransaction(adapter, 'team', paidPurchase)
      await adapter.refundTransaction({ customer, transactionId: transaction.id, amount: { currency: Object.keys(charged(transaction))[0] ?? '', value: '1' } })
      await expectCode(adapter.refundTransaction({ customer, transactionId: transaction.id }), 'already_refunded')
    })

    it('rejects test-mode purchases, grants, renewals and manual changes with not_refundable', async () => {
      const adapter = adapterWith()
      const cases: Array<(t: Transaction) => boolean> = [
        (t) => t.type === 'purchase' && t.testMode && !t.refund,
        (t) => t.type === 'purchase' && !t.refund && t.entries.some((e) => e.type === 'product_grant' && e.priceId === null),
        (t) => t.type === 'subscription-renewal' && !t.refund,
        (t) => t.type === 'manual-item-quantity-change',
      ]
      for (const test of cases) {
        const { customer, transaction } = await findTransaction(adapter, 'user', test)
        await expectCode(adapter.refundTransaction({ customer, transactionId: transaction.id }), 'not_refundable')
      }
    })

    it('rejects an amount above the charge or in another currency with a validation error on amount', async () => {
      const adapter = adapterWith()
      const { customer, transaction } = await findTransaction(adapter, 'user', (t) => paidPurchase(t) && Object.keys(charged(t)).includes('USD'))
      const tooMuch = await expectCode(adapter.refundTransaction({ customer, transactionId: transaction.id, amount: { currency: 'USD', value: '1000000' } }), 'validation')
      expect(tooMuch.fieldErrors).toHaveProperty('amount')
      await expectCode(adapter.refundTransaction({ customer, transactionId: transaction.id, amount: { currency: 'GBP', value: '1' } }), 'validation')
    })

    it('rejects an unknown transaction with not_found and refunds without payments set up with payments_not_configured', async () => {
      await expectCode(adapterWith().refundTransaction({ customer: user, transactionId: 'nope' }), 'not_found')
      const adapter = adapterWith({ paymentsConfigured: false })
      const { customer, transaction } = await findTransaction(adapter, 'user', paidPurchase)
      await expectCode(adapter.refundTransaction({ customer, transactionId: transaction.id }), 'payments_not_configured')
    })
  })

  describe('metrics and billing', () => {
    it('derives metrics from the ledger: spend excluding test mode, counts and last activity', async () => {
      const adapter = emptyLedgers()
      await adapter.grantProduct({ customer: user, productId: 'pro' })
      await adapter.grantProduct({ customer: user, productId: 'lifetime' })
      await adapter.changeItemQuantity({ customer: user, itemId: 'credits', delta: -1, allowNegative: true })
      expect(await adapter.getCustomerMetrics({ customer: user, signal: signal() })).toEqual({
        totalSpent: {},
        activeSubscriptions: 1,
        productsOwned: 2,
        transactionCount: 3,
        refundCount: 0,
        lastActivityAt: NOW.toISOString(),
      })
    })

    it('sums the money of paid transactions per currency, minus refunds, skipping test mode', async () => {
      const adapter = adapterWith()
      const page = await adapter.listCustomers({ type: 'user', limit: 100, signal: signal() })
      for (const customer of page.items) {
        const transactions = await allTransactions(adapter, customer)
        const expected: Record<string, number> = {}
        for (const t of transactions.filter((x) => !x.testMode)) {
          for (const [currency, value] of Object.entries(charged(t))) expected[currency] = (expected[currency] ?? 0) + Number(value)
          for (const [currency, value] of Object.entries(t.refund?.amount ?? {})) expected[currency] = (expected[currency] ?? 0) - Number(value)
        }
        const { totalSpent } = await adapter.getCustomerMetrics({ customer, signal: signal() })
        expect(Object.keys(totalSpent).sort()).toEqual(Object.keys(expected).sort())
        for (const [currency, value] of Object.entries(expected)) expect(Number(totalSpent[currency])).toBeCloseTo(value, 2)
      }
    })

    it('reports billing for users and teams deterministically, and no customer for custom ids', async () => {
      const adapter = adapterWith()
      const page = await adapter.listCustomers({ type: 'user', limit: 40, signal: signal() })
      const billing = await Promise.all(page.items.map((customer) => adapter.getBilling({ customer, signal: signal() })))
      expect(billing.some((b) => b.defaultPaymentMethod !== null)).toBe(true)
      expect(billing.some((b) => !b.hasCustomer)).toBe(true)
      expect(await Promise.all(page.items.map((customer) => adapterWith().getBilling({ customer, signal: signal() })))).toEqual(billing)
      expect(await adapter.getBilling({ customer: { type: 'custom', id: 'acme corp/eu' }, signal: signal() })).toEqual({ hasCustomer: false, defaultPaymentMethod: null })
    })
  })
})

function charged(transaction: Transaction): Record<string, string> {
  const entry = transaction.entries.find((e) => e.type === 'money_transfer')
  return entry?.type === 'money_transfer' ? entry.chargedAmount : {}
}
