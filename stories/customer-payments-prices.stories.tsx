import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import type { MemoryLedgerSeed } from '../src/adapters/memory'
import { CustomerPaymentsSection } from '../src/components/customer-payments/customer-payments-section'
import { page } from './ui/frame'
import { adapterWith, itemChange, multiCurrency, purchase, SECTIONS, subscriber, unsettled, USER } from './fixtures/customer-payments'

/**
 * Issue 14, point 1: the payments section shows what the customer was charged. One story per case:
 * a product with several prices, a free grant after a paid purchase, a partial refund, and
 * purchases in several currencies.
 */

// ------------------------------------------------------------------ ledgers

const day = (iso: string, offset: number) => new Date(Date.parse(iso) + offset * 86_400_000).toISOString()

/**
 * A yearly Pro subscriber (Pro has a monthly and a yearly price) whose purchase is older than the
 * first page of transactions: the price comes from the owned product itself (`priceId` / `price`).
 */
const yearlySubscriber: MemoryLedgerSeed = {
  customer: USER,
  transactions: [
    purchase({ id: 'pro-yearly', customer: USER, productId: 'pro', priceId: 'yearly', amount: { EUR: '279' }, at: '2026-01-05T09:00:00Z', subscription: true }),
    ...Array.from({ length: 24 }, (_, i) => itemChange(`usage-${i}`, USER, 'credits', -40, day('2026-02-01T09:00:00Z', i * 7))),
  ],
  subscriptions: [{ id: 'pro-yearly', currentPeriodEnd: '2027-01-05T09:00:00Z' }],
}

/** A credit pack bought for USD 10, then granted once more without charge. */
const paidThenGranted: MemoryLedgerSeed = {
  customer: USER,
  transactions: [
    purchase({ id: 'pack-paid', customer: USER, productId: 'credit-pack', priceId: 'pack', amount: { USD: '10' }, at: '2026-09-01T09:00:00Z' }),
    purchase({ id: 'pack-granted', customer: USER, productId: 'credit-pack', priceId: null, at: '2026-10-01T09:00:00Z' }),
  ],
}

// ------------------------------------------------------------------ helpers of the play functions

async function loaded(canvasElement: HTMLElement) {
  await waitFor(() => expect(unsettled(canvasElement, SECTIONS)).toEqual([]))
}

const product = (canvasElement: HTMLElement, id: string) => canvasElement.querySelector(`[data-slot="customer-payments-product"][data-product-id="${id}"]`)
const productPrice = (canvasElement: HTMLElement, id: string) => product(canvasElement, id)?.querySelector('[data-slot="customer-payments-product-price"]')
const transaction = (canvasElement: HTMLElement, id: string) => canvasElement.querySelector(`[data-slot="customer-payments-transaction"][data-transaction-id="${id}"]`)
const totalSpent = (canvasElement: HTMLElement) => canvasElement.querySelector('[data-metric="total-spent"]')

// ------------------------------------------------------------------ meta

const meta = {
  title: 'Components/CustomerPaymentsSection/Prices',
  component: CustomerPaymentsSection,
  decorators: [page],
  args: { customerType: 'user', customerId: USER.id },
} satisfies Meta<typeof CustomerPaymentsSection>

export default meta
type Story = StoryObj<typeof meta>

/** Pro bought yearly in euros, its purchase beyond the first page of transactions: "€279.00 / year". */
export const SeveralPrices: Story = {
  parameters: { payments: { makeAdapter: adapterWith(yearlySubscriber) } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await expect(transaction(canvasElement, 'pro-yearly')).toBeNull()
    await expect(productPrice(canvasElement, 'pro')).toHaveTextContent('€279.00 / year')
  },
}

/** A credit pack paid USD 10, then granted free: the product shows "$10.00", not "Granted" or "Free". */
export const FreeGrantAfterPaidPurchase: Story = {
  parameters: { payments: { makeAdapter: adapterWith(paidThenGranted) } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await expect(product(canvasElement, 'credit-pack')).toHaveTextContent('×2')
    await expect(productPrice(canvasElement, 'credit-pack')).toHaveTextContent(/^\$10\.00$/)
    await expect(transaction(canvasElement, 'pack-granted')).toHaveTextContent('No charge')
    await expect(totalSpent(canvasElement)).toHaveTextContent('$10.00')
  },
}

/**
 * USD 10 of a USD 30 credit-pack purchase refunded (the fixtures' subscriber): "Refunded (partial)"
 * with the amount, and only USD 20 of it in the total (Pro 3 × 29.99 + add-on 15 + 20 = 124.97).
 */
export const PartialRefund: Story = {
  parameters: { payments: { makeAdapter: adapterWith(subscriber) } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    const packs = transaction(canvasElement, 'pack')
    await expect(packs).toHaveAttribute('data-refund', 'partial')
    await expect(packs).toHaveTextContent(/Refunded \(partial\).*\$10\.00 refunded/)
    await expect(totalSpent(canvasElement)).toHaveTextContent('$124.97')
  },
}

/** Bought in euros, yen and dollars: each product in the currency it was charged in, the total per currency. */
export const MultiCurrency: Story = {
  parameters: { payments: { makeAdapter: adapterWith(multiCurrency) } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await expect(productPrice(canvasElement, 'max')).toHaveTextContent('€920.00 / year')
    await expect(productPrice(canvasElement, 'lifetime')).toHaveTextContent(/^¥29,800$/)
    await expect(productPrice(canvasElement, 'credit-pack')).toHaveTextContent(/^€9\.50$/)
    const total = totalSpent(canvasElement)
    await expect(total).toHaveTextContent('€920.00')
    await expect(total).toHaveTextContent('¥29,800')
    await expect(total).toHaveTextContent('$20.00')
  },
}
