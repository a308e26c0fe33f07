import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { CustomerTypeSelect } from '../src/components/customer-type-select/customer-type-select'
import { page } from './ui/frame'

const meta = {
  title: 'Components/CustomerTypeSelect',
  component: CustomerTypeSelect,
  decorators: [page],
  args: { onValueChange: fn() },
} satisfies Meta<typeof CustomerTypeSelect>

export default meta
type Story = StoryObj<typeof meta>

/** Arrow keys move and select; Tab leaves the group. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const all = canvas.getByRole('radio', { name: 'All' })
    await expect(all).toBeChecked()
    all.focus()
    // Radix checks the item it moves to while the arrow key is down (focus moves on the next tick).
    await userEvent.keyboard('{ArrowRight>}')
    await waitFor(() => expect(canvas.getByRole('radio', { name: 'Users' })).toBeChecked())
    await userEvent.keyboard('{/ArrowRight}')
    await expect(args.onValueChange).toHaveBeenCalledWith('user')
  },
}

export const WithCounts: Story = {
  args: {
    counts: { all: { count: 1000, approximate: true }, user: { count: 1000, approximate: true }, team: { count: 412 }, custom: { count: 37 } },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('radio', { name: /All/ })).toHaveTextContent('1,000+')
  },
}

export const WithoutAll: Story = {
  args: { includeAll: false, types: ['user', 'team'] },
  play: async ({ canvasElement }) => {
    const radios = within(canvasElement).getAllByRole('radio')
    await expect(radios.map((r) => r.textContent)).toEqual(['Users', 'Teams'])
  },
}

export const CustomLabels: Story = {
  args: { labels: { all: 'Alle', user: 'Benutzer', team: 'Teams', custom: 'Eigene' } },
}

export const Disabled: Story = {
  args: { disabled: true, defaultValue: 'team' },
}

export const Dark: Story = {
  parameters: { payments: { theme: 'dark' } },
  args: { counts: { all: { count: 340 }, user: { count: 240 }, team: { count: 60 }, custom: { count: 40 } } },
}

/** Works without a provider (English labels). */
export const Standalone: Story = {
  parameters: { payments: { noProvider: true } },
}
