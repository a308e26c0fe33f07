import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { Badge, type BadgeVariant } from '../../src/ui/badge'
import { BuildingIcon, TagIcon, UserIcon } from '../../src/ui/icons'
import { padded } from './frame'

const VARIANTS: BadgeVariant[] = ['neutral', 'user', 'team', 'custom', 'success', 'warning', 'danger', 'info', 'outline']

const meta = {
  title: 'UI/Badge',
  component: Badge,
  decorators: [padded],
  args: { children: 'Active', variant: 'success' },
  argTypes: { variant: { control: 'select', options: VARIANTS } },
} satisfies Meta<typeof Badge>

export default meta
type Story = StoryObj<typeof meta>

export const Playground: Story = {}

export const Variants: Story = {
  render: () => (
    <>
      {VARIANTS.map((variant) => (
        <Badge key={variant} variant={variant}>
          {variant}
        </Badge>
      ))}
    </>
  ),
  play: async ({ canvasElement }) => {
    for (const variant of VARIANTS) {
      await expect(within(canvasElement).getByText(variant)).toHaveAttribute('data-variant', variant)
    }
  },
}

export const CustomerTypes: Story = {
  render: () => (
    <>
      <Badge variant="user">
        <UserIcon />
        User
      </Badge>
      <Badge variant="team">
        <BuildingIcon />
        Team
      </Badge>
      <Badge variant="custom">
        <TagIcon />
        Custom
      </Badge>
    </>
  ),
}

/** Every variant on the dark palette (axe checks contrast). */
export const VariantsDark: Story = { ...Variants, parameters: { payments: { theme: 'dark' } } }
