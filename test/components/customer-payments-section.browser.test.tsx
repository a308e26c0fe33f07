import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import axe from 'axe-core'
import { CustomerPaymentsSection, type CustomerPaymentsSectionProps } from '../../src/components/customer-payments/customer-payments-section'
import { TeamPayments, UserPayments } from '../../src/components/customer-payments/user-payments'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter, type MemoryLedgerSeed } from '../../src/adapters/memory'
import type { AdapterMethod, PaymentsAdapter } from '../../src/adapter/types'
import type { ColorScheme } from '../../src/data/payments-context'
import {
  ACTION_NAMES,
  adapterWith,
  CUSTOM,
  custom,
  itemChange,
  purchase,
  requiredMethodsOnly,
  section as part,
  SECTIONS,
  TEAM,
  unsettled,
  USER,
  withFailing,
  type SectionName,
} from '../../stories/fixtures/customer-payments'

/** A user who paid in EUR, JPY and USD, has a test-mode add-on, a chargeback, a partial refund and a negative balance. */
const richUser: MemoryLedgerSeed = {
  customer: USER,
  transactions: [
    purchase({ id: 'tx-pro', customer: USER, productId: 'pro', priceId: 'monthly', amount: { EUR: '27.99' }, at: '2026-10-01T10:00:00Z', subscription: true }),
    purchase({ id: 'tx-life', customer: USER, productId: 'lifetime', priceId: 'one-time', amount: { JPY: '29800' }, at: '2026-09-15T10:00:00Z' }),
    purchase({
      id: 'tx-pack',
      customer: USER,
      productId: 'credit-pack',
      priceId: 'pack',
      amount: { USD: '20.00' },
      quantity: 2,
      at: '2026-08-01T10:00:00Z',
      refund: { kind: 'partial', amount: { USD: '5.00' }, refundedAt: '2026-08-03T10:00:00Z' },
    }),
    purchase({ id: 'tx-support', customer: USER, productId: 'priority-support', priceId: 'monthly', testMode: true, at: '2026-10-05T10:00:00Z', subscription: true }),
    {
      id: 'tx-chargeback',
      type: 'chargeback',
      createdAt: '2026-10-20T10:00:00Z',
      testMode: false,
      entries: [{ type: 'money_transfer', customer: USER, chargedAmount: { EUR: '-27.99' } }],
      refund: null,
    },
    itemChange('tx-credits', USER, 'credits', -5000, '2026-10-25T10:00:00Z'),
  ],
  subscriptions: [{ id: 'tx-support', cancelAtPeriodEnd: true }],
}

/** Enough transactions for a second page. */
const busyTeam: MemoryLedgerSeed = {
  customer: TEAM,
  transactions: Array.from({ length: 25 }, (_, i) =>
    itemChange(`tx-seat-${i}`, TEAM, 'seats', i + 1, new Date(Date.UTC(2026, 9, 28) - i * 86_400_000).toISOString()),
  ),
}

/** The rich user, the stories' custom customer (an inline contract) and the busy team. */
const richAdapter = adapterWith(richUser, custom, busyTeam)

function renderSection(
  adapter: PaymentsAdapter,
  props: Partial<CustomerPaymentsSectionProps> = {},
  options: { locale?: string; colorScheme?: ColorScheme } = {},
) {
  return render(
    <PaymentsProvider adapter={adapter} locale={options.locale} colorScheme={options.colorScheme}>
      <CustomerPaymentsSection customerType={USER.type} customerId={USER.id} {...props} />
    </PaymentsProvider>,
  )
}

async function settled(container: HTMLElement, names: readonly SectionName[] = SECTIONS) {
  await waitFor(() => expect(unsettled(container, names)).toEqual([]))
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
const transactionRow = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLElement>(`[data-slot="customer-payments-transaction"][data-transaction-id="${id}"]`)
const productRow = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLElement>(`[data-slot="customer-payments-product"][data-product-id="${id}"]`)

/** The rich adapter with `method` rejecting with `forbidden` while `state.fail` is true. */
const failingAdapter = (method: AdapterMethod, state: { fail: boolean }) => withFailing(richAdapter(), method, () => state.fail)

describe('CustomerPaymentsSection', () => {
  it('renders identity, metrics, products, transactions, items and billing from the memory adapter', async () => {
    const { container } = renderSection(richAdapter(), { actions: <button type="button">Export</button> })
    await settled(container)
    const header = part(container, 'header')
    expect(within(header).getByRole('heading', { level: 2 })).toHaveTextContent(/\S/)
    expect(within(header).getByText('User')).toHaveAttribute('data-slot', 'customer-payments-type')
    expect(within(header).getByRole('button', { name: 'Export' })).toBeVisible()
    expect(within(header).getByRole('button', { name: 'Create checkout' })).toBeVisible()

    const metrics = part(container, 'metrics')
    expect(within(metrics).getByRole('heading', { level: 3, name: 'Overview' })).toBeVisible()
    expect(text(metrics.querySelector('[data-metric="products-owned"] dd'))).toBe('4')
    expect(text(metrics.querySelector('[data-metric="transactions"] dd'))).toBe('6')

    expect(text(productRow(container, 'pro')?.querySelector('[data-slot="customer-payments-product-price"]'))).toBe('€27.99 / month')
    expect(text(productRow(container, 'credit-pack'))).toContain('×2')
    expect(productRow(container, 'priority-support')).toHaveTextContent('Add-on')
    expect(productRow(container, 'priority-support')).toHaveTextContent(/Cancels on/)
    expect(productRow(container, 'pro')).toHaveTextContent(/Active.*Renews on/)

    expect(text(transactionRow(container, 'tx-pro')?.querySelector('[data-slot="customer-payments-transaction-details"]'))).toBe('Pro ×1')
    expect(text(transactionRow(container, 'tx-credits')?.querySelector('[data-slot="customer-payments-transaction-details"]'))).toBe(
      'Credits -5,000',
    )
    expect(transactionRow(container, 'tx-support')).toHaveTextContent('Test mode')
    expect(transactionRow(container, 'tx-pack')).toHaveTextContent(/Refunded \(partial\).*\$5\.00 refunded/)

    expect(text(part(container, 'items').querySelector('[data-item-id="credits"] [data-slot="customer-payments-item-name"]'))).toBe('Credits')
    expect(part(container, 'billing').dataset.status).toMatch(/success|empty/)
  })

  it('shows an inline product with an Inline badge and its grant as Granted', async () => {
    const { container } = renderSection(richAdapter(), { customerType: 'custom', customerId: CUSTOM.id })
    await settled(container, ['products'])
    const row = container.querySelector('[data-slot="customer-payments-product"][data-inline]')
    expect(row).toHaveTextContent('Northwind contract')
    expect(row).toHaveTextContent('Inline')
    expect(row).toHaveTextContent('Server-only')
    expect(row).toHaveTextContent('Granted')
    expect(within(part(container, 'header')).getByRole('heading', { level: 2 })).toHaveTextContent(CUSTOM.id)
  })

  it.each([
    ['en-US', { pro: '€27.99', life: '¥29,800', pack: '$20.00', chargeback: '-€27.99' }],
    ['de-DE', { pro: '27,99 €', life: '29.800 ¥', pack: '20,00 $', chargeback: '-27,99 €' }],
  ])('formats amounts for %s (JPY without decimals, EUR, negative amounts, several currencies)', async (locale, expected) => {
    const { container } = renderSection(richAdapter(), {}, { locale })
    await settled(container, ['transactions', 'metrics'])
    const amount = (id: string) => text(transactionRow(container, id)?.querySelector('[data-slot="customer-payments-transaction-amount"]'))
    expect(amount('tx-pro')).toBe(expected.pro)
    expect(amount('tx-life')).toBe(expected.life)
    expect(amount('tx-pack')).toBe(expected.pack)
    expect(amount('tx-chargeback')).toBe(expected.chargeback)
    const spent = Array.from(part(container, 'metrics').querySelectorAll('[data-metric="total-spent"] [data-currency]'), (el) => ({
      currency: el.getAttribute('data-currency'),
      text: text(el),
    }))
    expect(spent).toEqual(
      expect.arrayContaining([
        { currency: 'JPY', text: expected.life },
        { currency: 'USD', text: locale === 'en-US' ? '$15.00' : '15,00 $' },
      ]),
    )
    expect(container.querySelector('[data-slot="customer-payments"]')).toHaveAttribute('lang', locale)
  })

  it.each([
    ['getCustomers', 'header', "Could not load the customer's details."],
    ['getCustomerMetrics', 'metrics', 'Could not load the overview'],
    ['listOwnedProducts', 'products', 'Could not load products'],
    ['listTransactions', 'transactions', 'Could not load transactions'],
    ['listItemBalances', 'items', 'Could not load item balances'],
    ['getBilling', 'billing', 'Could not load billing'],
  ] as const)('shows its own error and Retry when %s fails, renders the rest, and recovers', async (method, name, title) => {
    const state = { fail: true }
    const { container } = renderSection(failingAdapter(method, state))
    const section = part(container, name)
    const alert = await within(section).findByRole('alert')
    expect(alert).toHaveTextContent(title)
    expect(alert).toHaveTextContent('You do not have permission')
    const others = SECTIONS.filter((n) => n !== name)
    await settled(container, others)
    for (const other of others) expect(within(part(container, other)).queryByRole('alert')).toBeNull()

    state.fail = false
    await userEvent.click(within(section).getByRole('button', { name: 'Retry' }))
    await settled(container)
    expect(within(part(container, name)).queryByRole('alert')).toBeNull()
  })

  it('offers each action only where it applies when the adapter can do it', async () => {
    const { container } = renderSection(richAdapter())
    await settled(container)
    expect(within(part(container, 'products')).getByRole('button', { name: 'Grant product' })).toBeVisible()
    // Pro renews; the add-on already cancels at period end; one-time products never cancel.
    expect(screen.getAllByRole('button', { name: /^Cancel subscription/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Cancel subscription: Pro',
    ])
    // Paid, not test mode, not refunded: the Pro and lifetime purchases.
    const refunds = screen.getAllByRole('button', { name: /^Refund/ })
    expect(refunds).toHaveLength(2)
    expect(within(transactionRow(container, 'tx-pro') as HTMLElement).getByRole('button', { name: /^Refund/ })).toBeVisible()
    expect(within(transactionRow(container, 'tx-pack') as HTMLElement).queryByRole('button', { name: /^Refund/ })).toBeNull()
    expect(screen.getAllByRole('button', { name: /^Adjust/ }).length).toBe(2)
    expect(screen.getByRole('button', { name: 'Adjust Credits' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Refund: Lifetime licence ×1, Sep 15, 2026' })).toBeVisible()
  })

  it('opens the grant dialog from its button and mounts it only while open', async () => {
    const { container } = renderSection(richAdapter())
    await settled(container)
    expect(screen.queryByRole('dialog')).toBeNull()
    const grant = screen.getByRole('button', { name: 'Grant product' })
    await userEvent.click(grant)
    const dialog = await screen.findByRole('dialog')
    await waitFor(() => expect(dialog).toBeVisible())
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(grant))
  })

  it('cancels a subscription through its dialog, refreshes the row and keeps focus in the section', async () => {
    const { container } = renderSection(richAdapter())
    await settled(container)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel subscription: Pro' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(dialog.querySelector('[data-slot="action-dialog-submit"]') as HTMLElement)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(productRow(container, 'pro')).toHaveTextContent(/Cancels on/))
    expect(screen.queryByRole('button', { name: /^Cancel subscription/ })).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(part(container, 'products')))
  })

  it('hides metrics, billing and every action when the adapter lacks those capabilities', async () => {
    const { container } = renderSection(requiredMethodsOnly(richAdapter()))
    await settled(container, ['header', 'products', 'transactions', 'items'])
    expect(container.querySelector('[data-slot="customer-payments-metrics"]')).toBeNull()
    expect(container.querySelector('[data-slot="customer-payments-billing"]')).toBeNull()
    for (const name of ACTION_NAMES) expect(screen.queryByRole('button', { name })).toBeNull()
    expect(productRow(container, 'pro')).toBeVisible()
  })

  it('never shows actions when read only, but keeps the host actions', async () => {
    const { container } = renderSection(richAdapter(), { readOnly: true, actions: <button type="button">Export</button> })
    await settled(container)
    for (const name of ACTION_NAMES) expect(screen.queryByRole('button', { name })).toBeNull()
    expect(screen.getByRole('button', { name: 'Export' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Create checkout' })).toBeVisible()
    expect(container.querySelector('[data-slot="customer-payments"]')).toHaveAttribute('data-read-only')
  })

  it('loads more transactions with "Load more"', async () => {
    const { container } = renderSection(richAdapter(), { customerType: 'team', customerId: TEAM.id })
    await settled(container, ['transactions'])
    const rows = () => container.querySelectorAll('[data-slot="customer-payments-transaction"]')
    expect(rows()).toHaveLength(20)
    expect(within(part(container, 'transactions')).getByRole('status')).toHaveTextContent('20 transactions shown')
    const loadMore = screen.getByRole('button', { name: 'Load more' })
    await userEvent.click(loadMore)
    await waitFor(() => expect(rows()).toHaveLength(25))
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull()
    expect(text(rows()[0]?.querySelector('[data-slot="customer-payments-transaction-details"]'))).toBe('Seats +1')
  })

  it('marks a negative balance with an icon and an explanation, not colour alone', async () => {
    const { container } = renderSection(richAdapter())
    await settled(container, ['items'])
    const credits = container.querySelector<HTMLElement>('[data-slot="customer-payments-item"][data-item-id="credits"]')
    expect(credits).toHaveAttribute('data-negative')
    expect(text(credits?.querySelector('[data-slot="customer-payments-item-quantity"]'))).toBe('-5,000')
    const note = credits?.querySelector('[data-slot="customer-payments-item-negative"]')
    expect(note).toHaveTextContent('Negative balance: the customer used more than they had.')
    expect(note?.querySelector('[data-icon="alert-triangle"]')).not.toBeNull()
    const storage = container.querySelector('[data-slot="customer-payments-item"][data-item-id="storage-gb"]')
    expect(storage).not.toHaveAttribute('data-negative')
  })

  it('shows the relative date on focus, describes the date with it, and hides it with Escape', async () => {
    const { container } = renderSection(richAdapter())
    await settled(container, ['transactions'])
    const date = transactionRow(container, 'tx-pro')?.querySelector<HTMLElement>('[data-slot="customer-payments-date"]')
    const trigger = within(date as HTMLElement).getByRole('button', { name: 'Oct 1, 2026' })
    expect(trigger.querySelector('time')).toHaveAttribute('dateTime', '2026-10-01T10:00:00.000Z')
    expect(screen.queryByRole('tooltip')).toBeNull()
    trigger.focus()
    const tip = await screen.findByRole('tooltip')
    expect(tip).toHaveAttribute('data-slot', 'customer-payments-date-tooltip')
    expect(tip).toBeVisible()
    expect(trigger).toHaveAccessibleDescription(/ago|in /)
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
  })

  it('shows empty states for a brand-new customer', async () => {
    const fresh: MemoryLedgerSeed = { customer: USER }
    const { container } = renderSection(createMemoryAdapter({ data: { ledgers: [fresh] } }))
    await settled(container)
    expect(part(container, 'products')).toHaveAttribute('data-status', 'empty')
    expect(part(container, 'transactions')).toHaveAttribute('data-status', 'empty')
    expect(part(container, 'metrics')).toHaveAttribute('data-status', 'empty')
    expect(screen.getByText('No products yet')).toBeVisible()
    expect(screen.getByText('No transactions yet')).toBeVisible()
  })

  it('lays out in one column in a 360 px panel and in two on a wide page', async () => {
    const narrow = render(
      <PaymentsProvider adapter={richAdapter()}>
        <div style={{ width: 360 }}>
          <CustomerPaymentsSection customerType="user" customerId={USER.id} />
        </div>
      </PaymentsProvider>,
    )
    await settled(narrow.container)
    const columns = (c: HTMLElement) => getComputedStyle(c.querySelector('.hx-cp-layout') as HTMLElement).gridTemplateColumns.split(' ').length
    expect(columns(narrow.container)).toBe(1)
    const panel = narrow.container.firstElementChild as HTMLElement
    expect(panel.scrollWidth).toBeLessThanOrEqual(360)
    narrow.unmount()
    const wide = render(
      <PaymentsProvider adapter={richAdapter()}>
        <div style={{ width: 1100 }}>
          <CustomerPaymentsSection customerType="user" customerId={USER.id} />
        </div>
      </PaymentsProvider>,
    )
    await settled(wide.container)
    expect(columns(wide.container)).toBe(2)
  })

  it('UserPayments and TeamPayments render the section for their customer type', async () => {
    const user = render(
      <PaymentsProvider adapter={richAdapter()}>
        <UserPayments userId={USER.id} readOnly />
      </PaymentsProvider>,
    )
    await settled(user.container)
    expect(user.container.querySelector('[data-slot="customer-payments"]')).toHaveAttribute('data-type', 'user')
    expect(user.container.querySelector('[data-slot="customer-payments"]')).toHaveAttribute('data-read-only')
    user.unmount()
    const team = render(
      <PaymentsProvider adapter={richAdapter()}>
        <TeamPayments teamId={TEAM.id} className="host-class" />
      </PaymentsProvider>,
    )
    await settled(team.container)
    const root = team.container.querySelector('[data-slot="customer-payments"]')
    expect(root).toHaveAttribute('data-type', 'team')
    expect(root).toHaveClass('host-class', 'hx-customer-payments')
  })

  it.each(['light', 'dark'] as const)('has no axe violations (%s)', async (colorScheme) => {
    const { container } = renderSection(richAdapter(), {}, { colorScheme })
    await settled(container)
    const results = await axe.run(container, { rules: { region: { enabled: false } } })
    expect(results.violations).toEqual([])
  })
})
