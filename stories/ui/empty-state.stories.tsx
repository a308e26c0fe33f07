import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { Button } from '../../src/ui/button'
import { EmptyState } from '../../src/ui/empty-state'
import { SearchIcon, UsersIcon } from '../../src/ui/icons'
import { stacked } from './frame'

const meta = {
  title: 'UI/EmptyState',
  component: EmptyState,
  decorators: [stacked],
  args: {
    icon: <UsersIcon />,
    title: 'No customers yet',
    description: 'Customers appear here after their first purchase or when you grant them a product.',
  },
} satisfies Meta<typeof EmptyState>

export default meta
type Story = StoryObj<typeof meta>

export const NoData: Story = {}

/** "No matches" is a different state from "nothing yet": say what was searched, offer a way out. */
export const NoMatches: Story = {
  args: {
    icon: <SearchIcon />,
    title: 'No matches for “acme”',
    description: 'Check the spelling or search by email or id.',
    action: (
      <Button variant="outline" onClick={fn()}>
        Clear search
      </Button>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('No matches for “acme”')).toBeInTheDocument()
    await userEvent.click(canvas.getByRole('button', { name: 'Clear search' }))
  },
}

export const WithHeading: Story = {
  args: { headingLevel: 2 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 2, name: 'No customers yet' })).toBeInTheDocument()
  },
}

export const NoMatchesDark: Story = { ...NoMatches, parameters: { payments: { theme: 'dark' } } }
