import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { CustomerPaymentsSection } from '../src/components/customer-payments/customer-payments-section'
import { TeamPayments, UserPayments } from '../src/components/customer-payments/user-payments'
import { CreateCheckoutButton } from '../src/components/create-checkout/create-checkout-entry-points'
import { PaymentsProvider } from '../src/payments-provider'
import { usePaymentsContext } from '../src/data/payments-context'
import type { AdapterMethod } from '../src/adapter/types'
import { page } from './ui/frame'
import {
  ACTION_NAMES,
  adapterWith,
  CUSTOM,
  defaultAdapter,
  multiCurrency,
  neverResolving,
  requiredMethodsOnly,
  section,
  SECTIONS,
  TEAM,
  testModeOnly,
  unsettled,
  USER,
  withFailing,
  type SectionName,
} from './fixtures/customer-payments'

// ------------------------------------------------------------------ adapters (data: ./fixtures/customer-payments)

/** The seeded memory adapter with one method that always fails with `forbidden`. */
const failing = (method: AdapterMethod) => () => withFailing(defaultAdapter(), method)

// ------------------------------------------------------------------ helpers of the play functions

async function loaded(canvasElement: HTMLElement, names: readonly SectionName[] = SECTIONS) {
  await waitFor(() => expect(unsettled(canvasElement, names)).toEqual([]))
}

// ------------------------------------------------------------------ meta

const meta = {
  title: 'Components/CustomerPaymentsSection',
  component: CustomerPaymentsSection,
  subcomponents: { UserPayments, TeamPayments },
  decorators: [page],
  args: { customerType: 'user', customerId: USER.id },
  parameters: { payments: { makeAdapter: defaultAdapter } },
} satisfies Meta<typeof CustomerPaymentsSection>

export default meta
type Story = StoryObj<typeof meta>

/** Plays a "one section fails" story: its own alert with Retry, every other section renders. */
function failingPlay(name: SectionName, title: string): Story['play'] {
  return async ({ canvasElement }) => {
    const own = section(canvasElement, name)
    const alert = await within(own).findByRole('alert')
    await expect(alert).toHaveTextContent(title)
    await expect(alert).toHaveTextContent('You do not have permission')
    await expect(within(own).getByRole('button', { name: 'Retry' })).toBeVisible()
    await loaded(
      canvasElement,
      SECTIONS.filter((n) => n !== name),
    )
  }
}

/** A user with a subscription, a cancelling add-on and a partly refunded pack; "Create checkout" in the header. */
export const UserWithSubscriptions: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await loaded(canvasElement)
    await expect(canvas.getByRole('button', { name: /Create checkout/ })).toBeVisible()
    const pro = canvasElement.querySelector('[data-slot="customer-payments-product"][data-product-id="pro"]')
    await expect(pro).toHaveTextContent('$29.99 / month')
    await expect(pro).toHaveTextContent(/Renews on/)
    await expect(canvasElement.querySelector('[data-product-id="priority-support"]')).toHaveTextContent(/Cancels on/)
    await expect(canvas.getAllByRole('button', { name: /^Cancel subscription/ })).toHaveLength(1)
    await expect(canvasElement.querySelector('[data-transaction-id="pack"]')).toHaveTextContent(/Refunded \(partial\)/)
    await expect(canvasElement.querySelector('[data-metric="total-spent"]')).toHaveTextContent('$124.97')
  },
}

/** A team in a free trial, with stackable extra seats. */
export const Team: Story = {
  args: { customerType: 'team', customerId: TEAM.id },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await expect(within(section(canvasElement, 'header')).getByText('Team')).toBeVisible()
    const starter = canvasElement.querySelector('[data-product-id="team-starter"]')
    await expect(starter).toHaveTextContent('Trial')
    await expect(starter).toHaveTextContent(/Trial ends on/)
    await expect(canvasElement.querySelector('[data-product-id="extra-seats"]')).toHaveTextContent('×3')
  },
}

/** A custom customer (free-form id) with an inline contract: no profile, no billing customer. */
export const CustomCustomer: Story = {
  args: { customerType: 'custom', customerId: CUSTOM.id },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await expect(within(section(canvasElement, 'header')).getByRole('heading', { level: 2 })).toHaveTextContent(CUSTOM.id)
    const inline = canvasElement.querySelector('[data-slot="customer-payments-product"][data-inline]')
    await expect(inline).toHaveTextContent('Northwind contract')
    await expect(inline).toHaveTextContent('Inline')
    await expect(section(canvasElement, 'billing')).toHaveTextContent('No payment method')
  },
}

/** Nothing bought, nothing granted: each section says so in its own words. */
export const BrandNewCustomer: Story = {
  parameters: { payments: { makeAdapter: adapterWith({ customer: USER }) } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    for (const name of ['metrics', 'products', 'transactions'] as const) {
      await expect(section(canvasElement, name)).toHaveAttribute('data-status', 'empty')
    }
    await expect(within(canvasElement).getByText('No products yet')).toBeVisible()
    await expect(within(canvasElement).getByText('No transactions yet')).toBeVisible()
  },
}

/** Credits used beyond the balance: an icon and a sentence, not colour alone. */
export const NegativeBalance: Story = {
  parameters: { payments: { makeAdapter: adapterWith({ customer: USER, products: ['pro'], itemChanges: { credits: -1500 } }) } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, ['items'])
    const credits = canvasElement.querySelector('[data-slot="customer-payments-item"][data-item-id="credits"]')
    await expect(credits).toHaveAttribute('data-negative')
    await expect(credits).toHaveTextContent('-500')
    await expect(credits).toHaveTextContent('Negative balance: the customer used more than they had.')
  },
}

/** Spend in EUR, JPY and USD, and a chargeback with a negative amount. */
export const MultiCurrencySpender: Story = {
  parameters: { payments: { makeAdapter: adapterWith(multiCurrency) } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    const spent = canvasElement.querySelectorAll('[data-metric="total-spent"] [data-currency]')
    await expect(Array.from(spent, (el) => el.getAttribute('data-currency')).sort()).toEqual(['EUR', 'JPY', 'USD'])
    await expect(canvasElement.querySelector('[data-transaction-id="lifetime"] [data-currency="JPY"]')).toHaveTextContent('¥29,800')
    await expect(canvasElement.querySelector('[data-transaction-id="chargeback"]')).toHaveTextContent('-€9.50')
  },
}

/** The same spender in German: `Intl` formats every amount and date for the locale. */
export const MultiCurrencyGerman: Story = {
  parameters: { payments: { makeAdapter: adapterWith(multiCurrency) } },
  render: function German(args) {
    const context = usePaymentsContext('MultiCurrencyGerman')
    return (
      <PaymentsProvider adapter={context.adapter} locale="de-DE" colorScheme={context.colorScheme}>
        <CustomerPaymentsSection {...args} />
      </PaymentsProvider>
    )
  },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await expect(canvasElement.querySelector('[data-transaction-id="lifetime"] [data-currency="JPY"]')).toHaveTextContent(/29\.800\s¥/)
    await expect(canvasElement.querySelector('[data-transaction-id="chargeback"]')).toHaveTextContent(/-9,50\s€/)
    await expect(canvasElement.querySelector('[data-slot="customer-payments"]')).toHaveAttribute('lang', 'de-DE')
  },
}

/** Test-mode purchases only: products owned, nothing spent, nothing refundable. */
export const TestModeOnly: Story = {
  parameters: { payments: { makeAdapter: adapterWith(testModeOnly) } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await expect(canvasElement.querySelector('[data-metric="total-spent"]')).toHaveTextContent('Nothing yet')
    await expect(canvasElement.querySelectorAll('[data-slot="customer-payments-transaction"][data-test-mode]')).toHaveLength(2)
    await expect(within(canvasElement).queryByRole('button', { name: /^Refund/ })).toBeNull()
  },
}

/** Nothing answers: every section shows its own skeleton. */
export const Loading: Story = {
  parameters: { payments: { makeAdapter: () => neverResolving(defaultAdapter()) } },
  play: async ({ canvasElement }) => {
    for (const name of ['metrics', 'products', 'transactions', 'items', 'billing'] as const) {
      await expect(section(canvasElement, name)).toHaveAttribute('aria-busy', 'true')
    }
    await expect(canvasElement.querySelectorAll('[data-slot="customer-payments-skeleton"]')).toHaveLength(5)
  },
}

export const HeaderFails: Story = {
  parameters: { payments: { makeAdapter: failing('getCustomers') } },
  play: failingPlay('header', "Could not load the customer's details."),
}

export const MetricsFail: Story = {
  parameters: { payments: { makeAdapter: failing('getCustomerMetrics') } },
  play: failingPlay('metrics', 'Could not load the overview'),
}

export const ProductsFail: Story = {
  parameters: { payments: { makeAdapter: failing('listOwnedProducts') } },
  play: failingPlay('products', 'Could not load products'),
}

export const TransactionsFail: Story = {
  parameters: { payments: { makeAdapter: failing('listTransactions') } },
  play: failingPlay('transactions', 'Could not load transactions'),
}

export const ItemsFail: Story = {
  parameters: { payments: { makeAdapter: failing('listItemBalances') } },
  play: failingPlay('items', 'Could not load item balances'),
}

export const BillingFails: Story = {
  parameters: { payments: { makeAdapter: failing('getBilling') } },
  play: failingPlay('billing', 'Could not load billing'),
}

/** `readOnly`: no grant, adjust, cancel or refund, whatever the adapter can do; host actions stay. */
export const ReadOnly: Story = {
  args: { readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await loaded(canvasElement)
    for (const name of ACTION_NAMES) await expect(canvas.queryByRole('button', { name })).toBeNull()
    await expect(canvas.getByRole('button', { name: /Create checkout/ })).toBeVisible()
  },
}

/** An adapter with only the required methods: metrics, billing and every action are hidden, not faked. */
export const CapabilitiesAbsent: Story = {
  parameters: { payments: { makeAdapter: () => requiredMethodsOnly(defaultAdapter()) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await loaded(canvasElement, ['header', 'products', 'transactions', 'items'])
    await expect(canvasElement.querySelector('[data-slot="customer-payments-metrics"]')).toBeNull()
    await expect(canvasElement.querySelector('[data-slot="customer-payments-billing"]')).toBeNull()
    for (const name of ACTION_NAMES) await expect(canvas.queryByRole('button', { name })).toBeNull()
  },
}

/** In a 360 px side panel: one column, rows stacked, nothing overflows. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div data-testid="panel" style={{ width: 360 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    const layout = canvasElement.querySelector('.hx-cp-layout') as HTMLElement
    await expect(getComputedStyle(layout).gridTemplateColumns.split(' ')).toHaveLength(1)
    const panel = within(canvasElement).getByTestId('panel')
    await expect(panel.scrollWidth).toBeLessThanOrEqual(360)
  },
}

export const Dark: Story = {
  parameters: { payments: { theme: 'dark' }, backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await expect(canvasElement.querySelector('[data-slot="customer-payments"]')).toHaveAttribute('data-hx-color-scheme', 'dark')
  },
}

/** Focus a date: its relative time shows in a tooltip; Escape hides it. */
export const DateTooltip: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, ['transactions'])
    const date = canvasElement.querySelector<HTMLElement>('[data-transaction-id="pro"] [data-slot="customer-payments-date"]')
    const trigger = within(date as HTMLElement).getByRole('button')
    trigger.focus()
    // The tooltip is portalled (into the provider's portalContainer, else document.body).
    const tip = await within(canvasElement.ownerDocument.body).findByRole('tooltip')
    await expect(tip).toBeVisible()
    await expect(trigger).toHaveAccessibleDescription(/ago|in /)
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(within(canvasElement.ownerDocument.body).queryByRole('tooltip')).toBeNull())
  },
}

/** `UserPayments`: the payments tab of a user page. */
export const UserPaymentsTab: Story = {
  render: () => <UserPayments userId={USER.id} actions={<CreateCheckoutButton customer={USER} />} />,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await expect(canvasElement.querySelector('[data-slot="customer-payments"]')).toHaveAttribute('data-type', 'user')
  },
}

/** `TeamPayments`: the payments tab of a team page. */
export const TeamPaymentsTab: Story = {
  render: () => <TeamPayments teamId={TEAM.id} />,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement)
    await expect(canvasElement.querySelector('[data-slot="customer-payments"]')).toHaveAttribute('data-type', 'team')
  },
}
