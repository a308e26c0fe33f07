import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, waitFor, within } from 'storybook/test'
import { CustomerPaymentsSection } from '../src/components/customer-payments/customer-payments-section'
import { CreateCheckoutDialog } from '../src/components/create-checkout/create-checkout-dialog'
import { page } from './ui/frame'
import { unsettled } from './fixtures/customer-payments'
import { acme, ada, CANCEL_REASON, CUSTOM_CHECKOUT_REASON, limitedAdapter, REFUND_REASON } from './fixtures/unavailable'

/**
 * A backend that cannot do everything says why (`PaymentsAdapter.unavailable`), as the SDK adapter
 * over a server app does: the UI hides the action and shows the adapter's reason where the action
 * would be, instead of a button that fails.
 */
const meta = {
  title: 'Unavailable actions',
  decorators: [page],
  parameters: { payments: { makeAdapter: limitedAdapter } },
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

/** No "Cancel subscription" or "Refund": each section says why. */
export const PaymentsSection: Story = {
  render: () => (
    <div style={{ maxInlineSize: 900 }}>
      <CustomerPaymentsSection customerType={ada.type} customerId={ada.id} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(unsettled(canvasElement)).toEqual([]))
    await expect(within(canvasElement).getByText(CANCEL_REASON)).toBeVisible()
    await expect(within(canvasElement).getByText(REFUND_REASON)).toBeVisible()
    await expect(within(canvasElement).queryByRole('button', { name: /^Refund/ })).toBeNull()
  },
}

/** A custom customer: the dialog explains why no link can be created, and "Create link" is disabled. */
export const CheckoutForCustomCustomer: Story = {
  render: () => <CreateCheckoutDialog defaultOpen customer={acme} />,
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Create checkout link' })
    await expect(await within(dialog).findByRole('status')).toHaveTextContent(CUSTOM_CHECKOUT_REASON)
    await expect(within(dialog).getByRole('button', { name: 'Create link' })).toBeDisabled()
  },
}
