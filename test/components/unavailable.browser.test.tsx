import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import axe from 'axe-core'
import type { ReactNode } from 'react'
import { PaymentsProvider } from '../../src/payments-provider'
import type { PaymentsAdapter } from '../../src/adapter/types'
import { CustomerPaymentsSection } from '../../src/components/customer-payments/customer-payments-section'
import { CreateCheckoutDialog } from '../../src/components/create-checkout/create-checkout-dialog'
import { composeStories } from '@storybook/react-vite'
import preview from '../../.storybook/preview'
import * as UnavailableStories from '../../stories/unavailable.stories'
import { unsettled } from '../../stories/fixtures/customer-payments'
import { acme, ada, CANCEL_REASON, CUSTOM_CHECKOUT_REASON, limitedAdapter, REFUND_REASON } from '../../stories/fixtures/unavailable'

function renderWith(adapter: PaymentsAdapter, children: ReactNode) {
  return render(<PaymentsProvider adapter={adapter}>{children}</PaymentsProvider>)
}

const noRegion = { rules: { region: { enabled: false } } }

// The stories are the fixtures: rendered with the project's decorators (provider, theme).
const stories = composeStories(UnavailableStories, preview)

describe('what the adapter cannot do, and why', () => {
  it('says in the payments section why subscriptions cannot be cancelled and purchases not refunded', async () => {
    const { container } = render(<stories.PaymentsSection />)
    await waitFor(() => expect(unsettled(container)).toEqual([]))
    const products = container.querySelector('[data-slot="customer-payments-products"]') as HTMLElement
    const transactions = container.querySelector('[data-slot="customer-payments-transactions"]') as HTMLElement
    expect(within(products).getByText(CANCEL_REASON)).toBeVisible()
    expect(within(products).queryByRole('button', { name: /^Cancel subscription/ })).toBeNull()
    expect(within(transactions).getByText(REFUND_REASON)).toBeVisible()
    expect(within(transactions).queryByRole('button', { name: /^Refund/ })).toBeNull()
    // Adjusting items is possible: no note there.
    const items = container.querySelector('[data-slot="customer-payments-items"]') as HTMLElement
    expect(items.querySelector('[data-slot="customer-payments-unavailable"]')).toBeNull()
    expect((await axe.run(container, noRegion)).violations).toEqual([])
  })

  it('says nothing in a read-only section (no action would be offered anyway)', async () => {
    const { container } = renderWith(limitedAdapter(), <CustomerPaymentsSection customerType={ada.type} customerId={ada.id} readOnly />)
    await waitFor(() => expect(unsettled(container)).toEqual([]))
    expect(container.querySelector('[data-slot="customer-payments-unavailable"]')).toBeNull()
  })

  it('explains in the checkout dialog why a custom customer gets no link, and sends nothing', async () => {
    const adapter = limitedAdapter()
    const createCheckoutUrl = vi.fn(adapter.createCheckoutUrl)
    renderWith({ ...adapter, createCheckoutUrl }, <CreateCheckoutDialog defaultOpen customer={acme} />)
    const dialog = await screen.findByRole('dialog', { name: 'Create checkout link' })
    const note = await within(dialog).findByRole('status')
    expect(note).toHaveTextContent(CUSTOM_CHECKOUT_REASON)
    const submit = within(dialog).getByRole('button', { name: 'Create link' })
    expect(submit).toBeDisabled()
    expect(submit).toHaveAccessibleDescription(CUSTOM_CHECKOUT_REASON)
    submit.closest('form')?.requestSubmit()
    expect(createCheckoutUrl).not.toHaveBeenCalled()
    // Colours are final once the opening animation has run.
    await waitFor(() => expect(dialog.getAnimations({ subtree: true })).toEqual([]))
    expect((await axe.run(dialog, noRegion)).violations).toEqual([])
  })

  it('creates links for users as usual on the same adapter', async () => {
    renderWith(limitedAdapter(), <CreateCheckoutDialog defaultOpen customer={ada} />)
    const dialog = await screen.findByRole('dialog', { name: 'Create checkout link' })
    await within(dialog).findAllByRole('radio')
    expect(within(dialog).queryByText(CUSTOM_CHECKOUT_REASON)).toBeNull()
    expect(within(dialog).getByRole('button', { name: 'Create link' })).toBeEnabled()
  })
})
