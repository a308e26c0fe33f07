import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, userEvent, waitFor, within } from 'storybook/test'
import { Button } from '../../src/ui/button'
import { lazyPart } from '../../src/ui/lazy-part'
import { Tooltip, TooltipContent, TooltipTrigger } from '../../src/ui/tooltip'
import { padded } from './frame'

interface ExampleProps {
  /** The trigger's text. */
  label: string
  /** The tooltip's text. */
  tip: string
}

/** The popup's code, loaded on the first hover or focus (the library's own tooltips share a chunk). */
const popup = lazyPart(() => import('../../src/ui/tooltip-popup').then((module) => module.TooltipPopup))

function Example({ label, tip }: ExampleProps) {
  return (
    <Tooltip popup={popup}>
      <TooltipTrigger asChild>
        <Button variant="outline">{label}</Button>
      </TooltipTrigger>
      <TooltipContent side="bottom" align="start">
        {tip}
      </TooltipContent>
    </Tooltip>
  )
}

const meta = {
  title: 'UI/Tooltip',
  component: Example,
  decorators: [padded],
  args: { label: 'Oct 1, 2026', tip: '2 months ago · Oct 1, 2026, 10:00 AM' },
} satisfies Meta<typeof Example>

export default meta
type Story = StoryObj<typeof meta>

/** Closed: rest the pointer on the date or tab to it. */
export const Closed: Story = {}

/** Keyboard focus opens it at once and it describes the trigger; Escape closes it, focus stays. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Oct 1, 2026' })
    trigger.focus()
    const tip = await screen.findByRole('tooltip')
    await expect(tip).toBeVisible()
    await expect(trigger).toHaveAccessibleDescription('2 months ago · Oct 1, 2026, 10:00 AM')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
    await expect(trigger).toHaveFocus()
    // Leave it open for the a11y check.
    trigger.blur()
    trigger.focus()
    await screen.findByRole('tooltip')
  },
}

/** Open on the dark palette: the portalled tooltip carries the provider's scheme. */
export const KeyboardFocusDark: Story = {
  parameters: { payments: { theme: 'dark' } },
  play: async (context) => {
    await KeyboardFocus.play?.(context)
    await expect(screen.getByRole('tooltip')).toHaveAttribute('data-hx-color-scheme', 'dark')
  },
}
