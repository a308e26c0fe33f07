import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { Button } from '../../src/ui/button'
import { PlusIcon, RefreshIcon } from '../../src/ui/icons'
import { padded } from './frame'

const meta = {
  title: 'UI/Button',
  component: Button,
  decorators: [padded],
  args: { children: 'Create checkout', onClick: fn() },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'ghost', 'destructive', 'outline'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'icon'] },
  },
} satisfies Meta<typeof Button>

export default meta
type Story = StoryObj<typeof meta>

/** One button, every prop as a control. */
export const Playground: Story = {}

export const Variants: Story = {
  render: (args) => (
    <>
      <Button {...args} variant="primary">
        Primary
      </Button>
      <Button {...args} variant="secondary">
        Secondary
      </Button>
      <Button {...args} variant="outline">
        Outline
      </Button>
      <Button {...args} variant="ghost">
        Ghost
      </Button>
      <Button {...args} variant="destructive">
        Refund
      </Button>
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    for (const variant of ['primary', 'secondary', 'outline', 'ghost', 'destructive']) {
      const button = canvas.getAllByRole('button').find((b) => b.dataset.variant === variant)
      await expect(button).toBeDefined()
    }
  },
}

export const Sizes: Story = {
  render: (args) => (
    <>
      <Button {...args} size="sm">
        Small
      </Button>
      <Button {...args} size="md">
        Medium
      </Button>
      <Button {...args} size="lg">
        Large
      </Button>
      <Button {...args} size="icon" aria-label="Add product">
        <PlusIcon />
      </Button>
      <Button {...args} size="md">
        <RefreshIcon />
        With icon
      </Button>
    </>
  ),
}

/** Pending keeps focus and the label's width, and swallows clicks. */
export const Pending: Story = {
  args: { isPending: true, children: 'Create link' },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Create link' })
    await expect(button).toHaveAttribute('aria-busy', 'true')
    await expect(button).toBeEnabled()
    await userEvent.click(button)
    await expect(button).toHaveFocus()
    await expect(args.onClick).not.toHaveBeenCalled()
  },
}

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Create checkout' })).toBeDisabled()
  },
}

/** Every variant on the dark palette (axe checks contrast). */
export const VariantsDark: Story = { ...Variants, parameters: { payments: { theme: 'dark' } } }
