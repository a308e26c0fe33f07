import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { CustomerPaymentsSection } from '../src/components/customer-payments/customer-payments-section'
import { TeamPayments, UserPayments } from '../src/components/customer-payments/user-payments'
import { CreateCheckoutButton } from '../src/components/create-checkout/create-checkout-entry-points'
import { createMemoryAdapter, defaultMemoryCatalog, memoryCustomerId, type MemoryLedgerSeed } from '../src/adapters/memory'
import { PaymentsError } from '../src/adapter/errors'
import type {
  AdapterMethod,
  CustomerRef,
  PaymentsAdapter,
  ProductSnapshot,
  RefundState,
  Transaction,
  TransactionEntry,
} from '../src/adapter/types'
import { PaymentsProvider } from '../src/data/payments-provider'
import { usePaymentsContext } from '../src/data/payments-context'
import { createTestAdapter } from '../src/testing/test-adapter'
import { page } from './ui/frame'

// ------------------------------------------------------------------ fixtures

const catalog = defaultMemoryCatalog()

function snapshot(productId: string): ProductSnapshot {
  const product = catalog.products.find((p) => p.id === productId)
  if (!product) throw new Error(`Unknown product ${productId}`)
  const { id: _id, ...rest } = product
  return rest
}

interface PurchaseInput {
  id: string
  customer: CustomerRef
  productId: string | null
  product?: ProductSnapshot
  priceId: string | null
  amount?: Record<string, string>
  at: string
  quantity?: number
  testMode?: boolean
  refund?: RefundState | null
  subscription?: boolean
}

/** A purchase transaction as the adapter returns it. */
function purchase(input: PurchaseInput): Transaction {
  const entries: TransactionEntry[] = [
    {
      type: 'product_grant',
      customer: input.customer,
      productId: input.productId,
      product: input.product ?? snapshot(input.productId ?? ''),
      priceId: input.priceId,
      quantity: input.quantity ?? 1,
      ...(input.subscription ? { subscriptionId: input.id } : { oneTimePurchaseId: input.id }),
    },
  ]
  if (input.amount) entries.push({ type: 'money_transfer', customer: input.customer, chargedAmount: input.amount })
  return { id: input.id, type: 'purchase', createdAt: input.at, testMode: input.testMode ?? false, entries, refund: input.refund ?? null }
}

function renewal(id: string, customer: CustomerRef, amount: Record<string, string>, at: string): Transaction {
  return { id, type: 'subscription-renewal', createdAt: at, testMode: false, entries: [{ type: 'money_transfer', customer, chargedAmount: amount }], refund: null }
}

function itemChange(id: string, customer: CustomerRef, itemId: string, quantity: number, at: string): Transaction {
  return {
    id,
    type: 'manual-item-quantity-change',
    createdAt: at,
    testMode: false,
    entries: [{ type: 'item_quantity_change', customer, itemId, quantity }],
    refund: null,
  }
}

const USER: CustomerRef = { type: 'user', id: memoryCustomerId('user', 0) }
const TEAM: CustomerRef = { type: 'team', id: memoryCustomerId('team', 0) }
const CUSTOM: CustomerRef = { type: 'custom', id: 'acct_northwind/eu-1' }

/** A Pro subscriber with an add-on that cancels at period end and a partly refunded credit pack. */
const subscriber: MemoryLedgerSeed = {
  customer: USER,
  transactions: [
    purchase({ id: 'pro', customer: USER, productId: 'pro', priceId: 'monthly', amount: { USD: '29.99' }, at: '2026-08-01T09:00:00Z', subscription: true }),
    renewal('pro-renewal-1', USER, { USD: '29.99' }, '2026-09-01T09:00:00Z'),
    renewal('pro-renewal-2', USER, { USD: '29.99' }, '2026-10-01T09:00:00Z'),
    purchase({ id: 'support', customer: USER, productId: 'priority-support', priceId: 'monthly', amount: { USD: '15' }, at: '2026-08-10T09:00:00Z', subscription: true }),
    purchase({
      id: 'pack',
      customer: USER,
      productId: 'credit-pack',
      priceId: 'pack',
      amount: { USD: '30' },
      quantity: 3,
      at: '2026-09-12T09:00:00Z',
      refund: { kind: 'partial', amount: { USD: '10' }, refundedAt: '2026-09-14T09:00:00Z' },
    }),
    itemChange('credits-bonus', USER, 'credits', 500, '2026-10-15T09:00:00Z'),
  ],
  subscriptions: [{ id: 'support', cancelAtPeriodEnd: true }],
}

/** A team in its Team starter trial with extra seats. */
const team: MemoryLedgerSeed = {
  customer: TEAM,
  transactions: [
    purchase({ id: 'starter', customer: TEAM, productId: 'team-starter', priceId: 'monthly', at: '2026-10-25T09:00:00Z', subscription: true }),
    purchase({ id: 'seats', customer: TEAM, productId: 'extra-seats', priceId: 'monthly', amount: { EUR: '33' }, quantity: 3, at: '2026-10-26T09:00:00Z', subscription: true }),
    itemChange('seats-start', TEAM, 'seats', 8, '2026-10-26T09:00:00Z'),
  ],
  subscriptions: [
    { id: 'starter', status: 'trialing', currentPeriodEnd: '2026-11-08T09:00:00Z' },
    { id: 'seats', currentPeriodEnd: '2026-11-26T09:00:00Z' },
  ],
}

const contract: ProductSnapshot = {
  displayName: 'Northwind contract',
  customerType: 'custom',
  productLineId: null,
  serverOnly: true,
  stackable: false,
  isAddOnTo: [],
  prices: [{ id: 'contract', amounts: { USD: '12000' }, interval: null, freeTrial: null }],
  includedItems: [],
}

/** A custom customer (external account id) with an inline contract and an API plan. */
const custom: MemoryLedgerSeed = {
  customer: CUSTOM,
  transactions: [
    purchase({ id: 'contract', customer: CUSTOM, productId: null, product: contract, priceId: null, at: '2026-06-01T09:00:00Z' }),
    purchase({ id: 'api', customer: CUSTOM, productId: 'api-basic', priceId: 'monthly', amount: { USD: '99' }, at: '2026-09-03T09:00:00Z', subscription: true }),
    itemChange('api-usage', CUSTOM, 'api-calls', -12000, '2026-10-30T09:00:00Z'),
  ],
}

/** Paid in euros, yen and dollars, with a chargeback. */
const multiCurrency: MemoryLedgerSeed = {
  customer: USER,
  transactions: [
    purchase({ id: 'max', customer: USER, productId: 'max', priceId: 'yearly', amount: { EUR: '920' }, at: '2026-03-01T09:00:00Z', subscription: true }),
    purchase({ id: 'lifetime', customer: USER, productId: 'lifetime', priceId: 'one-time', amount: { JPY: '29800' }, at: '2026-05-20T09:00:00Z' }),
    purchase({ id: 'pack-usd', customer: USER, productId: 'credit-pack', priceId: 'pack', amount: { USD: '20' }, quantity: 2, at: '2026-07-04T09:00:00Z' }),
    purchase({ id: 'pack-eur', customer: USER, productId: 'credit-pack', priceId: 'pack', amount: { EUR: '9.50' }, at: '2026-08-09T09:00:00Z' }),
    {
      id: 'chargeback',
      type: 'chargeback',
      createdAt: '2026-08-20T09:00:00Z',
      testMode: false,
      entries: [{ type: 'money_transfer', customer: USER, chargedAmount: { EUR: '-9.50' } }],
      refund: null,
    },
  ],
}

/** Test-mode purchases only: products owned, no money moved. */
const testModeOnly: MemoryLedgerSeed = {
  customer: USER,
  transactions: [
    purchase({ id: 'test-pro', customer: USER, productId: 'pro', priceId: 'monthly', testMode: true, at: '2026-10-02T09:00:00Z', subscription: true }),
    purchase({ id: 'test-pack', customer: USER, productId: 'credit-pack', priceId: 'pack', testMode: true, at: '2026-10-03T09:00:00Z' }),
  ],
}

const adapterWith = (...ledgers: MemoryLedgerSeed[]) => () => createMemoryAdapter({ data: { ledgers } })
const defaultAdapter = adapterWith(subscriber, team, custom)

/** The seeded memory adapter with one method that always fails with `forbidden`. */
function failing(method: AdapterMethod): () => PaymentsAdapter {
  return () => {
    const adapter: PaymentsAdapter = { ...defaultAdapter() }
    Object.assign(adapter, {
      [method]: () => Promise.reject(new PaymentsError('forbidden', { method })),
    })
    return adapter
  }
}

/** The seeded data behind the required methods only: no metrics, billing or mutations. */
function withoutCapabilities(): PaymentsAdapter {
  const memory = defaultAdapter()
  return createTestAdapter({
    listCustomers: memory.listCustomers,
    getCustomers: memory.getCustomers,
    listProducts: memory.listProducts,
    listOwnedProducts: memory.listOwnedProducts,
    listItemBalances: memory.listItemBalances,
    listTransactions: memory.listTransactions,
    createCheckoutUrl: memory.createCheckoutUrl,
  })
}

/** Reads that never answer (until aborted). */
function neverResolving(): PaymentsAdapter {
  const memory = defaultAdapter()
  const hang = ({ signal }: { signal: AbortSignal }) =>
    new Promise<never>((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
    })
  return {
    ...memory,
    getCustomers: hang,
    listOwnedProducts: hang,
    listTransactions: hang,
    listItemBalances: hang,
    getCustomerMetrics: hang,
    getBilling: hang,
  }
}

// ------------------------------------------------------------------ helpers of the play functions

const SECTIONS = ['header', 'metrics', 'products', 'transactions', 'items', 'billing'] as const
type SectionName = (typeof SECTIONS)[number]

function section(canvasElement: HTMLElement, name: SectionName): HTMLElement {
  const element = canvasElement.querySelector<HTMLElement>(`[data-slot="customer-payments-${name}"]`)
  if (!element) throw new Error(`No ${name} section`)
  return element
}

async function loaded(canvasElement: HTMLElement, names: readonly SectionName[] = SECTIONS) {
  await waitFor(
    () => {
      for (const name of names) expect(section(canvasElement, name).dataset.status).toMatch(/^(success|empty)$/)
    },
    { timeout: 4000 },
  )
}

const ACTION_NAMES = [/^Grant product$/, /^Adjust/, /^Cancel subscription/, /^Refund/]

// ------------------------------------------------------------------ meta

const meta = {
  title: 'Components/CustomerPaymentsSection',
  component: CustomerPaymentsSection,
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
    const alert = await within(own).findByRole('alert', {}, { timeout: 4000 })
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
    await expect(canvasElement.querySelector('[data-transaction-id="pack"]')).toHaveTextContent(/Partially refunded/)
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
  parameters: { payments: { makeAdapter: neverResolving } },
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
  parameters: { payments: { makeAdapter: withoutCapabilities } },
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
    const tip = within(date as HTMLElement).getByRole('tooltip', { hidden: true })
    trigger.focus()
    await expect(tip).toBeVisible()
    await expect(trigger).toHaveAccessibleDescription(/ago|in /)
    await userEvent.keyboard('{Escape}')
    await expect(tip).not.toBeVisible()
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
