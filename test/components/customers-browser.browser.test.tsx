import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { useState } from 'react'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import type { CustomerRef, PaymentsAdapter } from '../../src/adapter/types'
import { CustomersBrowser } from '../../src/components/customers-browser/customers-browser'
import type { ReactNode } from 'react'
import { composeStories } from '@storybook/react-vite'
import preview from '../../.storybook/preview'
import * as BrowserStories from '../../stories/customers-browser.stories'

// The stories are the fixtures: rendered with the project's decorators (provider over the memory adapter).
const stories = composeStories(BrowserStories, preview)

const acme: CustomerRef = { type: 'custom', id: 'acme-42' }

function withProvider(adapter: PaymentsAdapter, children: ReactNode) {
  return render(<PaymentsProvider adapter={adapter}>{children}</PaymentsProvider>)
}

describe('CustomersBrowser', () => {
  it('goes from a row to the customer view and back with type, search and focus restored', async () => {
    render(<stories.FullFlow height={400} />)
    await userEvent.click(await screen.findByRole('radio', { name: /Custom/ }))
    await userEvent.type(screen.getByRole('searchbox'), 'a')
    await waitFor(() =>
      expect(document.querySelectorAll('[data-slot="customer-table-row"][data-type="custom"]').length).toBeGreaterThan(0),
    )
    const row = document.querySelector<HTMLElement>('[data-slot="customer-table-row"]') as HTMLElement
    const key = row.dataset.key
    await userEvent.click(row)
    const back = await screen.findByRole('button', { name: 'Back to customers' })
    expect(document.activeElement).toBe(back)
    expect(screen.getByRole('button', { name: 'Create checkout' })).toBeVisible()
    await userEvent.click(back)
    expect(await screen.findByRole('radio', { name: /Custom/ })).toBeChecked()
    expect(screen.getByRole('searchbox')).toHaveValue('a')
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-key', key))
  })

  it('restores the scroll position when coming back', async () => {
    render(<stories.FullFlow height={300} />)
    const grid = await screen.findByRole('grid')
    await waitFor(() => expect(document.querySelectorAll('[data-slot="customer-table-row"]').length).toBeGreaterThan(3))
    grid.scrollTop = 1200
    await waitFor(() => expect(document.querySelector('[data-slot="customer-table-row"][data-index="25"]')).not.toBeNull())
    // Rows render light cells while scrolling; wait for the full ones.
    await waitFor(() => expect(document.querySelector('[data-slot="customer-table-row"][data-lite]')).toBeNull())
    const row = document.querySelector<HTMLElement>('[data-slot="customer-table-row"][data-index="25"]') as HTMLElement
    await userEvent.click(row.querySelector('.hx-ct-customer__name') as HTMLElement)
    await userEvent.click(await screen.findByRole('button', { name: 'Back to customers' }))
    const restored = await screen.findByRole('grid')
    await waitFor(() => expect(restored.scrollTop).toBeGreaterThan(1000))
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-index', '25'))
  })

  it('follows a controlled selected customer (so a host URL and browser back work)', async () => {
    function Host() {
      const [selected, setSelected] = useState<CustomerRef | null>(acme)
      return (
        <>
          <output>{selected ? selected.id : 'none'}</output>
          <CustomersBrowser height={300} selectedCustomer={selected} onSelectedCustomerChange={setSelected} />
        </>
      )
    }
    withProvider(createMemoryAdapter(), <Host />)
    await userEvent.click(await screen.findByRole('button', { name: 'Back to customers' }))
    expect(screen.getByText('none', { selector: 'output' })).toBeVisible()
    expect(await screen.findByRole('grid')).toBeVisible()
  })
})
