import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { CustomerSelector } from '../../src/components/customer-selector/customer-selector'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import type { CustomerRef } from '../../src/adapter/types'
import axe from 'axe-core'

/**
 * The customer picker's dialog and its table load on first use (with the other late parts,
 * src/components/lazy-parts): here that load is held until the test lets it through, as a slow
 * connection would.
 */
const chunk = await vi.hoisted(async () => (await import('../held-chunk')).heldChunk())
vi.mock('../../src/components/lazy-parts', (importOriginal) => chunk.hold(importOriginal))

describe('CustomerSelector loads its dialog on first use', () => {
  it('hovering Choose starts the load; the open picker says it is loading, then shows the table to pick from', async () => {
    const picked: CustomerRef[] = []
    render(
      <PaymentsProvider adapter={createMemoryAdapter({ users: 4, teams: 0, customCustomers: 0 })}>
        <CustomerSelector onValueChange={(customer) => customer && picked.push(customer)} />
      </PaymentsProvider>,
    )
    const choose = screen.getByRole('button', { name: 'Choose customer' })
    expect(chunk.attempts).toBe(0)
    await userEvent.hover(choose)
    await waitFor(() => expect(chunk.attempts).toBe(1))

    await userEvent.click(choose)
    expect(choose).toHaveAttribute('aria-expanded', 'true')
    expect(choose).toHaveAttribute('aria-haspopup', 'dialog')
    // Its code is on its way: a labelled status says so, no dialog yet.
    const loading = await screen.findByRole('status', { name: 'Loading…' })
    expect(loading).toBeVisible()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect((await axe.run(loading.closest('[data-slot="lazy-notice"]') as HTMLElement)).violations).toEqual([])

    chunk.release()
    const dialog = await screen.findByRole('dialog', { name: 'Choose a customer' })
    expect(choose).toHaveAttribute('aria-controls', dialog.id)
    expect(screen.queryByRole('status', { name: 'Loading…' })).toBeNull()
    const grid = await within(dialog).findByRole('grid', { name: 'Customers' })
    // Focus is in the picker: a keyboard user types the search at once.
    await waitFor(() => expect(within(dialog).getByRole('searchbox')).toHaveFocus())
    const row = await waitFor(() => {
      const first = grid.querySelector<HTMLElement>('[data-slot="customer-table-row"]')
      expect(first).not.toBeNull()
      return first as HTMLElement
    })
    await userEvent.click(within(row).getByRole('button', { name: /Select/ }))
    await waitFor(() => expect(picked).toHaveLength(1))
    expect(chunk.attempts).toBe(1)
    // Closed by the pick: focus goes back to the button that opened it.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change' })).toHaveFocus())
    expect(screen.getByRole('button', { name: 'Change' })).toHaveAttribute('aria-expanded', 'false')
  })
})
