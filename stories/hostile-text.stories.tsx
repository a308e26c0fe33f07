import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, waitFor, within } from 'storybook/test'
import { CustomerPaymentsSection } from '../src/components/customer-payments/customer-payments-section'
import { CreateCheckoutDialog } from '../src/components/create-checkout/create-checkout-dialog'
import { CustomerTable } from '../src/components/customer-table/customer-table'
import { page } from './ui/frame'
import { unsettled } from './fixtures/customer-payments'
import {
  ARABIC_NAME,
  EMOJI_NAME,
  HEBREW_NAME,
  HOSTILE,
  heights,
  hostileAdapter,
  LONG_NAME,
  MARKUP_NAME,
  overflowX,
  RLO_NAME,
  textRect,
} from './fixtures/hostile-text'

/**
 * Backend text that tries to rewrite the UI: a right-to-left override (`Pro \u202Eplan`), Arabic and
 * Hebrew names, a 10,000-character name, markup (`<img src=x onerror=alert(1)>`), emoji and ZWJ
 * sequences. Names stay isolated from the text around them, shown as text, and inside their box.
 */
const meta = {
  title: 'Hostile text',
  decorators: [page],
  parameters: { payments: { makeAdapter: hostileAdapter } },
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

/** Every hostile name as a customer: rows keep their height, names truncate with the full value on hover. */
export const CustomersTable: Story = {
  render: () => <CustomerTable height={420} defaultType="custom" />,
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid')
    for (const name of [RLO_NAME, ARABIC_NAME, HEBREW_NAME, MARKUP_NAME, EMOJI_NAME]) await within(grid).findByText(name)
    await expect(canvasElement.querySelector('img[src="x"]')).toBeNull()
    await expect(within(grid).getByText(LONG_NAME)).toHaveAttribute('title', LONG_NAME)
    await expect(overflowX(grid)).toBe(0)
  },
}

/** Products, transactions and items named by the hostile set: the quantity stays after the name. */
export const PaymentsSection: Story = {
  render: () => (
    <div style={{ maxInlineSize: 900 }}>
      <CustomerPaymentsSection customerType={HOSTILE.type} customerId={HOSTILE.id} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(unsettled(canvasElement)).toEqual([]))
    const details = canvasElement.querySelector('[data-transaction-id="tx-rlo"] [data-slot="customer-payments-transaction-details"]')
    if (!details) throw new Error('No RLO transaction')
    await expect(textRect(details, '×2').left).toBeGreaterThanOrEqual(textRect(details, RLO_NAME).right - 1)
    await expect(within(canvasElement).getAllByText(MARKUP_NAME).length).toBeGreaterThan(0)
    await expect(canvasElement.querySelector('img[src="x"]')).toBeNull()
    const root = canvasElement.querySelector('[data-slot="customer-payments"]') as HTMLElement
    await expect(Math.max(...heights(root, '[data-slot="customer-payments-product"], [data-slot="customer-payments-item"]'))).toBeLessThan(160)
    await expect(overflowX(root)).toBe(0)
  },
}

/** The product chooser with every hostile product: no option widens the dialog, every price shows. */
export const CreateCheckout: Story = {
  render: () => <CreateCheckoutDialog defaultOpen customer={HOSTILE} />,
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Create checkout link' })
    const radio = await within(dialog).findByRole('radio', { name: /^EnterpriseWWW/ })
    await waitFor(() => expect(radio).toBeVisible())
    const chooser = dialog.querySelector('[data-slot="product-chooser"]') as HTMLElement
    await expect(overflowX(chooser)).toBe(0)
    await expect(overflowX(dialog)).toBe(0)
    await expect(within(radio.closest('label') as HTMLElement).getByText('$13.00', { exact: false })).toBeVisible()
    await expect(within(dialog).getByRole('radio', { name: new RegExp(`^${MARKUP_NAME.replace(/[()]/g, '\\$&')}`) })).toBeEnabled()
  },
}
