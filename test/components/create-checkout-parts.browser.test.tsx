import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { useState, type ReactNode } from 'react'
import { composeStories } from '@storybook/react-vite'
import preview from '../../.storybook/preview'
import * as PartsStories from '../../stories/create-checkout-parts.stories'
import * as HookStories from '../../stories/customer-hooks.stories'
import { DEFAULT_ERROR_MESSAGES } from '../../src/adapter/errors'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { CreateCheckoutContent, CreateCheckoutHeader, CreateCheckoutRoot } from '../../src/components/create-checkout/create-checkout-root'
import { CreateCheckoutSubmit } from '../../src/components/create-checkout/create-checkout-form'
import { CreateCheckoutProductField } from '../../src/components/create-checkout/create-checkout-fields'
import { useCreateCheckoutContext } from '../../src/components/create-checkout/create-checkout-context'
import { expectNoAxeViolations } from '../conformance'

// The stories are the fixtures: rendered with the project's decorators (provider, theme).
const parts = composeStories(PartsStories, preview)
const hooks = composeStories(HookStories, preview)

const hostDialog = () => screen.getByRole('dialog', { name: 'New payment link' })

/** Waits for the dialog's opening animation (colours are final, elements visible). */
async function settled(element: HTMLElement) {
  await waitFor(() => expect(element.getAnimations({ subtree: true })).toEqual([]))
}

describe('a host-composed create-checkout dialog', () => {
  it('shows our parts in the host order next to its own field, and the submit creates the link', async () => {
    render(<parts.HostComposedDialog />)
    const dialog = await screen.findByRole('dialog', { name: 'New payment link' })
    await settled(dialog)
    const slots = [...dialog.querySelectorAll('[data-slot^="create-checkout-"]')].map((el) => el.getAttribute('data-slot'))
    expect(slots.indexOf('create-checkout-product')).toBeLessThan(slots.indexOf('create-checkout-customer'))
    expect(within(dialog).getByLabelText('Internal note')).toBeVisible()
    expect(within(dialog).getByText('No plan chosen yet')).toBeVisible()
    await userEvent.click(await within(dialog).findByRole('radio', { name: /API basic/ }))
    expect(within(dialog).getByText('Plan: API basic')).toBeVisible()
    await userEvent.type(within(dialog).getByLabelText('Internal note'), 'Renewal for Q3')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create payment link' }))
    const link = await within(hostDialog()).findByRole('link', { name: /Open in new tab/ })
    expect(link).toHaveAttribute('href', (within(hostDialog()).getByLabelText('Checkout link') as HTMLInputElement).value)
    expect(hostDialog()).toHaveAttribute('data-status', 'success')
    await settled(hostDialog())
    await expectNoAxeViolations()
  })

  it('shows each validation error on its own part and sends nothing', async () => {
    render(<parts.HostComposedLockedProduct />)
    const dialog = await screen.findByRole('dialog', { name: 'New payment link' })
    await settled(dialog)
    await waitFor(() => expect(within(dialog).getByText('Team starter')).toBeVisible())
    await userEvent.type(within(dialog).getByLabelText('Return URL (optional)'), 'not a url')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create payment link' }))
    const customer = dialog.querySelector('[data-slot="create-checkout-customer"]') as HTMLElement
    const returnUrl = dialog.querySelector('[data-slot="create-checkout-return-url"]') as HTMLElement
    await waitFor(() => expect(within(customer).getByText(/Choose a customer/)).toBeVisible())
    expect(within(customer).getByRole('button', { name: 'Choose customer' })).toHaveAttribute('aria-invalid', 'true')
    expect(within(returnUrl).getByText(/Enter an absolute URL/)).toBeVisible()
    expect(within(returnUrl).getByLabelText('Return URL (optional)')).toHaveAttribute('aria-invalid', 'true')
    expect(dialog).toHaveAttribute('data-status', 'idle')
    expect(within(dialog).queryByRole('alert')).toBeNull()
    await settled(dialog)
    await expectNoAxeViolations()
  })

  it('keeps every selection when the checkout fails, and offers to try again', async () => {
    render(<parts.HostComposedFailure />)
    const dialog = await screen.findByRole('dialog', { name: 'New payment link' })
    await userEvent.click(await within(dialog).findByRole('radio', { name: /API call pack/ }))
    const quantity = within(dialog).getByLabelText('Quantity')
    await userEvent.clear(quantity)
    await userEvent.type(quantity, '4')
    await userEvent.type(within(dialog).getByLabelText('Internal note'), 'keep me')
    await userEvent.type(within(dialog).getByLabelText('Return URL (optional)'), 'https://app.example.com/done')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create payment link' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(DEFAULT_ERROR_MESSAGES.purchases_blocked)
    expect(alert).toHaveAttribute('data-slot', 'create-checkout-error')
    expect(dialog).toHaveAttribute('data-status', 'error')
    expect(within(dialog).getByRole('radio', { name: /API call pack/ })).toBeChecked()
    expect(within(dialog).getByLabelText('Quantity')).toHaveValue(4)
    expect(within(dialog).getByLabelText('Internal note')).toHaveValue('keep me')
    expect(within(dialog).getByLabelText('Return URL (optional)')).toHaveValue('https://app.example.com/done')
    // The host labelled Submit itself; it still says what failed through its description.
    expect(within(dialog).getByRole('button', { name: 'Create payment link' })).toHaveAccessibleDescription(DEFAULT_ERROR_MESSAGES.purchases_blocked)
  })

  it('returns focus to the host button that opened it when Escape closes it', async () => {
    render(<parts.HostComposedFromButton />)
    const opener = screen.getByRole('button', { name: 'New payment link' })
    await userEvent.click(opener)
    const dialog = await screen.findByRole('dialog', { name: 'New payment link' })
    await settled(dialog)
    await expectNoAxeViolations()
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(opener))
  })

  it('closes from the host-labelled Cancel part and returns focus too', async () => {
    render(<parts.HostComposedFromButton />)
    const opener = screen.getByRole('button', { name: 'New payment link' })
    await userEvent.click(opener)
    const dialog = await screen.findByRole('dialog', { name: 'New payment link' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(opener))
  })

  it('still returns focus to the opener when the host moves the initial focus itself', async () => {
    function Host() {
      const [open, setOpen] = useState(false)
      return (
        <PaymentsProvider adapter={createMemoryAdapter()}>
          <button type="button" onClick={() => setOpen(true)}>
            Open checkout
          </button>
          <CreateCheckoutRoot open={open} onOpenChange={setOpen} customer={{ type: 'custom', id: 'acme-42' }}>
            <CreateCheckoutContent
              onOpenAutoFocus={(event) => {
                event.preventDefault()
                if (event.target instanceof HTMLElement) event.target.querySelector<HTMLElement>('input[type="url"]')?.focus()
              }}
            />
          </CreateCheckoutRoot>
        </PaymentsProvider>
      )
    }
    render(<Host />)
    const opener = screen.getByRole('button', { name: 'Open checkout' })
    await userEvent.click(opener)
    const dialog = await screen.findByRole('dialog', { name: 'Create checkout link' })
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Return URL (optional)')))
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(opener))
  })

  it('works inline on a page over the host’s own useCreateCheckout', async () => {
    const { container } = render(<parts.InlineForm />)
    await userEvent.click(await within(container).findByRole('radio', { name: /API basic/ }))
    await userEvent.click(within(container).getByRole('button', { name: 'Create link' }))
    expect(await within(container).findByRole('link', { name: /Open in new tab/ })).toBeVisible()
    expect(container.querySelector('[data-slot="create-checkout-form"]')).toBeNull()
    // Done (no dialog to close) goes back to the form with the same selections.
    await userEvent.click(within(container).getByRole('button', { name: 'Done' }))
    expect(await within(container).findByRole('radio', { name: /API basic/ })).toBeChecked()
    await expectNoAxeViolations(container)
  })
})

describe('create-checkout parts outside their root', () => {
  const memory = createMemoryAdapter()
  const provided = (children: ReactNode) => <PaymentsProvider adapter={memory}>{children}</PaymentsProvider>
  function HostPart() {
    useCreateCheckoutContext()
    return null
  }
  const cases: Array<[string, ReactNode, string]> = [
    ['CreateCheckoutContent', <CreateCheckoutContent key="c" />, '`CreateCheckoutContent` must be used within `CreateCheckoutRoot`.'],
    ['CreateCheckoutHeader', <CreateCheckoutHeader key="h" />, '`CreateCheckoutHeader` must be used within `CreateCheckoutContent`.'],
    ['CreateCheckoutSubmit', <CreateCheckoutSubmit key="s" />, '`CreateCheckoutSubmit` must be used within `CreateCheckoutContent`.'],
    ['CreateCheckoutProductField', <CreateCheckoutProductField key="p" />, '`CreateCheckoutProductField` must be used within `CreateCheckoutContent`.'],
    ['useCreateCheckoutContext', <HostPart key="u" />, '`useCreateCheckoutContext` must be used within `CreateCheckoutContent`.'],
  ]
  for (const [name, element, message] of cases) {
    it(`throws an error naming ${name}`, () => {
      vi.spyOn(console, 'error').mockImplementation(() => {})
      expect(() => render(provided(element))).toThrow(message)
      vi.restoreAllMocks()
    })
  }
})

describe('a picker and a browser built on the hooks', () => {
  it('picks a typed custom id in a host-built picker and hands focus back to the host button', async () => {
    const { container } = render(<hooks.HostBuiltPicker />)
    await userEvent.click(within(container).getByRole('button', { name: 'Pick an account' }))
    await userEvent.type(await within(container).findByRole('searchbox'), 'acme-new')
    await userEvent.click(await within(container).findByRole('button', { name: 'Bill acme-new' }))
    expect(within(container).getByTestId('host-picker-value')).toHaveTextContent('acme-new')
    expect(within(container).queryByRole('grid')).toBeNull()
    expect(document.activeElement).toBe(within(container).getByRole('button', { name: 'Pick an account' }))
    await expectNoAxeViolations(container)
  })

  it('picks a listed team with Select, and opening again starts with an empty search', async () => {
    const { container } = render(<hooks.HostBuiltPicker />)
    await userEvent.click(within(container).getByRole('button', { name: 'Pick an account' }))
    await userEvent.type(await within(container).findByRole('searchbox'), 'zzz')
    await userEvent.click(within(container).getByRole('button', { name: 'Close the list' }))
    await userEvent.click(within(container).getByRole('button', { name: 'Pick an account' }))
    expect(await within(container).findByRole('searchbox')).toHaveValue('')
    const select = (await within(container).findAllByRole('button', { name: /^Select / }))[0] as HTMLElement
    const name = select.getAttribute('aria-label')?.replace(/^Select /, '') ?? ''
    await userEvent.click(select)
    await waitFor(() => expect(within(container).getByTestId('host-picker-value')).toHaveTextContent(name))
  })

  it('opens a team from a host-built browser, and its breadcrumb brings focus back to the row', async () => {
    const { container } = render(<hooks.HostBuiltBrowser />)
    await waitFor(() => expect(container.querySelector('[data-slot="customer-table-row"]')).not.toBeNull())
    const row = container.querySelector<HTMLElement>('[data-slot="customer-table-row"]') as HTMLElement
    expect(row).toHaveAttribute('data-type', 'team')
    const key = row.dataset.key
    await userEvent.click(row)
    const back = await within(container).findByRole('button', { name: 'All teams' })
    await waitFor(() => expect(document.activeElement).toBe(back))
    await userEvent.click(back)
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-key', key))
    await expectNoAxeViolations(container)
  })
})
