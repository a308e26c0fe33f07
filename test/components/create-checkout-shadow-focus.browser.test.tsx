import { afterEach, describe, expect, it } from 'vitest'
import { render, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { useState } from 'react'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { CreateCheckoutDialog } from '../../src/components/create-checkout/create-checkout-dialog'
import { CustomersBrowser } from '../../src/components/customers-browser/customers-browser'
import { attachLibraryShadowRoot } from '../../stories/fixtures/shadow-root'

// Focus comes back to what opened the checkout dialog when the library lives in a shadow root.
// `document.activeElement` stops at the shadow host there, so remembering it would send focus to
// the host (a div that cannot take it) instead of the button that opened the dialog.

const hosts: HTMLElement[] = []
afterEach(() => {
  for (const host of hosts.splice(0)) host.remove()
})

function shadowHost() {
  const host = document.createElement('div')
  document.body.append(host)
  hosts.push(host)
  return attachLibraryShadowRoot(host)
}

function HostButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        New checkout
      </button>
      <CreateCheckoutDialog open={open} onOpenChange={setOpen} customer={{ type: 'custom', id: 'acme-42' }} />
    </>
  )
}

describe('return focus inside a shadow root', () => {
  it('returns focus to the host button that opened a standalone checkout dialog', async () => {
    const { shadow, mount, portal } = shadowHost()
    render(
      <PaymentsProvider adapter={createMemoryAdapter()} portalContainer={portal}>
        <HostButton />
      </PaymentsProvider>,
      { container: mount },
    )
    const opener = within(mount).getByRole('button', { name: 'New checkout' })
    await userEvent.click(opener)
    const dialog = await within(portal).findByRole('dialog', { name: 'Create checkout link' })
    await waitFor(() => expect(shadow.activeElement && dialog.contains(shadow.activeElement)).toBe(true))
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(within(portal).queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(shadow.activeElement).toBe(opener))
  })

  it('returns focus to the opened row when the customers browser goes back', async () => {
    const { shadow, mount, portal } = shadowHost()
    render(
      <PaymentsProvider adapter={createMemoryAdapter()} portalContainer={portal}>
        <CustomersBrowser height={360} />
      </PaymentsProvider>,
      { container: mount },
    )
    await waitFor(() => expect(mount.querySelectorAll('[data-slot="customer-table-row"]').length).toBeGreaterThan(2))
    const row = mount.querySelectorAll<HTMLElement>('[data-slot="customer-table-row"]')[1] as HTMLElement
    const key = row.dataset.key
    await userEvent.click(row)
    const back = await within(mount).findByRole('button', { name: 'Back to customers' })
    await waitFor(() => expect(shadow.activeElement).toBe(back))
    await userEvent.click(back)
    await waitFor(() => expect(shadow.activeElement?.getAttribute('data-key')).toBe(key))
  })
})
