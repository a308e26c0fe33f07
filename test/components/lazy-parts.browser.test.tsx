import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { CreateCheckoutButton } from '../../src/components/create-checkout/create-checkout-entry-points'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'

/**
 * The code that loads on first use (the row menu, the shared checkout dialog) sits behind one
 * dynamic import of src/components/lazy-parts. Here that import is held until the test lets it
 * through, as a slow connection would. (A load that fails, with its Retry, is tested on the
 * primitive itself: test/ui/lazy-part.browser.test.tsx.)
 */
const chunk = await vi.hoisted(async () => (await import('../held-chunk')).heldChunk())
vi.mock('../../src/components/lazy-parts', (importOriginal) => chunk.hold(importOriginal))

const rowsIn = (container: HTMLElement) => Array.from(container.querySelectorAll<HTMLElement>('[data-slot="customer-table-row"]'))

describe('parts that load on first use', () => {
  it('a row menu opened before its code arrives shows a pending trigger, then opens; the dialog comes with it', async () => {
    const { container } = render(
      <PaymentsProvider adapter={createMemoryAdapter({ users: 5, teams: 0, customCustomers: 0 })}>
        <CustomerTable height={400} showCounts={false} />
        <CreateCheckoutButton />
      </PaymentsProvider>,
    )
    await waitFor(() => expect(rowsIn(container).length).toBeGreaterThan(2))
    const trigger = rowsIn(container)[1]!.querySelector<HTMLElement>('[data-slot="customer-table-row-menu-trigger"]')!
    await userEvent.click(trigger)

    // The code is on its way: the open row's trigger is pending (a spinner, aria-busy), no menu yet.
    const openTrigger = () => rowsIn(container)[1]!.querySelector<HTMLElement>('[data-slot="customer-table-row-menu-trigger"]')!
    await waitFor(() => expect(openTrigger()).toHaveAttribute('aria-busy', 'true'))
    expect(openTrigger().querySelector('[data-slot="button-spinner"]')).not.toBeNull()
    expect(screen.queryByRole('menu')).toBeNull()
    // The same element, so focus stays on it while the code loads (not on the page's body).
    expect(openTrigger()).toBe(trigger)
    expect(trigger).toHaveFocus()
    chunk.release()

    // The menu opens, with Create checkout, and that opens the dialog at once (same chunk).
    const menu = await screen.findByRole('menu')
    expect(openTrigger()).toHaveAttribute('aria-expanded', 'true')
    expect(openTrigger()).not.toHaveAttribute('aria-busy')
    await userEvent.click(within(menu).getByRole('menuitem', { name: /Create checkout/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Create checkout link' })
    // Visible once its opening animation has started from transparent.
    await waitFor(() => expect(dialog).toBeVisible())
    expect(chunk.attempts).toBe(1)
  })
})
