import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import type { ReactNode } from 'react'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import type { CustomerRef, OwnedProduct, PaymentsAdapter } from '../../src/adapter/types'
import { CreateCheckoutDialog } from '../../src/components/create-checkout/create-checkout-dialog'
import { AdjustItemDialog } from '../../src/components/customer-payments/actions/adjust-item-dialog'
import { CancelSubscriptionDialog } from '../../src/components/customer-payments/actions/cancel-subscription-dialog'
import { GrantProductDialog } from '../../src/components/customer-payments/actions/grant-product-dialog'
import { RefundTransactionDialog } from '../../src/components/customer-payments/actions/refund-transaction-dialog'
import { ada, adaAdapter, lifetimePurchase } from '../../stories/fixtures/customer-payments-actions'
import { deferred } from '../promises'

// Issue 10, defect 7: repeated submits in ONE task (keyboard auto-repeat, a scripted host) happen
// before React re-renders, so a guard that reads `isPending` from the last render lets them all
// through. `element.click()` three times in a row (not user-event, whose clicks each await a
// render) is exactly that.

const acme: CustomerRef = { type: 'custom', id: 'acme-42' }

/** Fires `times` submits in the same task. */
function clickRepeatedly(button: HTMLElement, times: number) {
  for (let i = 0; i < times; i++) button.click()
}

function requestSubmitRepeatedly(form: HTMLFormElement, times: number) {
  for (let i = 0; i < times; i++) form.requestSubmit()
}

/** The dialog once its opening animation has finished. */
async function dialogNamed(name: string | RegExp) {
  const dialog = await screen.findByRole('dialog', { name })
  await waitFor(() => expect(dialog.getAnimations({ subtree: true })).toEqual([]))
  return dialog
}

function formOf(button: HTMLElement): HTMLFormElement {
  const form = button.closest('form')
  if (!form) throw new Error('the submit button should be inside a form')
  return form
}

describe('CreateCheckoutDialog submit is single-flight', () => {
  /** Opens the dialog for acme with "API basic" chosen; every createCheckoutUrl call is held until `release()`. */
  async function openHeld() {
    const memory = createMemoryAdapter()
    const held = deferred()
    const createCheckoutUrl = vi.fn(async (params: Parameters<PaymentsAdapter['createCheckoutUrl']>[0]) => {
      await held.promise
      return memory.createCheckoutUrl(params)
    })
    const onCreated = vi.fn()
    render(
      <PaymentsProvider adapter={{ ...memory, createCheckoutUrl }}>
        <CreateCheckoutDialog defaultOpen customer={acme} onCreated={onCreated} />
      </PaymentsProvider>,
    )
    const dialog = await dialogNamed('Create checkout link')
    await userEvent.click(await within(dialog).findByRole('radio', { name: /API basic/ }))
    const submit = within(dialog).getByRole('button', { name: 'Create link' })
    return { dialog, submit, createCheckoutUrl, onCreated, release: () => held.resolve() }
  }

  it('makes one adapter call and one onCreated for three clicks in the same task', async () => {
    const { dialog, submit, createCheckoutUrl, onCreated, release } = await openHeld()
    clickRepeatedly(submit, 3)
    release()
    await within(dialog).findByRole('link', { name: /Open in new tab/ })
    expect(createCheckoutUrl).toHaveBeenCalledTimes(1)
    expect(onCreated).toHaveBeenCalledTimes(1)
  })

  it('makes one adapter call and one onCreated for two requestSubmit() calls in the same task', async () => {
    const { dialog, submit, createCheckoutUrl, onCreated, release } = await openHeld()
    requestSubmitRepeatedly(formOf(submit), 2)
    release()
    await within(dialog).findByRole('link', { name: /Open in new tab/ })
    expect(createCheckoutUrl).toHaveBeenCalledTimes(1)
    expect(onCreated).toHaveBeenCalledTimes(1)
  })

  it('accepts a new submit once the first attempt has failed', async () => {
    const memory = createMemoryAdapter()
    let calls = 0
    const createCheckoutUrl = vi.fn(async (params: Parameters<PaymentsAdapter['createCheckoutUrl']>[0]) => {
      calls += 1
      if (calls === 1) throw new TypeError('Failed to fetch')
      return memory.createCheckoutUrl(params)
    })
    render(
      <PaymentsProvider adapter={{ ...memory, createCheckoutUrl }}>
        <CreateCheckoutDialog defaultOpen customer={acme} />
      </PaymentsProvider>,
    )
    const dialog = await dialogNamed('Create checkout link')
    await userEvent.click(await within(dialog).findByRole('radio', { name: /API basic/ }))
    clickRepeatedly(within(dialog).getByRole('button', { name: 'Create link' }), 2)
    await within(dialog).findByRole('alert')
    expect(createCheckoutUrl).toHaveBeenCalledTimes(1)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }))
    await within(dialog).findByRole('link', { name: /Open in new tab/ })
    expect(createCheckoutUrl).toHaveBeenCalledTimes(2)
  })
})

// ---------------------------------------------------------------- the payments action dialogs

type Mutation = 'grantProduct' | 'changeItemQuantity' | 'cancelSubscription' | 'refundTransaction'

interface ActionCase {
  method: Mutation
  dialogName: string
  render: (pro: OwnedProduct) => ReactNode
  /** Fills the form so that it is valid; resolves to the submit button. */
  fill: (dialog: HTMLElement) => Promise<HTMLElement>
}

const noop = () => undefined

const ACTIONS: ActionCase[] = [
  {
    method: 'grantProduct',
    dialogName: 'Grant product',
    render: () => <GrantProductDialog customer={ada} open onOpenChange={noop} />,
    fill: async (dialog) => {
      await userEvent.click(await within(dialog).findByRole('radio', { name: /^Max/ }))
      return within(dialog).getByRole('button', { name: 'Grant product' })
    },
  },
  {
    method: 'changeItemQuantity',
    dialogName: 'Adjust Credits',
    render: () => (
      <AdjustItemDialog customer={ada} item={{ itemId: 'credits', displayName: 'Credits', quantity: 1010 }} open onOpenChange={noop} />
    ),
    fill: async (dialog) => {
      await userEvent.fill(within(dialog).getByRole('spinbutton', { name: 'Change' }), '5')
      return within(dialog).getByRole('button', { name: 'Apply change' })
    },
  },
  {
    method: 'cancelSubscription',
    dialogName: 'Cancel subscription?',
    render: (pro) => <CancelSubscriptionDialog customer={ada} product={pro} open onOpenChange={noop} />,
    fill: async (dialog) => within(dialog).getByRole('button', { name: 'Cancel subscription' }),
  },
  {
    method: 'refundTransaction',
    dialogName: 'Refund transaction?',
    render: () => <RefundTransactionDialog customer={ada} transaction={lifetimePurchase} open onOpenChange={noop} />,
    fill: async (dialog) => within(dialog).getByRole('button', { name: 'Refund $199.00' }),
  },
]

describe.each(ACTIONS)('$dialogName dialog submit is single-flight', ({ method, dialogName, render: renderDialog, fill }) => {
  async function openHeld() {
    const base = adaAdapter()
    const owned = await base.listOwnedProducts({ customer: ada, limit: 100, signal: new AbortController().signal })
    const pro = owned.items.find((row) => row.id === 'pro')
    if (!pro) throw new Error('Ada should own Pro')
    const held = deferred()
    const mutation = vi.fn(async () => {
      await held.promise
    })
    render(<PaymentsProvider adapter={{ ...base, [method]: mutation }}>{renderDialog(pro)}</PaymentsProvider>)
    const dialog = await dialogNamed(dialogName)
    const submit = await fill(dialog)
    return { submit, mutation, release: () => held.resolve() }
  }

  it('calls the adapter once for three clicks in the same task', async () => {
    const { submit, mutation, release } = await openHeld()
    clickRepeatedly(submit, 3)
    await waitFor(() => expect(submit).toHaveAttribute('aria-busy', 'true'))
    release()
    await waitFor(() => expect(submit).not.toHaveAttribute('aria-busy'))
    expect(mutation).toHaveBeenCalledTimes(1)
  })

  it('calls the adapter once for two requestSubmit() calls in the same task', async () => {
    const { submit, mutation, release } = await openHeld()
    requestSubmitRepeatedly(formOf(submit), 2)
    await waitFor(() => expect(submit).toHaveAttribute('aria-busy', 'true'))
    release()
    await waitFor(() => expect(submit).not.toHaveAttribute('aria-busy'))
    expect(mutation).toHaveBeenCalledTimes(1)
  })
})
