import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { CustomerPaymentsSection } from '../../src/components/customer-payments/customer-payments-section'
import { PaymentsProvider } from '../../src/payments-provider'
import { ada, adaAdapter } from '../../stories/fixtures/customer-payments-actions'

/**
 * The payments section's action dialogs load on first use, from one dynamic import
 * (src/components/customer-payments/actions/lazy-actions). Here that import is held until the
 * test lets it through, as on a slow connection.
 */
const chunk = await vi.hoisted(async () => (await import('../held-chunk')).heldChunk())
vi.mock('../../src/components/customer-payments/actions/lazy-actions', (importOriginal) => chunk.hold(importOriginal))

describe('payments action dialogs that load on first use', () => {
  it('shows a loading notice until the dialog arrives, then the dialog; closing it returns focus to its button', async () => {
    render(
      <PaymentsProvider adapter={adaAdapter()}>
        <CustomerPaymentsSection customerType={ada.type} customerId={ada.id} />
      </PaymentsProvider>,
    )
    const grant = await screen.findByRole('button', { name: 'Grant product' })
    await userEvent.click(grant)

    // The dialog's code is on its way: a status says so; no dialog yet.
    expect(await screen.findByRole('status', { name: 'Loading…' })).toBeVisible()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(chunk.attempts).toBe(1)

    chunk.release()
    const dialog = await screen.findByRole('dialog', { name: 'Grant product' })
    expect(screen.queryByRole('status', { name: 'Loading…' })).toBeNull()

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(grant).toHaveFocus())

    // The other dialogs come from the same chunk: the refund dialog opens without another load.
    const refund = screen.getAllByRole('button', { name: /Refund/ })[0]!
    await userEvent.click(refund)
    const refundDialog = await screen.findByRole('dialog', { name: /Refund/ })
    // Visible once its opening animation has started from transparent.
    await waitFor(() => expect(refundDialog).toBeVisible())
    expect(chunk.attempts).toBe(1)
  })
})
