import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { Field } from '../../src/ui/field'
import { Input } from '../../src/ui/input'
import { stacked } from './frame'

const meta = {
  title: 'UI/Field',
  component: Field,
  decorators: [stacked],
  args: {
    label: 'Return URL',
    children: (control) => (
      <Input id={control.id} type="url" placeholder="https://" aria-describedby={control['aria-describedby']} invalid={control.invalid} />
    ),
  },
} satisfies Meta<typeof Field>

export default meta
type Story = StoryObj<typeof meta>

/** The label names the control. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText('Return URL')).not.toHaveAttribute('aria-describedby')
  },
}

/** A hint under the control describes it. */
export const WithHint: Story = {
  args: { hint: 'Where the customer lands after paying.' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText('Return URL')).toHaveAccessibleDescription('Where the customer lands after paying.')
  },
}

/** An error is shown, described first and marks the control invalid. */
export const WithError: Story = {
  args: { hint: 'Where the customer lands after paying.', error: 'Enter an absolute http(s) URL.' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Return URL')
    await expect(input).toHaveAccessibleDescription('Enter an absolute http(s) URL. Where the customer lands after paying.')
    await expect(input).toHaveAttribute('aria-invalid', 'true')
  },
}

export const WithErrorDark: Story = { ...WithError, parameters: { payments: { theme: 'dark' } } }
