import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import axe from 'axe-core'
import { useState, type ReactNode } from 'react'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory'
import { PaymentsError, DEFAULT_ERROR_MESSAGES, type PaymentsErrorCode } from '../../src/adapter/errors'
import type { CreateCheckoutParams, CustomerRef, PaymentsAdapter } from '../../src/adapter/types'
import { CreateCheckoutDialog } from '../../src/components/create-checkout/create-checkout-dialog'
import { CreateCheckoutButton } from '../../src/components/create-checkout/create-checkout-entry-points'
import { CreateCheckoutMenuItem } from '../../src/components/create-checkout/create-checkout-menu-item'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { DropdownMenu, DropdownMenuContent, DropdownMenuTrigger } from '../../src/ui/dropdown-menu'
import { deferred } from '../promises'

const acme: CustomerRef = { type: 'custom', id: 'acme-42' }
const noRegion = { rules: { region: { enabled: false } } }

function withProvider(adapter: PaymentsAdapter, children: ReactNode) {
  return render(<PaymentsProvider adapter={adapter}>{children}</PaymentsProvider>)
}

/** Records every createCheckoutUrl call; `answer` decides what each call does. */
function recording(base: PaymentsAdapter, answer?: (params: CreateCheckoutParams, n: number) => Promise<unknown> | undefined) {
  const calls: CreateCheckoutParams[] = []
  const adapter: PaymentsAdapter = {
    ...base,
    createCheckoutUrl: async (params) => {
      calls.push(params)
      const custom = answer?.(params, calls.length)
      if (custom) await custom
      return base.createCheckoutUrl(params)
    },
  }
  return { adapter, calls }
}

const dialog = () => screen.getByRole('dialog', { name: 'Create checkout link' })

/** Waits until the element exists and has finished its enter animation. */
async function visible(find: () => Promise<HTMLElement> | HTMLElement) {
  await waitFor(async () => expect(await find()).toBeVisible())
}

async function chooseProduct(name: RegExp) {
  await userEvent.click(await within(dialog()).findByRole('radio', { name }))
}

afterEach(() => vi.restoreAllMocks())

describe('CreateCheckoutDialog', () => {
  it('creates a link for a preselected customer and shows it with copy, open and expiry', async () => {
    const memory = createMemoryAdapter()
    const onCreated = vi.fn()
    withProvider(memory, <CreateCheckoutDialog defaultOpen customer={acme} onCreated={onCreated} />)
    await visible(() => within(dialog()).findByText('acme-42'))
    await chooseProduct(/API basic/)
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }))
    const link = await within(dialog()).findByRole('link', { name: /Open in new tab/ })
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(link).toHaveAttribute('target', '_blank')
    const url = (within(dialog()).getByLabelText('Checkout link') as HTMLInputElement).value
    expect(url).toMatch(/^https:\/\//)
    expect(link).toHaveAttribute('href', url)
    expect(within(dialog()).getByText(/Expires in 24 hours/)).toBeVisible()
    expect(memory.inspect().checkoutsCreated).toBe(1)
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ url }), expect.objectContaining({ productId: 'api-basic', customer: acme }))
    expect((await axe.run(document.body, noRegion)).violations).toEqual([])
  })

  it('marks a product granted elsewhere as owned after the backend says so, keeping the selection', async () => {
    const memory = createMemoryAdapter()
    const fresh: CustomerRef = { type: 'custom', id: 'fresh-customer' }
    withProvider(memory, <CreateCheckoutDialog defaultOpen customer={fresh} />)
    await chooseProduct(/API basic/)
    // Another admin grants it while the dialog is open: the dialog's view of owned products is stale.
    await memory.grantProduct({ customer: fresh, productId: 'api-basic' })
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }))
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(DEFAULT_ERROR_MESSAGES.product_already_owned)
    const option = within(dialog()).getByRole('radio', { name: /API basic/ })
    await waitFor(() => expect(option).toBeDisabled())
    expect(option).toBeChecked()
    expect(option.closest('[data-slot="product-chooser-option"]')).toHaveTextContent('Already owned')
  })

  it('copies the link to the clipboard with a visible confirmation', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue()
    withProvider(createMemoryAdapter(), <CreateCheckoutDialog defaultOpen customer={acme} />)
    await chooseProduct(/API basic/)
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }))
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Copy link' }))
    const url = (within(dialog()).getByLabelText('Checkout link') as HTMLInputElement).value
    expect(writeText).toHaveBeenCalledWith(url)
    expect(within(dialog()).getByRole('status')).toHaveTextContent('Link copied')
    // Said once on screen (the button), while the status still announces it to screen readers.
    expect(within(dialog()).getByRole('button', { name: 'Link copied' })).toBeVisible()
    const shown = within(dialog()).getAllByText('Link copied').filter((el) => el.getBoundingClientRect().width > 1)
    expect(shown).toHaveLength(1)
  })

  it('sends exactly one call for a double click, with a stable idempotency key on retry', async () => {
    // Each call is held until the double click is over: the second click lands while it runs.
    const first = deferred()
    const second = deferred()
    const { adapter, calls } = recording(createMemoryAdapter(), (_p, n) => (n === 1 ? first.promise : second.promise))
    withProvider(adapter, <CreateCheckoutDialog defaultOpen customer={acme} />)
    await chooseProduct(/API basic/)
    await userEvent.dblClick(within(dialog()).getByRole('button', { name: 'Create link' }))
    first.reject(new PaymentsError('network'))
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(DEFAULT_ERROR_MESSAGES.network)
    expect(calls).toHaveLength(1)
    await userEvent.dblClick(within(dialog()).getByRole('button', { name: 'Try again' }))
    second.resolve()
    await within(dialog()).findByRole('link', { name: /Open in new tab/ })
    expect(calls).toHaveLength(2)
    expect(calls[1]?.idempotencyKey).toBe(calls[0]?.idempotencyKey)
  })

  const codes: PaymentsErrorCode[] = [
    'product_already_owned',
    'customer_type_mismatch',
    'product_not_found',
    'server_only_product',
    'purchases_blocked',
    'payments_not_configured',
    'return_url_not_allowed',
    'forbidden',
    'network',
  ]
  for (const code of codes) {
    it(`shows "${DEFAULT_ERROR_MESSAGES[code]}" for ${code} and keeps every selection`, async () => {
      const { adapter } = recording(createMemoryAdapter(), () => Promise.reject(new PaymentsError(code)))
      withProvider(adapter, <CreateCheckoutDialog defaultOpen customer={acme} />)
      await chooseProduct(/API call pack/)
      const quantity = within(dialog()).getByLabelText('Quantity')
      await userEvent.clear(quantity)
      await userEvent.type(quantity, '3')
      await userEvent.type(within(dialog()).getByLabelText('Return URL (optional)'), 'https://app.example.com/done')
      await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }))
      expect(await within(dialog()).findByRole('alert')).toHaveTextContent(DEFAULT_ERROR_MESSAGES[code])
      expect(within(dialog()).getByRole('radio', { name: /API call pack/ })).toBeChecked()
      expect(within(dialog()).getByLabelText('Quantity')).toHaveValue(3)
      expect(within(dialog()).getByLabelText('Return URL (optional)')).toHaveValue('https://app.example.com/done')
    })
  }

  it('shows the unknown error with its details', async () => {
    const { adapter } = recording(createMemoryAdapter(), () => Promise.reject(new Error('upstream said 418')))
    withProvider(adapter, <CreateCheckoutDialog defaultOpen customer={acme} />)
    await chooseProduct(/API basic/)
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }))
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent('Something went wrong: upstream said 418')
  })

  const rules: Array<[string, MemoryAdapterOptions, string | undefined, PaymentsErrorCode]> = [
    ['blocked purchases', { blockNewPurchases: true }, undefined, 'purchases_blocked'],
    ['payments not set up', { paymentsConfigured: false }, undefined, 'payments_not_configured'],
    ['an untrusted return URL', {}, 'https://evil.example/return', 'return_url_not_allowed'],
  ]
  for (const [label, options, returnUrl, code] of rules) {
    it(`enforces the memory backend's rule for ${label}`, async () => {
      withProvider(createMemoryAdapter(options), <CreateCheckoutDialog defaultOpen customer={acme} />)
      await chooseProduct(/API basic/)
      if (returnUrl) await userEvent.type(within(dialog()).getByLabelText('Return URL (optional)'), returnUrl)
      await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }))
      expect(await within(dialog()).findByRole('alert')).toHaveTextContent(DEFAULT_ERROR_MESSAGES[code])
    })
  }

  it('shows owned non-stackable products as "Already owned" and disabled', async () => {
    const memory = createMemoryAdapter()
    await memory.grantProduct({ customer: acme, productId: 'api-basic' })
    withProvider(memory, <CreateCheckoutDialog defaultOpen customer={acme} />)
    const owned = await within(dialog()).findByRole('radio', { name: /API basic/ })
    expect(owned).toBeDisabled()
    expect(owned.closest('label')).toHaveTextContent('Already owned')
  })

  it('validates the return URL before submitting', async () => {
    const { adapter, calls } = recording(createMemoryAdapter())
    withProvider(adapter, <CreateCheckoutDialog defaultOpen customer={acme} />)
    await chooseProduct(/API basic/)
    await userEvent.type(within(dialog()).getByLabelText('Return URL (optional)'), 'javascript:alert(1)')
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }))
    await visible(() => within(dialog()).findByText(/Enter an absolute URL/))
    expect(within(dialog()).getByLabelText('Return URL (optional)')).toHaveAttribute('aria-invalid', 'true')
    expect(calls).toHaveLength(0)
  })

  it('refuses an unsafe checkout URL from the adapter and renders no link', async () => {
    const memory = createMemoryAdapter()
    const adapter: PaymentsAdapter = { ...memory, createCheckoutUrl: async () => ({ url: 'javascript:alert(1)' }) }
    withProvider(adapter, <CreateCheckoutDialog defaultOpen customer={acme} />)
    await chooseProduct(/API basic/)
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }))
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(DEFAULT_ERROR_MESSAGES.unsafe_checkout_url)
    expect(document.querySelector('a[href^="javascript"]')).toBeNull()
  })

  it('aborts the request when closed mid-flight and reopens clean', async () => {
    const memory = createMemoryAdapter()
    let seen: AbortSignal | undefined
    const adapter: PaymentsAdapter = {
      ...memory,
      createCheckoutUrl: (params) =>
        new Promise((_resolve, reject) => {
          seen = params.signal
          params.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
        }),
    }
    function Host() {
      const [open, setOpen] = useState(true)
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            reopen
          </button>
          <CreateCheckoutDialog open={open} onOpenChange={setOpen} customer={acme} />
        </>
      )
    }
    withProvider(adapter, <Host />)
    await chooseProduct(/API basic/)
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }))
    await waitFor(() => expect(seen).toBeDefined())
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(seen?.aborted).toBe(true)
    await userEvent.click(screen.getByRole('button', { name: 'reopen' }))
    await visible(() => within(dialog()).findByRole('button', { name: 'Create link' }))
    expect(within(dialog()).queryByRole('alert')).toBeNull()
    expect(within(dialog()).queryByRole('radio', { checked: true })).toBeNull()
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'reopen' })))
  })

  it('with a locked product, picks a customer of its type in a nested dialog, keyboard only', async () => {
    const memory = createMemoryAdapter()
    withProvider(memory, <CreateCheckoutDialog defaultOpen productId="api-basic" />)
    await visible(() => within(dialog()).findByText('API basic'))
    const choose = within(dialog()).getByRole('button', { name: 'Choose customer' })
    choose.focus()
    await userEvent.keyboard('{Enter}')
    const picker = await screen.findByRole('dialog', { name: 'Choose a customer' })
    await waitFor(() => expect(picker.querySelectorAll('[data-slot="customer-table-row"]').length).toBeGreaterThan(0))
    expect(within(picker).queryByRole('radiogroup')).toBeNull()
    for (const row of picker.querySelectorAll('[data-slot="customer-table-row"]')) expect(row).toHaveAttribute('data-type', 'custom')
    await userEvent.keyboard('brand-new-co')
    const useTyped = await within(picker).findByRole('button', { name: "Use customer 'brand-new-co'" })
    useTyped.focus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Choose a customer' })).toBeNull())
    await visible(() => within(dialog()).findByText('brand-new-co'))
    await waitFor(() => expect(document.activeElement).toBe(within(dialog()).getByRole('button', { name: 'Change' })))
    within(dialog()).getByRole('button', { name: 'Create link' }).focus()
    await userEvent.keyboard('{Enter}')
    await visible(() => within(dialog()).findByRole('link', { name: /Open in new tab/ }))
    expect(memory.inspect().checkouts[0]).toMatchObject({ customer: { type: 'custom', id: 'brand-new-co' }, productId: 'api-basic' })
  })

  it('picks an existing customer with Select in the nested picker', async () => {
    withProvider(createMemoryAdapter(), <CreateCheckoutDialog defaultOpen productId="team-starter" />)
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Choose customer' }))
    const picker = await screen.findByRole('dialog', { name: 'Choose a customer' })
    const select = (await within(picker).findAllByRole('button', { name: /^Select / }))[0] as HTMLElement
    const name = select.getAttribute('aria-label')?.replace(/^Select /, '') ?? ''
    await userEvent.click(select)
    await visible(() => within(dialog()).findByText(name))
    expect(within(dialog()).getByText('Team', { selector: '[data-slot="badge"]' })).toBeVisible()
  })
})

describe('the shared dialog and its entry points', () => {
  it('opens from a button with the customer preselected and returns focus to it', async () => {
    withProvider(createMemoryAdapter(), <CreateCheckoutButton customer={acme} />)
    const button = screen.getByRole('button', { name: 'Create checkout' })
    await userEvent.click(button)
    await visible(() => within(dialog()).findByText('acme-42'))
    expect(dialog()).toHaveAttribute('data-mode', 'customer')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(document.activeElement).toBe(button))
  })

  it('opens from a host menu item with the product locked and returns focus to the menu trigger', async () => {
    withProvider(
      createMemoryAdapter(),
      <DropdownMenu>
        <DropdownMenuTrigger>Product actions</DropdownMenuTrigger>
        <DropdownMenuContent>
          <CreateCheckoutMenuItem productId="pro" />
        </DropdownMenuContent>
      </DropdownMenu>,
    )
    const trigger = screen.getByRole('button', { name: 'Product actions' })
    await userEvent.click(trigger)
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Create checkout' }))
    expect(await screen.findByRole('dialog', { name: 'Create checkout link' })).toHaveAttribute('data-mode', 'product')
    // Visible once the opening animation has run (opacity starts at 0; slow on a busy machine).
    await waitFor(() => expect(within(dialog()).getByText('Pro')).toBeVisible())
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(document.activeElement).toBe(trigger))
  })

  it('opens from a customers table row menu for that row', async () => {
    withProvider(createMemoryAdapter(), <CustomerTable height={400} defaultType="custom" />)
    await waitFor(() => expect(document.querySelector('[data-slot="customer-table-row"]')).not.toBeNull())
    const row = document.querySelector<HTMLElement>('[data-slot="customer-table-row"]') as HTMLElement
    row.focus()
    await userEvent.keyboard('{Shift>}{F10}{/Shift}')
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Create checkout' }))
    expect(await screen.findByRole('dialog', { name: 'Create checkout link' })).toHaveAttribute('data-mode', 'customer')
    const id = row.getAttribute('data-key')?.replace(/^custom:/, '') ?? ''
    expect(within(dialog()).getAllByText(id).length).toBeGreaterThan(0)
  })
})

