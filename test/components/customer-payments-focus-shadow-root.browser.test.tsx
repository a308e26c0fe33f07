import { afterEach, describe, expect, it } from 'vitest'
import { render, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { PaymentsProvider } from '../../src/payments-provider'
import { CustomerPaymentsSection } from '../../src/components/customer-payments/customer-payments-section'
import { attachLibraryShadowRoot } from '../../stories/fixtures/shadow-root'
import { defaultAdapter, section, unsettled, USER } from '../../stories/fixtures/customer-payments'

// A host that embeds the payments section in a shadow root: the action dialogs portal into it, and
// closing one puts focus back on the button that opened it, inside the shadow root (where
// `document.activeElement` only sees the shadow host).

const hosts: HTMLElement[] = []
afterEach(() => {
  for (const host of hosts.splice(0)) host.remove()
})

async function renderInShadowRoot() {
  const host = document.createElement('div')
  document.body.append(host)
  hosts.push(host)
  const { shadow, mount, portal } = attachLibraryShadowRoot(host)
  render(
    <PaymentsProvider adapter={defaultAdapter()} portalContainer={portal}>
      <CustomerPaymentsSection customerType={USER.type} customerId={USER.id} />
    </PaymentsProvider>,
    { container: mount },
  )
  const root = shadow.querySelector<HTMLElement>('[data-slot="customer-payments"]')
  if (!root) throw new Error('The section did not render into the shadow root')
  await waitFor(() => expect(unsettled(root)).toEqual([]))
  return { shadow, root, portal }
}

describe('customer payments inside a shadow root', () => {
  it('returns focus to "Grant product" after its dialog closes with Escape', async () => {
    const { shadow, root, portal } = await renderInShadowRoot()
    const grant = within(section(root, 'products')).getByRole('button', { name: 'Grant product' })
    await userEvent.click(grant)
    const dialog = await within(portal).findByRole('dialog', { name: 'Grant product' })
    expect(dialog.getRootNode()).toBe(shadow)
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(within(portal).queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(shadow.activeElement).toBe(grant))
  })

  it('returns focus to a row\'s "Adjust" button after Cancel', async () => {
    const { shadow, root, portal } = await renderInShadowRoot()
    const adjust = within(section(root, 'items')).getAllByRole('button', { name: /^Adjust/ })[0] as HTMLElement
    await userEvent.click(adjust)
    const dialog = await within(portal).findByRole('dialog')
    expect(dialog).toHaveAttribute('data-slot', 'adjust-item-dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(within(portal).queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(shadow.activeElement).toBe(adjust))
  })
})
