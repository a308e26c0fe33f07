import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, userEvent, waitFor, within } from 'storybook/test'
import { Button } from '../../src/ui/button'
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  type DialogSize,
} from '../../src/ui/dialog'
import { Input } from '../../src/ui/input'
import { padded } from './frame'

function Example({ size }: { size?: DialogSize }) {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>Create checkout</Button>
      </DialogTrigger>
      <DialogContent size={size}>
        <DialogHeader>
          <DialogTitle>Create checkout</DialogTitle>
          <DialogDescription>Send Ada Lovelace a link to buy a product. It is valid for 24 hours.</DialogDescription>
        </DialogHeader>
        <div style={{ display: 'grid', gap: 6 }}>
          <label htmlFor="story-return-url">Return URL</label>
          <Input id="story-return-url" type="url" placeholder="https://example.com/thanks" />
        </div>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button>Create link</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}

const meta = {
  title: 'UI/Dialog',
  component: Example,
  decorators: [padded],
  argTypes: { size: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'full'] } },
} satisfies Meta<typeof Example>

export default meta
type Story = StoryObj<typeof meta>

/** Closed: the trigger only. */
export const Closed: Story = {}

/** Opens from the trigger; focus moves inside and stays trapped there. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Create checkout' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create checkout' })
    await expect(dialog).toHaveAccessibleDescription(/valid for 24 hours/)
    await expect(dialog).toContainElement(document.activeElement as HTMLElement)
    await userEvent.tab()
    await userEvent.tab()
    await userEvent.tab()
    await userEvent.tab()
    await expect(dialog).toContainElement(document.activeElement as HTMLElement)
    await expect(within(dialog).getByRole('button', { name: /close/i })).toBeInTheDocument()
    await waitFor(() => expect(dialog.getAnimations()).toHaveLength(0))
  },
}

/** Escape closes and focus returns to the trigger. */
export const EscapeCloses: Story = {
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Create checkout' })
    await userEvent.click(trigger)
    await screen.findByRole('dialog')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await expect(trigger).toHaveFocus()
  },
}

export const Small: Story = {
  args: { size: 'sm' },
  play: Open.play,
}

export const Large: Story = {
  args: { size: 'lg' },
  play: Open.play,
}

/** Open on the dark palette: the portalled panel carries the provider's scheme. */
export const OpenDark: Story = {
  parameters: { payments: { theme: 'dark' } },
  play: async (context) => {
    await Open.play?.(context)
    await expect(await screen.findByRole('dialog')).toHaveAttribute('data-hx-color-scheme', 'dark')
  },
}
