import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { CustomerSelector } from '../src/components/customer-selector/customer-selector'
import { SelectedCustomer } from '../src/components/selected-customer/selected-customer'
import { memoryCustomerId } from '../src/adapters/memory'
import { page } from './ui/frame'

const user = { type: 'user' as const, id: memoryCustomerId('user', 0) }
const team = { type: 'team' as const, id: memoryCustomerId('team', 0) }

/**
 * The customer picker: the selected customer, and a nested dialog with the customers table in
 * picker mode (search, infinite scroll, Select). `SelectedCustomer` is the part that shows one
 * customer.
 */
const meta = {
  title: 'Components/CustomerSelector',
  component: CustomerSelector,
  subcomponents: { SelectedCustomer },
  decorators: [page],
  args: { onValueChange: fn() },
} satisfies Meta<typeof CustomerSelector>

export default meta
type Story = StoryObj<typeof meta>

/** Nothing chosen yet: "Choose customer" opens the picker; Select picks a row. */
export const Empty: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Choose customer' }))
    const dialog = await screen.findByRole('dialog', { name: 'Choose a customer' })
    const select = await within(dialog).findAllByRole('button', { name: /^Select / })
    await userEvent.click(select[0] as HTMLElement)
    await waitFor(() => expect(args.onValueChange).toHaveBeenCalledTimes(1))
    // Once the dialog has closed (the page is inert while it is open).
    await waitFor(() => expect(within(canvasElement).getByRole('button', { name: 'Change' })).toBeVisible())
  },
}

/** A user chosen: name, email and type badge, with "Change". */
export const WithValue: Story = {
  args: { defaultValue: user },
  play: async ({ canvasElement }) => {
    const selected = canvasElement.querySelector('[data-slot="selected-customer"]') as HTMLElement
    await waitFor(() => expect(selected).toHaveAttribute('data-status', 'success'))
  },
}

/** Only teams may be picked (e.g. a team-only product): the picker lists teams alone. */
export const TeamsOnly: Story = {
  args: { types: ['team'], defaultValue: team },
}

/** Invalid (a required field left empty on submit). */
export const Invalid: Story = {
  args: { invalid: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Choose customer' })).toHaveAttribute('aria-invalid', 'true')
  },
}

export const Disabled: Story = {
  args: { disabled: true, defaultValue: user },
}

/** `SelectedCustomer` alone: found, and a user the backend does not know ("Unknown customer"). */
export const SelectedCustomerStates: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 12, maxInlineSize: 420 }}>
      <SelectedCustomer customer={user} />
      <SelectedCustomer customer={{ type: 'user', id: '00000000-0000-4000-8000-000000000000' }} size="sm" />
      <SelectedCustomer customer={{ type: 'custom', id: 'acme-42' }} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByText('Unknown customer')).toBeVisible())
  },
}

export const Dark: Story = {
  args: { defaultValue: user },
  parameters: { payments: { theme: 'dark' } },
}
