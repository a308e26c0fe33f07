import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { CustomerSelector } from '../../src/components/customer-selector/customer-selector'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import type { CustomerRef } from '../../src/adapter/types'
import axe from 'axe-core'

/**
 * The customer picker's table loads when the picker first opens (it comes with the other parts
 * that load on first use, src/components/lazy-parts): here that load is held until the test lets
 * it through, as a slow connection would.
 */
const chunk = await vi.hoisted(async () => (await import('../held-chunk')).heldChunk())
vi.mock('../../src/components/lazy-parts', (importOriginal) => chunk.hold(importOriginal))

describe('CustomerSelector loads its table on first use', () => {
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
    const dialog = await screen.findByRole('dialog', { name: 'Choose a customer' })
    // Checked once its opening animation has finished (axe reads colours mid-fade as low contrast);
    // the spinner turns for ever.
    const opening = () => dialog.getAnimations({ subtree: true }).filter((a) => a.effect?.getTiming().iterations !== Infinity)
    await waitFor(() => expect(opening()).toEqual([]))
    // Its code is on its way: a labelled status where the table will be, no grid yet.
    expect(within(dialog).getByRole('status', { name: 'Loading…' })).toBeVisible()
    expect(within(dialog).queryByRole('grid')).toBeNull()
    expect((await axe.run(dialog)).violations).toEqual([])

    chunk.release()
    const grid = await within(dialog).findByRole('grid', { name: 'Customers' })
    // The search box takes focus as it would have on opening: a keyboard user types at once.
    await waitFor(() => expect(within(dialog).getByRole('searchbox')).toHaveFocus())
    const row = await waitFor(() => {
      const first = grid.querySelector<HTMLElement>('[data-slot="customer-table-row"]')
      expect(first).not.toBeNull()
      return first as HTMLElement
    })
    await userEvent.click(within(row).getByRole('button', { name: /Select/ }))
    await waitFor(() => expect(picked).toHaveLength(1))
    expect(chunk.attempts).toBe(1)
  })
})
