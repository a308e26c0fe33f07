import { forwardRef, createRef, useState, type Ref } from 'react'
import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { lazyDialog } from '../../src/ui/lazy-dialog'
import { lazyPart } from '../../src/ui/lazy-part'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { GrantProductDialog } from '../../src/entries/customer-payments-actions'
import { ada, adaAdapter } from '../../stories/fixtures/customer-payments-actions'

interface FakeDialogProps {
  open?: boolean
  defaultOpen?: boolean
  onOpenChange?: (open: boolean) => void
  title: string
}

/** Stands in for a dialog's code: a labelled dialog element while open. */
const FakeDialog = forwardRef<HTMLDivElement, FakeDialogProps>(function FakeDialog({ open, defaultOpen, onOpenChange, title }, ref) {
  const [uncontrolled, setUncontrolled] = useState(defaultOpen ?? false)
  const shown = open ?? uncontrolled
  if (!shown) return null
  return (
    <div ref={ref} role="dialog" aria-label={title}>
      <button
        type="button"
        onClick={() => {
          setUncontrolled(false)
          onOpenChange?.(false)
        }}
      >
        Close
      </button>
    </div>
  )
})

/** A lazy dialog whose code fails to load `failures` times, then loads. */
function flakyDialog(failures: number) {
  const loads = { attempts: 0 }
  const part = lazyPart(async () => {
    loads.attempts += 1
    if (loads.attempts <= failures) throw new TypeError('Failed to fetch dynamically imported module')
    return FakeDialog
  })
  return { loads, Dialog: lazyDialog<FakeDialogProps, HTMLDivElement>(part, 'FakeDialog', 'state.loading') }
}

const adapter = createMemoryAdapter({ users: 1, teams: 0, customCustomers: 0 })

function Page({ Dialog, panelRef, onOpenChange }: { Dialog: ReturnType<typeof flakyDialog>['Dialog']; panelRef?: Ref<HTMLDivElement>; onOpenChange?: (open: boolean) => void }) {
  const [open, setOpen] = useState(false)
  return (
    <PaymentsProvider adapter={adapter}>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <Dialog
        ref={panelRef}
        title="Fake"
        open={open}
        onOpenChange={(next) => {
          onOpenChange?.(next)
          setOpen(next)
        }}
      />
    </PaymentsProvider>
  )
}

describe('lazyDialog: a dialog whose code loads on first use', () => {
  it('shows a failed load with Retry and Dismiss; Dismiss closes it, opening again loads it, with the ref', async () => {
    const { loads, Dialog } = flakyDialog(2)
    const changes: boolean[] = []
    const panelRef = createRef<HTMLDivElement>()
    render(<Page Dialog={Dialog} panelRef={panelRef} onOpenChange={(open) => changes.push(open)} />)
    // Closed: the idle prefetch fails, and nothing shows.
    await waitFor(() => expect(loads.attempts).toBe(1))
    expect(screen.queryByRole('alert')).toBeNull()

    await userEvent.click(screen.getByRole('button', { name: 'Open' }))
    // Opening asks again; that load fails too: the error, with Retry focused, and Dismiss.
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load this part of the page')
    await waitFor(() => expect(within(alert).getByRole('button', { name: 'Retry' })).toHaveFocus())
    expect(loads.attempts).toBe(2)

    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(changes).toEqual([false])

    await userEvent.click(screen.getByRole('button', { name: 'Open' }))
    const dialog = await screen.findByRole('dialog', { name: 'Fake' })
    expect(loads.attempts).toBe(3)
    expect(panelRef.current).toBe(dialog)
  })

  it('loads again on Retry', async () => {
    const { loads, Dialog } = flakyDialog(2)
    render(<Page Dialog={Dialog} />)
    await waitFor(() => expect(loads.attempts).toBe(1))
    await userEvent.click(screen.getByRole('button', { name: 'Open' }))
    const alert = await screen.findByRole('alert')
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('dialog', { name: 'Fake' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('keeps an uncontrolled dialog closed once it is dismissed before its code came', async () => {
    const { loads, Dialog } = flakyDialog(1)
    render(
      <PaymentsProvider adapter={adapter}>
        <Dialog title="Fake" defaultOpen />
      </PaymentsProvider>,
    )
    const alert = await screen.findByRole('alert')
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    // Retrying elsewhere (here: directly) loads the code, and the dismissed dialog stays closed.
    expect(loads.attempts).toBe(1)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('the exported GrantProductDialog opens the real dialog; Cancel closes it and focus returns to the host\'s button', async () => {
    function GrantPage() {
      const [open, setOpen] = useState(false)
      return (
        <PaymentsProvider adapter={adaAdapter()}>
          <button type="button" onClick={() => setOpen(true)}>
            Give a product
          </button>
          <GrantProductDialog customer={ada} open={open} onOpenChange={setOpen} />
        </PaymentsProvider>
      )
    }
    render(<GrantPage />)
    await userEvent.click(screen.getByRole('button', { name: 'Give a product' }))
    const dialog = await screen.findByRole('dialog', { name: 'Grant product' })
    await waitFor(() => expect(dialog).toBeVisible())
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    // Opened from a plain button of the host (no Radix trigger): focus goes back to it.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Give a product' })).toHaveFocus())
  })
})
