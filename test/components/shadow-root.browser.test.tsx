import { afterEach, describe, expect, it } from 'vitest'
import { render, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { CustomersBrowser } from '../../src/components/customers-browser/customers-browser'
import { CreateCheckoutMenuItem } from '../../src/components/create-checkout/create-checkout-menu-item'
import { DropdownMenu, DropdownMenuContent, DropdownMenuTrigger } from '../../src/ui/dropdown-menu'
import { expectNoAxeViolations } from '../conformance'
import { attachLibraryShadowRoot } from '../../stories/fixtures/shadow-root'

// A host that embeds the library in a shadow root (a micro-frontend, a browser extension): the
// styles live in the shadow root, dialogs and menus portal into it, and focus comes back there.

const hosts: HTMLElement[] = []
afterEach(() => {
  for (const host of hosts.splice(0)) host.remove()
})

/** A host element in the page with the library's shadow root. */
function shadowHost() {
  const host = document.createElement('div')
  document.body.append(host)
  hosts.push(host)
  return attachLibraryShadowRoot(host)
}

describe('inside a shadow root', () => {
  it('lists customers, opens the checkout dialog in the shadow root and themes both', async () => {
    const { shadow, mount, portal } = shadowHost()
    render(
      <PaymentsProvider adapter={createMemoryAdapter()} portalContainer={portal} colorScheme="dark">
        <CustomersBrowser height={360} />
      </PaymentsProvider>,
      { container: mount },
    )
    const root = shadow.querySelector<HTMLElement>('[data-slot="customers-browser"]')
    if (!root) throw new Error('The browser did not render into the shadow root')
    await waitFor(() => expect(root.querySelectorAll('[data-slot="customer-table-row"]').length).toBeGreaterThan(3))
    // The stylesheet applies inside: the dark scheme's colours and the library font.
    expect(getComputedStyle(root).fontFamily).toMatch(/sans-serif|system-ui/)
    expect(getComputedStyle(root).backgroundColor).not.toBe('rgba(0, 0, 0, 0)')

    const trigger = within(root).getAllByRole('button', { name: /^Actions for/ })[0] as HTMLElement
    const rowKey = trigger.closest('[data-slot="customer-table-row"]')?.getAttribute('data-key')
    expect(rowKey).toBeTruthy()
    await userEvent.click(trigger)
    await userEvent.click(await within(portal).findByRole('menuitem', { name: 'Create checkout' }))
    const dialog = await within(portal).findByRole('dialog', { name: 'Create checkout link' })
    expect(dialog.getRootNode()).toBe(shadow)
    await waitFor(() => expect(dialog.getAnimations({ subtree: true })).toEqual([]))
    await expectNoAxeViolations(dialog)
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(within(portal).queryByRole('dialog')).toBeNull())
    // Focus is back on the row the menu belonged to (the table's roving focus), inside the shadow root.
    await waitFor(() => expect(shadow.activeElement?.getAttribute('data-key')).toBe(rowKey))
    expect(shadow.activeElement).toHaveAttribute('data-slot', 'customer-table-row')
  })

  it('returns focus to a host menu trigger inside the shadow root after the dialog closes', async () => {
    const { shadow, mount, portal } = shadowHost()
    render(
      <PaymentsProvider adapter={createMemoryAdapter()} portalContainer={portal}>
        <DropdownMenu>
          <DropdownMenuTrigger>Product actions</DropdownMenuTrigger>
          <DropdownMenuContent>
            <CreateCheckoutMenuItem productId="pro" />
          </DropdownMenuContent>
        </DropdownMenu>
      </PaymentsProvider>,
      { container: mount },
    )
    const trigger = within(mount).getByRole('button', { name: 'Product actions' })
    await userEvent.click(trigger)
    await userEvent.click(await within(portal).findByRole('menuitem', { name: 'Create checkout' }))
    const dialog = await within(portal).findByRole('dialog', { name: 'Create checkout link' })
    expect(dialog).toHaveAttribute('data-mode', 'product')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(within(portal).queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(shadow.activeElement).toBe(trigger))
  })
})
