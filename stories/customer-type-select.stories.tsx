import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, userEvent, within } from 'storybook/test'
import { CustomerTypeSelect } from '../src/components/customer-type-select/customer-type-select'
import type { CustomerTypeFilter } from '../src/adapter/types'
import { page } from './ui/frame'

const meta = {
  title: 'Components/CustomerTypeSelect',
  component: CustomerTypeSelect,
  decorators: [page],
  args: { onValueChange: fn() },
} satisfies Meta<typeof CustomerTypeSelect>

export default meta
type Story = StoryObj<typeof meta>

/** Native radios: Tab enters at the checked item, arrow keys move and select (wrapping), Tab leaves the group. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const all = canvas.getByRole('radio', { name: 'All' })
    await expect(all).toBeChecked()
    all.focus()
    await userEvent.keyboard('{ArrowRight}')
    await expect(canvas.getByRole('radio', { name: 'Users' })).toBeChecked()
    await expect(canvas.getByRole('radio', { name: 'Users' })).toHaveFocus()
    await expect(args.onValueChange).toHaveBeenCalledWith('user')
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}')
    await expect(canvas.getByRole('radio', { name: 'Custom' })).toBeChecked()
    await expect(args.onValueChange).toHaveBeenLastCalledWith('custom')
  },
}

export const WithCounts: Story = {
  args: {
    counts: { all: { count: 1000, approximate: true }, user: { count: 1000, approximate: true }, team: { count: 412 }, custom: { count: 37 } },
  },
  play: async ({ canvasElement }) => {
    // The count is part of the radio's name, and shown in its item.
    const all = within(canvasElement).getByRole('radio', { name: /All/ })
    await expect(all).toHaveAccessibleName('All 1,000+')
    await expect(all.closest('[data-slot="customer-type-select-item"]')).toHaveTextContent('1,000+')
  },
}

export const WithoutAll: Story = {
  args: { includeAll: false, types: ['user', 'team'] },
  play: async ({ canvasElement }) => {
    const radios = within(canvasElement).getAllByRole('radio')
    // Each radio's text is its item's (the <label> around it), which names it.
    await expect(radios.map((r) => r.closest('[data-slot="customer-type-select-item"]')?.textContent)).toEqual(['Users', 'Teams'])
    await expect(radios[0]).toHaveAccessibleName('Users')
    await expect(radios[1]).toHaveAccessibleName('Teams')
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

/** The host owns the value (here it shows it below and can reset it). */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState<CustomerTypeFilter>('team')
    return (
      <div style={{ display: 'grid', gap: 8, justifyItems: 'start' }}>
        <CustomerTypeSelect
          {...args}
          value={value}
          onValueChange={(next) => {
            setValue(next)
            args.onValueChange?.(next)
          }}
        />
        <output>{value}</output>
        <button type="button" onClick={() => setValue('all')}>
          Reset
        </button>
      </div>
    )
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('radio', { name: 'Custom' }))
    await expect(canvas.getByRole('status')).toHaveTextContent('custom')
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }))
    await expect(canvas.getByRole('radio', { name: 'All' })).toBeChecked()
  },
}

/**
 * In a right-to-left page the items run right to left, and so do the arrow keys (the browser's
 * own radio-group behaviour: ArrowLeft selects the next item; the real-Chromium test checks it,
 * as user-event here simulates the keys without the direction).
 */
export const RightToLeft: Story = {
  decorators: [(Story) => <div dir="rtl"><Story /></div>],
  args: { counts: { all: { count: 340 }, user: { count: 240 }, team: { count: 60 }, custom: { count: 40 } } },
  play: async ({ canvasElement }) => {
    const item = (value: string) => canvasElement.querySelector(`[data-slot="customer-type-select-item"][data-value="${value}"]`) as HTMLElement
    await expect(item('all').getBoundingClientRect().left).toBeGreaterThan(item('custom').getBoundingClientRect().left)
  },
}
