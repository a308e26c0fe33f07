import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { CustomerPaymentsSection } from '../src/components/customer-payments/customer-payments-section'
import { CustomerPaymentsHeader } from '../src/components/customer-payments/sections/header'
import { CustomerPaymentsProducts } from '../src/components/customer-payments/sections/products'
import { CustomerPaymentsTransactions } from '../src/components/customer-payments/sections/transactions'
import { CustomerPaymentsItems } from '../src/components/customer-payments/sections/items'
import { CustomerPaymentsMetrics } from '../src/components/customer-payments/sections/metrics'
import { CustomerPaymentsBilling } from '../src/components/customer-payments/sections/billing'
import { useCustomerPayments } from '../src/components/customer-payments/use-customer-payments'
import type { PaymentsAdapter } from '../src/adapter/types'
import { page } from './ui/frame'
import { adapterWith, defaultAdapter, neverResolving, section, unsettled, USER, withFailing, SECTIONS } from './fixtures/customer-payments'

// ------------------------------------------------------------------ adapters (data: ./fixtures/customer-payments)

/**
 * A billing outage for `listTransactions`: it begins when the story's adapter is made and ends
 * when a play function (or a test) sets `on` to `false`. Not a story (see `excludeStories`).
 */
export const transactionsOutage = { on: true }

/** The seeded adapter whose `listTransactions` fails with `forbidden` during the outage. */
function transactionsDuringOutage(): PaymentsAdapter {
  transactionsOutage.on = true
  return withFailing(defaultAdapter(), 'listTransactions', () => transactionsOutage.on)
}

/** Two transactions a page, and every further page never answers: "Load more" stays loading. */
function transactionsLoadMoreHangs(): PaymentsAdapter {
  const adapter = defaultAdapter()
  return {
    ...adapter,
    listTransactions: (params) =>
      params.cursor
        ? new Promise<never>((_resolve, reject) => params.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
        : adapter.listTransactions({ ...params, limit: 2 }),
  }
}

// ------------------------------------------------------------------ host slot content

/** A host's own loading placeholder (its design system's spinner, say). */
function HostLoading() {
  return (
    <p data-testid="host-loading" style={{ margin: 0, color: 'var(--hx-color-muted-fg)' }}>
      Fetching from billing…
    </p>
  )
}

/** A host's own error state: its words and its own Retry, wired to the part's retry. */
function hostError(error: Error, retry: () => void) {
  return (
    <div role="alert" data-testid="host-error" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
      <span>Payments are unavailable right now ({error.message})</span>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  )
}

// ------------------------------------------------------------------ meta

/**
 * Hosts replace a part's loading, error and empty states with their own (`slots`): for every part
 * at once on `CustomerPaymentsSection` (`UserPayments`, `TeamPayments`), for one part there
 * (`slots={{ products: { empty } }}`, which wins), or on a part they render themselves
 * (`<CustomerPaymentsProducts slots={…} />`). A slot left out keeps the library's default.
 */
const meta = {
  title: 'Components/CustomerPaymentsSection/Slots',
  component: CustomerPaymentsSection,
  // The parts a host composes its own page from: their props in the docs page.
  subcomponents: {
    CustomerPaymentsHeader,
    CustomerPaymentsMetrics,
    CustomerPaymentsProducts,
    CustomerPaymentsTransactions,
    CustomerPaymentsItems,
    CustomerPaymentsBilling,
  },
  decorators: [page],
  excludeStories: ['transactionsOutage'],
  args: { customerType: 'user', customerId: USER.id },
  parameters: { payments: { makeAdapter: defaultAdapter } },
} satisfies Meta<typeof CustomerPaymentsSection>

export default meta
type Story = StoryObj<typeof meta>

/** `slots.loading` on the section: every part shows the host's placeholder instead of its skeleton. */
export const SectionWideLoading: Story = {
  args: { slots: { loading: <HostLoading /> } },
  parameters: { payments: { makeAdapter: () => neverResolving(defaultAdapter()) } },
  play: async ({ canvasElement }) => {
    for (const name of SECTIONS) {
      const part = section(canvasElement, name)
      await expect(part).toHaveAttribute('data-status', 'loading')
      await expect(within(part).getByTestId('host-loading')).toBeVisible()
    }
    await expect(canvasElement.querySelector('[data-slot="customer-payments-skeleton"]')).toBeNull()
  },
}

/** A section-wide `empty` and the transactions' own one, which wins there. */
export const PerPartWins: Story = {
  args: {
    slots: {
      empty: <p style={{ margin: 0 }}>Nothing here yet.</p>,
      transactions: { empty: <p style={{ margin: 0 }}>No payments yet — send a checkout link.</p> },
    },
  },
  parameters: { payments: { makeAdapter: adapterWith({ customer: USER }) } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(unsettled(canvasElement)).toEqual([]))
    await expect(within(section(canvasElement, 'transactions')).getByText('No payments yet — send a checkout link.')).toBeVisible()
    await expect(within(section(canvasElement, 'products')).getByText('Nothing here yet.')).toBeVisible()
    await expect(within(canvasElement).queryByText('No products yet')).toBeNull()
  },
}

/** The transactions' `error` slot: the host's message and its own "Try again", which retries once billing is back. */
export const ErrorSlotRetries: Story = {
  args: { slots: { transactions: { error: hostError } } },
  parameters: { payments: { makeAdapter: transactionsDuringOutage } },
  play: async ({ canvasElement }) => {
    const transactions = section(canvasElement, 'transactions')
    const alert = await within(transactions).findByTestId('host-error')
    await expect(alert).toHaveTextContent('Payments are unavailable right now')
    transactionsOutage.on = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(transactions).toHaveAttribute('data-status', 'success'))
    await expect(within(transactions).queryByTestId('host-error')).toBeNull()
  },
}

/** A further page loading is `success` with `data-loading-more` (and `aria-busy`), never another status. */
export const TransactionsLoadingMore: Story = {
  parameters: { payments: { makeAdapter: transactionsLoadMoreHangs } },
  play: async ({ canvasElement }) => {
    const transactions = section(canvasElement, 'transactions')
    await waitFor(() => expect(transactions).toHaveAttribute('data-status', 'success'))
    await userEvent.click(within(transactions).getByRole('button', { name: 'Load more' }))
    await waitFor(() => expect(transactions).toHaveAttribute('data-loading-more'))
    await expect(transactions).toHaveAttribute('data-status', 'success')
    await expect(transactions).toHaveAttribute('aria-busy', 'true')
  },
}

/** A user the adapter does not know: the header's identity is `empty` ("Unknown customer"). */
export const UnknownCustomer: Story = {
  args: { customerId: '00000000-0000-4000-8000-000000000000' },
  play: async ({ canvasElement }) => {
    const header = section(canvasElement, 'header')
    await waitFor(() => expect(header).toHaveAttribute('data-status', 'empty'))
    await expect(within(header).getByRole('heading', { level: 2 })).toHaveTextContent('Unknown customer')
  },
}

/**
 * A host page composing the parts on `useCustomerPayments` in its own layout, with its own
 * loading state for the products and no metrics or billing.
 */
export const ComposedParts: Story = {
  render: function HostPage(args) {
    const payments = useCustomerPayments({ customerType: args.customerType, customerId: args.customerId })
    return (
      <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)' }}>
        <CustomerPaymentsHeader payments={payments} style={{ gridColumn: '1 / -1' }} />
        <CustomerPaymentsTransactions payments={payments} headingLevel={3} />
        <div style={{ display: 'grid', gap: 16, alignContent: 'start' }}>
          <CustomerPaymentsProducts payments={payments} headingLevel={3} slots={{ loading: <HostLoading /> }} />
          <CustomerPaymentsItems payments={payments} headingLevel={3} />
        </div>
      </div>
    )
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(unsettled(canvasElement, ['header', 'products', 'transactions', 'items'])).toEqual([]))
    await expect(canvasElement.querySelector('[data-slot="customer-payments-metrics"]')).toBeNull()
    await expect(canvasElement.querySelector('[data-slot="customer-payments-product"][data-product-id="pro"]')).toBeVisible()
  },
}
