import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../src/ui/dropdown-menu'
import { IconButton } from '../../src/ui/icon-button'
import { CopyIcon, CreditCardIcon, ExternalLinkIcon, MoreHorizontalIcon, XIcon } from '../../src/ui/icons'
import { padded } from './frame'

interface ExampleProps {
  onCreateCheckout: () => void
  onCancel: () => void
}

function Example({ onCreateCheckout, onCancel }: ExampleProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <IconButton label="Actions for Ada Lovelace" variant="outline">
          <MoreHorizontalIcon />
        </IconButton>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        <DropdownMenuLabel>Ada Lovelace</DropdownMenuLabel>
        <DropdownMenuItem onSelect={onCreateCheckout}>
          <CreditCardIcon />
          Create checkout
        </DropdownMenuItem>
        <DropdownMenuItem>
          <CopyIcon />
          Copy customer id
        </DropdownMenuItem>
        <DropdownMenuItem disabled>
          <ExternalLinkIcon />
          Open in dashboard
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="destructive" onSelect={onCancel}>
          <XIcon />
          Cancel subscription
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}

const meta = {
  title: 'UI/DropdownMenu',
  component: Example,
  decorators: [padded],
  args: { onCreateCheckout: fn(), onCancel: fn() },
} satisfies Meta<typeof Example>

export default meta
type Story = StoryObj<typeof meta>

export const Closed: Story = {}

/** Opens with the keyboard: Enter opens and focuses the first item, arrows move, disabled items are skipped. */
export const KeyboardOpen: Story = {
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Actions for Ada Lovelace' })
    trigger.focus()
    await userEvent.keyboard('{Enter}')
    const menu = await screen.findByRole('menu')
    await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'Create checkout' })).toHaveFocus())
    await userEvent.keyboard('{ArrowDown}')
    await expect(within(menu).getByRole('menuitem', { name: 'Copy customer id' })).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}')
    await expect(within(menu).getByRole('menuitem', { name: 'Cancel subscription' })).toHaveFocus()
    await waitFor(() => expect(menu.getAnimations()).toHaveLength(0))
  },
}

/** Enter on an item runs it and closes the menu; focus goes back to the trigger. */
export const SelectItem: Story = {
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Actions for Ada Lovelace' })
    trigger.focus()
    await userEvent.keyboard('{ArrowDown}')
    await screen.findByRole('menu')
    await waitFor(() => expect(screen.getByRole('menuitem', { name: 'Create checkout' })).toHaveFocus())
    await userEvent.keyboard('{Enter}')
    await expect(args.onCreateCheckout).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull())
    await expect(trigger).toHaveFocus()
  },
}

/** Open on the dark palette: the portalled menu carries the provider's scheme. */
export const KeyboardOpenDark: Story = {
  parameters: { payments: { theme: 'dark' } },
  play: async (context) => {
    await KeyboardOpen.play?.(context)
    await expect(screen.getByRole('menu')).toHaveAttribute('data-hx-color-scheme', 'dark')
  },
}
