import { useState } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, userEvent, waitFor, within } from 'storybook/test'
import { CustomersBrowser } from '../src/components/customers-browser/customers-browser'
import type { CustomerRef, CustomerTypeFilter } from '../src/adapter/types'
import { page } from './ui/frame'

const meta = {
  title: 'Components/CustomersBrowser',
  component: CustomersBrowser,
  decorators: [page],
  args: { height: 420 },
} satisfies Meta<typeof CustomersBrowser>

export default meta
type Story = StoryObj<typeof meta>

/** Filter Custom → open a customer → Create checkout → back to the same filter. */
export const FullFlow: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('radio', { name: /Custom/ }))
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="customer-table-row"][data-type="custom"]')).not.toBeNull())
    await userEvent.click(canvasElement.querySelector('[data-slot="customer-table-row"]') as HTMLElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Create checkout' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create checkout link' })
    await expect(dialog).toHaveAttribute('data-mode', 'customer')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await userEvent.click(canvas.getByRole('button', { name: 'Back to customers' }))
    await expect(await canvas.findByRole('radio', { name: /Custom/ })).toBeChecked()
  },
}

function UrlHost() {
  const [state, setState] = useState<{ customer: CustomerRef | null; type: CustomerTypeFilter; search: string }>({
    customer: null,
    type: 'all',
    search: '',
  })
  const query = new URLSearchParams({
    type: state.type,
    ...(state.search ? { q: state.search } : {}),
    ...(state.customer ? { customer: `${state.customer.type}:${state.customer.id}` } : {}),
  })
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <code data-testid="url" style={{ color: 'var(--hx-color-fg)' }}>
        /payments/customers?{query.toString()}
      </code>
      <CustomersBrowser
        height={360}
        selectedCustomer={state.customer}
        onSelectedCustomerChange={(customer) => setState((s) => ({ ...s, customer }))}
        type={state.type}
        onTypeChange={(type) => setState((s) => ({ ...s, type }))}
        search={state.search}
        onSearchChange={(search) => setState((s) => ({ ...s, search }))}
      />
    </div>
  )
}

/** Selected customer, type and search kept in the host's URL. */
export const StateInUrl: Story = {
  render: () => <UrlHost />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('radio', { name: /Teams/ }))
    await expect(canvas.getByTestId('url')).toHaveTextContent('type=team')
  },
}

export const ReadOnly: Story = { args: { readOnly: true } }

export const Dark: Story = { parameters: { payments: { theme: 'dark' } } }

export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: 360 }}>
        <Story />
      </div>
    ),
  ],
}
