import { createRef, useState, type Ref } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { CreateCheckoutDialog } from '../../src/entries/create-checkout'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'

/**
 * The exported CreateCheckoutDialog loads its code on first use (src/ui/lazy-dialog.tsx): mounted
 * closed it renders nothing and fetches the code when the browser is idle; opened before the code
 * is there it says "Opening checkout…". The dialog's chunk (src/components/lazy-parts) is held
 * here until the test lets it through, as on a slow connection.
 */
const chunk = await vi.hoisted(async () => (await import('../held-chunk')).heldChunk())
vi.mock('../../src/components/lazy-parts', (importOriginal) => chunk.hold(importOriginal))

const adapter = createMemoryAdapter()

function Page({ panelRef }: { panelRef?: Ref<HTMLDivElement> }) {
  const [open, setOpen] = useState(false)
  return (
    <PaymentsProvider adapter={adapter}>
      <button type="button" onClick={() => setOpen(true)}>
        New checkout
      </button>
      <CreateCheckoutDialog ref={panelRef} open={open} onOpenChange={setOpen} />
    </PaymentsProvider>
  )
}

describe('the exported CreateCheckoutDialog, which loads on first use', () => {
  it('renders nothing while closed, fetches its code when idle, shows a notice if opened first, then the dialog with its ref', async () => {
    const panelRef = createRef<HTMLDivElement>()
    render(<Page panelRef={panelRef} />)
    expect(screen.queryByRole('dialog')).toBeNull()
    // Closed: the code is asked for once the browser is idle, not up front and not again.
    await waitFor(() => expect(chunk.attempts).toBe(1))

    await userEvent.click(screen.getByRole('button', { name: 'New checkout' }))
    expect(await screen.findByRole('status', { name: 'Opening checkout…' })).toBeVisible()
    expect(screen.queryByRole('dialog')).toBeNull()

    chunk.release()
    const dialog = await screen.findByRole('dialog', { name: 'Create checkout link' })
    await waitFor(() => expect(dialog).toBeVisible())
    expect(screen.queryByRole('status', { name: 'Opening checkout…' })).toBeNull()
    expect(panelRef.current).toBe(dialog)
    expect(chunk.attempts).toBe(1)

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    // Reopened: the code is here, no notice.
    await userEvent.click(screen.getByRole('button', { name: 'New checkout' }))
    expect(await screen.findByRole('dialog', { name: 'Create checkout link' })).toBeInTheDocument()
    expect(screen.queryByRole('status', { name: 'Opening checkout…' })).toBeNull()
  })

  it('opens at once with defaultOpen once its code is here', async () => {
    chunk.release()
    render(
      <PaymentsProvider adapter={adapter}>
        <CreateCheckoutDialog defaultOpen />
      </PaymentsProvider>,
    )
    expect(await screen.findByRole('dialog', { name: 'Create checkout link' })).toBeInTheDocument()
  })
})
