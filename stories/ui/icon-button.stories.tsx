import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { IconButton } from '../../src/ui/icon-button'
import { CopyIcon, MoreHorizontalIcon, XIcon } from '../../src/ui/icons'
import { padded } from './frame'

const meta = {
  title: 'UI/IconButton',
  component: IconButton,
  decorators: [padded],
  args: { label: 'Copy link', children: <CopyIcon />, onClick: fn() },
} satisfies Meta<typeof IconButton>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Copy link' })
    await expect(button).toHaveAttribute('title', 'Copy link')
    await userEvent.click(button)
    await expect(args.onClick).toHaveBeenCalledTimes(1)
  },
}

export const Sizes: Story = {
  render: (args) => (
    <>
      <IconButton {...args} size="sm" label="Close">
        <XIcon />
      </IconButton>
      <IconButton {...args} size="md" label="More actions">
        <MoreHorizontalIcon />
      </IconButton>
      <IconButton {...args} size="lg" label="Copy link" variant="outline">
        <CopyIcon />
      </IconButton>
    </>
  ),
}

export const Pending: Story = {
  args: { isPending: true },
}

export const SizesDark: Story = { ...Sizes, parameters: { payments: { theme: 'dark' } } }
