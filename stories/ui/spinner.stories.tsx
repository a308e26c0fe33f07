import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { Spinner } from '../../src/ui/spinner'
import { padded } from './frame'

const meta = {
  title: 'UI/Spinner',
  component: Spinner,
  decorators: [padded],
  args: { label: 'Loading customers' },
  argTypes: { size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] } },
} satisfies Meta<typeof Spinner>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status', { name: 'Loading customers' })).toBeInTheDocument()
  },
}

export const Sizes: Story = {
  render: (args) => (
    <>
      <Spinner {...args} size="sm" />
      <Spinner {...args} size="md" />
      <Spinner {...args} size="lg" />
    </>
  ),
}

export const Decorative: Story = {
  args: { decorative: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('status')).toBeNull()
  },
}

export const SizesDark: Story = { ...Sizes, parameters: { payments: { theme: 'dark' } } }
