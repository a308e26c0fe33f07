import { forwardRef, useState } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, userEvent, waitFor, within } from 'storybook/test'
import { lazyDialog } from '../../src/ui/lazy-dialog'
import { lazyPart } from '../../src/ui/lazy-part'
import { Button } from '../../src/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '../../src/ui/dialog'
import { page } from './frame'

/**
 * The states every exported dialog (CreateCheckoutDialog, the four action dialogs, the customer
 * picker's) shows around its code, which loads on first use: nothing while closed, a "Loading…"
 * card while the code is on its way, the failed load with Retry and Dismiss, then the dialog.
 */
interface SampleDialogProps {
  open?: boolean
  defaultOpen?: boolean
  onOpenChange?: (open: boolean) => void
}

const SampleDialog = forwardRef<HTMLDivElement, SampleDialogProps>(function SampleDialog({ open, defaultOpen, onOpenChange }, ref) {
  return (
    <Dialog open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      <DialogContent ref={ref}>
        <DialogHeader>
          <DialogTitle>Sample dialog</DialogTitle>
          <DialogDescription>Its code has arrived.</DialogDescription>
        </DialogHeader>
      </DialogContent>
    </Dialog>
  )
})

/** Code that never arrives (a stalled connection). */
const Stalled = lazyDialog<SampleDialogProps, HTMLDivElement>(lazyPart(() => new Promise<typeof SampleDialog>(() => {})), 'Stalled', 'state.loading')
/** Code that fails to load while `flaky.failing` (a dropped connection), then loads. */
const flaky = { failing: true }
const Flaky = lazyDialog<SampleDialogProps, HTMLDivElement>(
  lazyPart(async () => {
    if (flaky.failing) throw new TypeError('Failed to fetch dynamically imported module')
    return SampleDialog
  }),
  'Flaky',
  'state.loading',
)
/** Code that arrives at once. */
const Ready = lazyDialog<SampleDialogProps, HTMLDivElement>(lazyPart(async () => SampleDialog), 'Ready', 'state.loading')

function Opener({ Shell }: { Shell: typeof Ready }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button onClick={() => setOpen(true)}>Open the dialog</Button>
      <Shell open={open} onOpenChange={setOpen} />
    </>
  )
}

const meta = {
  title: 'UI/LazyDialog',
  component: Opener,
  decorators: [page],
  args: { Shell: Ready },
} satisfies Meta<typeof Opener>

export default meta
type Story = StoryObj<typeof meta>

const open = async (canvasElement: HTMLElement) => userEvent.click(within(canvasElement).getByRole('button', { name: 'Open the dialog' }))

/** Opened before its code arrived: a labelled "Loading…" status card. */
export const CodeLoading: Story = {
  args: { Shell: Stalled },
  play: async ({ canvasElement }) => {
    await open(canvasElement)
    await waitFor(() => expect(screen.getByRole('status', { name: 'Loading…' })).toBeVisible())
    await expect(screen.queryByRole('dialog')).toBeNull()
  },
}

/** The code failed to load: the error with Retry (focused) and Dismiss; Retry loads it. */
export const CodeLoadFailed: Story = {
  args: { Shell: Flaky },
  play: async ({ canvasElement }) => {
    flaky.failing = true
    await open(canvasElement)
    const alert = await screen.findByRole('alert')
    await expect(alert).toHaveTextContent('Could not load this part of the page')
    await waitFor(() => expect(within(alert).getByRole('button', { name: 'Retry' })).toHaveFocus())
    flaky.failing = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.getByRole('dialog', { name: 'Sample dialog' })).toBeVisible())
  },
}

/** The code is there: the dialog itself. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    await open(canvasElement)
    await waitFor(() => expect(screen.getByRole('dialog', { name: 'Sample dialog' })).toBeVisible())
  },
}
