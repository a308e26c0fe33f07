import { useState } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { Input, SearchInput } from '../../src/ui/input'
import { stacked } from './frame'

const meta = {
  title: 'UI/Input',
  component: Input,
  decorators: [stacked],
} satisfies Meta<typeof Input>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  render: () => (
    <>
      <label htmlFor="return-url">Return URL</label>
      <Input id="return-url" type="url" placeholder="https://example.com/thanks" />
    </>
  ),
}

export const Invalid: Story = {
  render: () => (
    <>
      <label htmlFor="bad-url">Return URL</label>
      <Input id="bad-url" invalid defaultValue="example.com" aria-describedby="bad-url-error" />
      <p id="bad-url-error" style={{ margin: 0, color: 'var(--hx-color-danger-text)' }}>
        Use a full https:// URL on a trusted domain.
      </p>
    </>
  ),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Return URL' })
    await expect(input).toBeInvalid()
    await expect(input).toHaveAccessibleDescription('Use a full https:// URL on a trusted domain.')
  },
}

export const Disabled: Story = {
  render: () => <Input aria-label="Customer id" disabled defaultValue="user_123" />,
}

/** Typing shows the clear button; Escape clears. */
export const Search: Story = {
  render: function Render() {
    const [value, setValue] = useState('')
    return (
      <>
        <SearchInput aria-label="Search customers" placeholder="Search customers" value={value} onValueChange={setValue} />
        <p style={{ margin: 0 }}>Searching for: {value || '(nothing)'}</p>
      </>
    )
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const input = canvas.getByRole('searchbox', { name: 'Search customers' })
    await expect(canvas.queryByRole('button', { name: 'Clear search' })).toBeNull()
    await userEvent.type(input, 'acme')
    await expect(input).toHaveValue('acme')
    await expect(canvas.getByText('Searching for: acme')).toBeInTheDocument()
    await expect(canvas.getByRole('button', { name: 'Clear search' })).toBeInTheDocument()
    await userEvent.keyboard('{Escape}')
    await expect(input).toHaveValue('')
    await expect(input).toHaveFocus()
    await userEvent.type(input, 'team')
    await userEvent.click(canvas.getByRole('button', { name: 'Clear search' }))
    await expect(input).toHaveValue('')
  },
}

export const SearchWithValue: Story = {
  render: () => <SearchInput aria-label="Search customers" defaultValue="acme" />,
}

export const SearchDark: Story = { ...Search, parameters: { payments: { theme: 'dark' } } }

export const InvalidDark: Story = { ...Invalid, parameters: { payments: { theme: 'dark' } } }
