import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { SelectedCustomer } from '../src/components/selected-customer/selected-customer'
import { createMemoryAdapter } from '../src/adapters/memory'
import { PaymentsError } from '../src/adapter/errors'
import type { PaymentsAdapter } from '../src/adapter/types'
import { stacked } from './ui/frame'
import { neverResolving, USER } from './fixtures/customer-payments'

/** The memory adapter whose `getCustomers` always fails with `forbidden`. */
function customersFail(): PaymentsAdapter {
  const adapter = createMemoryAdapter()
  return { ...adapter, getCustomers: () => Promise.reject(new PaymentsError('forbidden', { method: 'getCustomers' })) }
}

/**
 * One customer: avatar (or initials), name or id, secondary line and type badge. Its
 * `data-status` is the library's one read vocabulary: `loading` → `success` (found) / `empty`
 * (a user or team the adapter does not know: "Unknown customer") / `error`.
 */
const meta = {
  title: 'Components/SelectedCustomer',
  component: SelectedCustomer,
  decorators: [stacked],
  args: { customer: USER },
} satisfies Meta<typeof SelectedCustomer>

export default meta
type Story = StoryObj<typeof meta>

/** Found: `success`, with name, email and type badge. */
export const Found: Story = {
  play: async ({ canvasElement }) => {
    const selected = canvasElement.querySelector('[data-slot="selected-customer"]') as HTMLElement
    await waitFor(() => expect(selected).toHaveAttribute('data-status', 'success'))
  },
}

/** A user the backend does not know: `empty`, "Unknown customer" with the id below. */
export const Unknown: Story = {
  args: { customer: { type: 'user', id: '00000000-0000-4000-8000-000000000000' } },
  play: async ({ canvasElement }) => {
    const selected = canvasElement.querySelector('[data-slot="selected-customer"]') as HTMLElement
    await waitFor(() => expect(selected).toHaveAttribute('data-status', 'empty'))
    await expect(within(selected).getByText('Unknown customer')).toBeVisible()
  },
}

/** The adapter has not answered: `loading` (and `aria-busy`), the id stands in for the name. */
export const Loading: Story = {
  parameters: { payments: { makeAdapter: () => neverResolving(createMemoryAdapter()) } },
  play: async ({ canvasElement }) => {
    const selected = canvasElement.querySelector('[data-slot="selected-customer"]') as HTMLElement
    await expect(selected).toHaveAttribute('data-status', 'loading')
    await expect(selected).toHaveAttribute('aria-busy', 'true')
    await expect(selected).toHaveTextContent(USER.id)
  },
}

/** The adapter failed: `error`, the id stands in for the name. */
export const Failed: Story = {
  parameters: { payments: { makeAdapter: customersFail } },
  play: async ({ canvasElement }) => {
    const selected = canvasElement.querySelector('[data-slot="selected-customer"]') as HTMLElement
    await waitFor(() => expect(selected).toHaveAttribute('data-status', 'error'))
    await expect(selected).toHaveTextContent(USER.id)
  },
}
