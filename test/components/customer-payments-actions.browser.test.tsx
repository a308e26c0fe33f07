import { describe, expect, it, vi, type Mock } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import axe from 'axe-core'
import { useState, type ReactNode } from 'react'
import { PaymentsProvider } from '../../src/payments-provider'
import { useItemBalances, useOwnedProducts, useTransactions } from '../../src/data/customer-queries'
import { PaymentsError, type PaymentsErrorCode, type PaymentsErrorOptions } from '../../src/adapter/errors'
import type { CustomerRef, ItemBalance, OwnedProduct, PaymentsAdapter } from '../../src/adapter/types'
import type { MemoryAdapter } from '../../src/adapters/memory'
import { AdjustItemDialog } from '../../src/components/customer-payments/actions/adjust-item-dialog'
import { CancelSubscriptionDialog } from '../../src/components/customer-payments/actions/cancel-subscription-dialog'
import { GrantProductDialog } from '../../src/components/customer-payments/actions/grant-product-dialog'
import { RefundTransactionDialog } from '../../src/components/customer-payments/actions/refund-transaction-dialog'
import { ada, adaAdapter, lifetimePurchase } from '../../stories/fixtures/customer-payments-actions'
import { deferred } from '../promises'
import { defaultMessages } from '../../src/lib/message-catalog'

// ---------------------------------------------------------------- fixture (Ada: stories/fixtures/customer-payments-actions)

const credits: ItemBalance = { itemId: 'credits', displayName: 'Credits', quantity: 1010 }

async function ownedPro(adapter: PaymentsAdapter): Promise<OwnedProduct> {
  const page = await adapter.listOwnedProducts({ customer: ada, limit: 100, signal: new AbortController().signal })
  const pro = page.items.find((row) => row.id === 'pro')
  if (!pro) throw new Error('Ada should own Pro')
  return pro
}

/**
 * A mutation that rejects with `code` only when `release()` is called: a double click lands while
 * it runs, and the pending state can be checked at leisure.
 */
function heldRejection(code: PaymentsErrorCode, options?: PaymentsErrorOptions) {
  const answer = deferred<never>()
  return { mutation: vi.fn(() => answer.promise), release: () => answer.reject(new PaymentsError(code, options)) }
}

type HeldRejection = ReturnType<typeof heldRejection>

/** Shows what the dialogs change, through the same hooks the payments section uses. */
function Probe({ customer }: { customer: CustomerRef }) {
  const owned = useOwnedProducts(customer)
  const balances = useItemBalances(customer)
  const transactions = useTransactions(customer)
  return (
    <dl>
      <dt>Owned</dt>
      <dd data-testid="owned">
        {owned.items.map((o) => `${o.id}×${o.quantity}${o.subscription?.cancelAtPeriodEnd ? ' cancelling' : ''}`).join(', ')}
      </dd>
      <dt>Balances</dt>
      <dd data-testid="balances">{balances.data?.map((b) => `${b.itemId}=${b.quantity}`).join(', ')}</dd>
      <dt>Refunds</dt>
      <dd data-testid="refunds">
        {transactions.items.flatMap((t) => (t.refund ? [`${t.id}:${t.refund.kind}`] : [])).join(', ')}
      </dd>
    </dl>
  )
}

type DialogRender = (open: boolean, onOpenChange: (open: boolean) => void) => ReactNode
type Mutation = 'grantProduct' | 'changeItemQuantity' | 'cancelSubscription' | 'refundTransaction'

/** One action dialog: the adapter method it calls, its accessible name and how to render it. */
interface Subject<M extends Mutation> {
  method: M
  name: string
  render: DialogRender
}

function Harness({ dialog, onOpenChange }: { dialog: DialogRender; onOpenChange?: (open: boolean) => void }) {
  const [open, setOpen] = useState(true)
  return (
    <>
      {dialog(open, (next) => {
        onOpenChange?.(next)
        setOpen(next)
      })}
      <button type="button" onClick={() => setOpen(true)}>
        Reopen
      </button>
    </>
  )
}

interface OpenOptions<M extends Mutation> {
  /** Ada's memory adapter (a fresh one by default). */
  base?: MemoryAdapter
  /** What stands in for the dialog's adapter method (by default a spy on `base`'s own). */
  mutation?: Mock<MemoryAdapter[M]>
  /** Other adapter members to override. */
  adapter?: Partial<PaymentsAdapter>
  onOpenChange?: (open: boolean) => void
}

/** Renders `subject` with the probe over Ada's adapter and resolves once the dialog is open. */
async function openDialog<M extends Mutation>(subject: Subject<M>, options: OpenOptions<M> = {}) {
  const base = options.base ?? adaAdapter()
  const mutation = options.mutation ?? vi.fn(base[subject.method])
  render(
    <PaymentsProvider adapter={{ ...base, [subject.method]: mutation, ...options.adapter }}>
      <Harness dialog={subject.render} onOpenChange={options.onOpenChange} />
      <Probe customer={ada} />
    </PaymentsProvider>,
  )
  return { dialog: await dialogNamed(subject.name), mutation }
}

/** The open dialog, once its opening animation has finished (axe and visibility need the final colours). */
async function dialogNamed(name: string | RegExp) {
  const dialog = await screen.findByRole('dialog', { name })
  await waitFor(() => expect(dialog.getAnimations({ subtree: true })).toEqual([]))
  return dialog
}

const closed = () => waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
const probe = (id: 'owned' | 'balances' | 'refunds') => screen.getByTestId(id)

/** The dialog closed after exactly one call to `mutation`, with at least `params`. */
async function expectClosedAfterOneCall(mutation: Mock, params: Record<string, unknown>) {
  await closed()
  expect(mutation).toHaveBeenCalledTimes(1)
  expect(mutation).toHaveBeenCalledWith(expect.objectContaining(params))
}

/** The dialog stays open with `message` in its alert, and the double click called the adapter once. */
/** Lets the held call fail, then expects its message and that the adapter was called once. */
async function expectFailedOnce(dialog: HTMLElement, held: HeldRejection, message: string) {
  held.release()
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(message)
  expect(held.mutation).toHaveBeenCalledTimes(1)
}

async function expectNoAxeViolations() {
  const results = await axe.run(document.body, { rules: { region: { enabled: false } } })
  expect(results.violations).toEqual([])
}

// ---------------------------------------------------------------- grant

const grant: Subject<'grantProduct'> = {
  method: 'grantProduct',
  name: 'Grant product',
  render: (open, onOpenChange) => <GrantProductDialog customer={ada} open={open} onOpenChange={onOpenChange} />,
}

describe('GrantProductDialog', () => {
  it('says why the products could not load and loads them on Retry', async () => {
    const base = adaAdapter()
    // Down until the user retries (the query client's own retries fail too).
    let down = true
    const listProducts: PaymentsAdapter['listProducts'] = (params) =>
      down ? Promise.reject(new PaymentsError('network')) : base.listProducts(params)
    const { dialog } = await openDialog(grant, { base, adapter: { listProducts } })
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 15_000 })
    expect(alert).toHaveTextContent('Could not load products')
    expect(alert).toHaveTextContent(defaultMessages['error.network'])
    down = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await within(dialog).findByRole('radio', { name: /^Credit pack/ })).toBeEnabled()
    expect(within(dialog).queryByRole('alert')).toBeNull()
  })

  it('grants a stackable product with a quantity, then closes with the owned products refreshed', async () => {
    const { dialog, mutation: grantProduct } = await openDialog(grant)
    await waitFor(() => expect(probe('owned')).toHaveTextContent('lifetime×1, pro×1'))
    expect(within(dialog).queryByRole('spinbutton', { name: 'Quantity' })).toBeNull()

    await userEvent.click(await within(dialog).findByRole('radio', { name: /^Credit pack/ }))
    const quantity = within(dialog).getByRole('spinbutton', { name: 'Quantity' })
    await userEvent.fill(quantity, '3')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Grant product' }))

    await expectClosedAfterOneCall(grantProduct, { customer: ada, productId: 'credit-pack', quantity: 3 })
    await waitFor(() => expect(probe('owned')).toHaveTextContent('credit-pack×3'))
  })

  it('groups products by line, shows prices and disables non-stackable products already owned', async () => {
    const { dialog } = await openDialog(grant)
    await waitFor(() => expect(within(dialog).getByRole('radio', { name: /^Pro/ })).toBeDisabled())
    expect(within(dialog).getByRole('radio', { name: /^Pro/ })).toHaveAccessibleName(/Already owned/)
    expect(within(dialog).getByRole('radio', { name: /^Lifetime licence/ })).toBeDisabled()
    expect(within(dialog).getByRole('radio', { name: /^Max/ })).toBeEnabled()
    expect(within(dialog).getByRole('radio', { name: /^Max/ })).toHaveAccessibleName(/\$99\.00.* \/ month/)
    expect(within(dialog).getByRole('group', { name: 'Plans' })).toBeVisible()
    // Only the customer's type.
    expect(within(dialog).queryByRole('radio', { name: /^Team starter/ })).toBeNull()
    await expectNoAxeViolations()
  })

  it('asks for a product and a valid quantity before calling the adapter', async () => {
    const { dialog, mutation: grantProduct } = await openDialog(grant)
    await within(dialog).findByRole('radio', { name: /^Max/ })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Grant product' }))
    expect(within(dialog).getByText('Choose a product.')).toBeVisible()

    await userEvent.click(within(dialog).getByRole('radio', { name: /^Credit pack/ }))
    const quantity = within(dialog).getByRole('spinbutton', { name: 'Quantity' })
    await userEvent.fill(quantity, '0')
    await userEvent.keyboard('{Enter}')
    expect(within(dialog).getByText('Enter a whole number of at least 1.')).toBeVisible()
    expect(quantity).toHaveAttribute('aria-invalid', 'true')
    expect(quantity).toHaveFocus()
    expect(grantProduct).not.toHaveBeenCalled()
  })

  it('stays open on failure with the choice kept, shows the message and ignores a double click', async () => {
    const held = heldRejection('product_already_owned')
    const { dialog } = await openDialog(grant, { mutation: held.mutation })
    await userEvent.click(await within(dialog).findByRole('radio', { name: /^Credit pack/ }))
    await userEvent.fill(within(dialog).getByRole('spinbutton', { name: 'Quantity' }), '4')
    const submit = within(dialog).getByRole('button', { name: 'Grant product' })
    await userEvent.dblClick(submit)

    await waitFor(() => expect(submit).toHaveAttribute('aria-busy', 'true'))
    expect(submit).toHaveFocus()
    await expectFailedOnce(dialog, held, 'The customer already owns this product.')
    expect(within(dialog).getByRole('radio', { name: /^Credit pack/ })).toBeChecked()
    expect(within(dialog).getByRole('spinbutton', { name: 'Quantity' })).toHaveValue(4)
    expect(submit).toHaveFocus()
    await expectNoAxeViolations()
  })

  it('shows validation field errors next to their fields', async () => {
    const held = heldRejection('validation', { fieldErrors: { quantity: 'At most 10 at a time.' } })
    const { dialog } = await openDialog(grant, { mutation: held.mutation })
    await userEvent.click(await within(dialog).findByRole('radio', { name: /^Credit pack/ }))
    await userEvent.fill(within(dialog).getByRole('spinbutton', { name: 'Quantity' }), '40')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Grant product' }))
    await expectFailedOnce(dialog, held, 'Some values are not valid.')
    const quantity = within(dialog).getByRole('spinbutton', { name: 'Quantity' })
    expect(quantity).toHaveAccessibleDescription(/At most 10 at a time\./)
    expect(quantity).toHaveAttribute('aria-invalid', 'true')
  })

  it('starts from a fresh form when opened again', async () => {
    const { dialog } = await openDialog(grant)
    await userEvent.click(await within(dialog).findByRole('radio', { name: /^Max/ }))
    await userEvent.keyboard('{Escape}')
    await closed()
    await userEvent.click(screen.getByRole('button', { name: 'Reopen' }))
    const again = await dialogNamed('Grant product')
    await within(again).findByRole('radio', { name: /^Max/ })
    expect(within(again).getByRole('radio', { name: /^Max/ })).not.toBeChecked()
  })

  it('can be closed while pending, and the late answer reopens nothing', async () => {
    const base = adaAdapter()
    let finish: () => void = () => undefined
    const grantProduct = vi.fn(
      (params: Parameters<typeof base.grantProduct>[0]) =>
        new Promise<Awaited<ReturnType<typeof base.grantProduct>>>((resolve) => {
          finish = () => resolve(base.grantProduct(params))
        }),
    )
    const onOpenChange = vi.fn()
    const { dialog } = await openDialog(grant, { base, mutation: grantProduct, onOpenChange })
    await userEvent.click(await within(dialog).findByRole('radio', { name: /^Max/ }))
    const submit = within(dialog).getByRole('button', { name: 'Grant product' })
    await userEvent.click(submit)
    await waitFor(() => expect(submit).toHaveAttribute('aria-busy', 'true'))
    expect(submit).toHaveTextContent('Granting…')
    expect(submit).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    await closed()
    finish()
    // The grant still lands and refreshes the data, but the dialog stays closed.
    await waitFor(() => expect(probe('owned')).toHaveTextContent('max×1'))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(onOpenChange.mock.calls).toEqual([[false]])
  })
})

// ---------------------------------------------------------------- adjust

const adjust: Subject<'changeItemQuantity'> = {
  method: 'changeItemQuantity',
  name: 'Adjust Credits',
  render: (open, onOpenChange) => <AdjustItemDialog customer={ada} item={credits} open={open} onOpenChange={onOpenChange} />,
}

describe('AdjustItemDialog', () => {
  it('applies a change with a description and expiry, then closes with balances refreshed', async () => {
    const { dialog, mutation: changeItemQuantity } = await openDialog(adjust)
    await waitFor(() => expect(probe('balances')).toHaveTextContent('credits=1010'))
    const change = within(dialog).getByRole('spinbutton', { name: 'Change' })
    await userEvent.fill(change, '-10')
    expect(dialog.querySelector('[data-slot="adjust-item-current"]')).toHaveTextContent('1,010')
    expect(dialog.querySelector('[data-slot="adjust-item-result"]')).toHaveTextContent('1,000')
    expect(within(dialog).queryByText(/will be negative/)).toBeNull()
    await userEvent.fill(within(dialog).getByRole('textbox', { name: 'Description (optional)' }), 'Goodwill')
    await userEvent.fill(within(dialog).getByLabelText('Expires (optional)'), '2030-01-02T10:30')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply change' }))

    await expectClosedAfterOneCall(changeItemQuantity, {
      customer: ada,
      itemId: 'credits',
      delta: -10,
      allowNegative: false,
      description: 'Goodwill',
      expiresAt: new Date('2030-01-02T10:30').toISOString(),
    })
    await waitFor(() => expect(probe('balances')).toHaveTextContent('credits=1000'))
  })

  it('warns when the balance goes negative and then allows it', async () => {
    const { dialog, mutation: changeItemQuantity } = await openDialog(adjust)
    const change = within(dialog).getByRole('spinbutton', { name: 'Change' })
    await userEvent.fill(change, '-1020')
    const warning = await within(dialog).findByText('The balance will be negative (-10). The change is applied anyway.')
    expect(warning.closest('[role="status"]')).not.toBeNull()
    expect(change).toHaveAccessibleDescription(/will be negative/)
    await expectNoAxeViolations()
    await userEvent.keyboard('{Enter}')
    await closed()
    expect(changeItemQuantity).toHaveBeenCalledWith(expect.objectContaining({ delta: -1020, allowNegative: true }))
    expect(changeItemQuantity.mock.calls[0]?.[0]).not.toHaveProperty('description')
    await waitFor(() => expect(probe('balances')).toHaveTextContent('credits=-10'))
  })

  it('focuses the change first, steps it with the quick buttons and rejects zero', async () => {
    const { dialog, mutation: changeItemQuantity } = await openDialog(adjust)
    const change = within(dialog).getByRole('spinbutton', { name: 'Change' })
    expect(change).toHaveFocus()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Increase by 1' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Increase by 1' }))
    expect(change).toHaveValue(2)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decrease by 1' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decrease by 1' }))
    expect(change).toHaveValue(0)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply change' }))
    expect(within(dialog).getByText('Enter a whole number other than 0.')).toBeVisible()
    expect(change).toHaveFocus()
    await userEvent.fill(change, '1.5')
    expect(within(dialog).getByText('Enter a whole number other than 0.')).toBeVisible()
    expect(changeItemQuantity).not.toHaveBeenCalled()
  })

  it('stays open on insufficient_quantity with every input kept and one call only', async () => {
    const held = heldRejection('insufficient_quantity')
    const { dialog } = await openDialog(adjust, { mutation: held.mutation })
    await userEvent.fill(within(dialog).getByRole('spinbutton', { name: 'Change' }), '-3')
    await userEvent.fill(within(dialog).getByRole('textbox', { name: 'Description (optional)' }), 'Typo fix')
    await userEvent.dblClick(within(dialog).getByRole('button', { name: 'Apply change' }))
    await expectFailedOnce(dialog, held, 'The balance is too low for this change.')
    expect(within(dialog).getByRole('spinbutton', { name: 'Change' })).toHaveValue(-3)
    expect(within(dialog).getByRole('textbox', { name: 'Description (optional)' })).toHaveValue('Typo fix')
    await expectNoAxeViolations()
  })
})

// ---------------------------------------------------------------- cancel

/** Opens the cancel dialog for the Pro subscription Ada owns. */
async function openCancel(options: Omit<OpenOptions<'cancelSubscription'>, 'base'> = {}) {
  const base = adaAdapter()
  const pro = await ownedPro(base)
  const cancel: Subject<'cancelSubscription'> = {
    method: 'cancelSubscription',
    name: 'Cancel subscription?',
    render: (open, onOpenChange) => <CancelSubscriptionDialog customer={ada} product={pro} open={open} onOpenChange={onOpenChange} />,
  }
  return { pro, ...(await openDialog(cancel, { ...options, base })) }
}

describe('CancelSubscriptionDialog', () => {
  it('cancels at period end, then closes with the owned products refreshed', async () => {
    const { dialog, pro, mutation: cancelSubscription } = await openCancel()
    const until = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date(pro.subscription?.currentPeriodEnd ?? ''))
    expect(dialog).toHaveAccessibleDescription(`Pro stays active until ${until}, then ends.`)
    await expectNoAxeViolations()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }))
    await expectClosedAfterOneCall(cancelSubscription, { customer: ada, productId: 'pro', subscriptionId: pro.subscription?.id })
    await waitFor(() => expect(probe('owned')).toHaveTextContent('pro×1 cancelling'))
  })

  it('closes without cancelling on "Keep subscription"', async () => {
    const { dialog, mutation: cancelSubscription } = await openCancel()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep subscription' }))
    await closed()
    expect(cancelSubscription).not.toHaveBeenCalled()
  })

  it('stays open on not_cancelable and calls once on a double click', async () => {
    const held = heldRejection('not_cancelable')
    const { dialog } = await openCancel({ mutation: held.mutation })
    await userEvent.dblClick(within(dialog).getByRole('button', { name: 'Cancel subscription' }))
    await expectFailedOnce(dialog, held, 'This subscription cannot be cancelled.')
    expect(screen.getByRole('dialog')).toBeVisible()
  })
})

// ---------------------------------------------------------------- refund

const refund: Subject<'refundTransaction'> = {
  method: 'refundTransaction',
  name: 'Refund transaction?',
  render: (open, onOpenChange) => (
    <RefundTransactionDialog customer={ada} transaction={lifetimePurchase} open={open} onOpenChange={onOpenChange} />
  ),
}

const amountField = (dialog: HTMLElement) => within(dialog).getByRole('textbox', { name: 'Amount to refund (USD, optional)' })

describe('RefundTransactionDialog', () => {
  it('shows what is refunded and refunds in full, then closes with transactions and products refreshed', async () => {
    const { dialog, mutation: refundTransaction } = await openDialog(refund)
    const summary = dialog.querySelector('[data-slot="refund-transaction-summary"]') as HTMLElement
    expect(summary).toHaveTextContent('Lifetime licence × 1')
    expect(summary).toHaveTextContent('$199.00')
    await waitFor(() => expect(probe('owned')).toHaveTextContent('lifetime×1'))
    await expectNoAxeViolations()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund $199.00' }))
    await expectClosedAfterOneCall(refundTransaction, { customer: ada, transactionId: 'tx-lifetime' })
    expect(refundTransaction.mock.calls[0]?.[0].amount).toBeUndefined()
    await waitFor(() => expect(probe('refunds')).toHaveTextContent('tx-lifetime:full'))
    expect(probe('owned')).not.toHaveTextContent('lifetime')
  })

  it('refunds part of the amount in the charged currency', async () => {
    const { dialog, mutation: refundTransaction } = await openDialog(refund)
    const amount = amountField(dialog)
    expect(amount).toHaveAccessibleDescription('Leave empty to refund the full $199.00.')
    await userEvent.fill(amount, '50')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund $50.00' }))
    await closed()
    expect(refundTransaction).toHaveBeenCalledWith(
      expect.objectContaining({ transactionId: 'tx-lifetime', amount: { currency: 'USD', value: '50' } }),
    )
    await waitFor(() => expect(probe('refunds')).toHaveTextContent('tx-lifetime:partial'))
  })

  it('checks the partial amount: a decimal above 0 and at most the charged amount', async () => {
    const { dialog, mutation: refundTransaction } = await openDialog(refund)
    const amount = amountField(dialog)
    await userEvent.fill(amount, '500')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund $500.00' }))
    expect(amount).toHaveAccessibleDescription(/Enter at most \$199\.00, the amount charged\./)
    expect(amount).toHaveFocus()
    await userEvent.fill(amount, '0')
    expect(within(dialog).getByText('Enter an amount above 0.')).toBeVisible()
    await userEvent.fill(amount, '12.345')
    expect(within(dialog).getByText('Enter an amount such as 12.50.')).toBeVisible()
    await userEvent.fill(amount, '12,5')
    expect(within(dialog).queryByText(/Enter an/)).toBeNull()
    expect(within(dialog).getByRole('button', { name: 'Refund $12.50' })).toBeVisible()
    expect(refundTransaction).not.toHaveBeenCalled()
  })

  it('has no amount field when the adapter cannot refund partly', async () => {
    const { dialog } = await openDialog(refund, { adapter: { supportsPartialRefunds: false } })
    expect(within(dialog).queryByRole('textbox')).toBeNull()
    expect(within(dialog).getByRole('button', { name: 'Refund $199.00' })).toBeVisible()
  })

  it('refreshes the customer when the transaction was refunded elsewhere meanwhile, keeping the dialog', async () => {
    const base = adaAdapter()
    const { dialog } = await openDialog(refund, { base })
    await userEvent.fill(amountField(dialog), '20')
    // Another admin refunds it in full while this dialog is open.
    await base.refundTransaction({ customer: ada, transactionId: 'tx-lifetime' })
    expect(probe('refunds')).not.toHaveTextContent('tx-lifetime')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund $20.00' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This transaction was already refunded.')
    await waitFor(() => expect(probe('refunds')).toHaveTextContent('tx-lifetime:full'))
    expect(amountField(dialog)).toHaveValue('20')
  })

  it.each([
    ['already_refunded', 'This transaction was already refunded.'],
    ['network', 'Could not reach the server. Check the connection and try again.'],
  ] as const)('stays open on %s with the amount kept and one call only', async (code, message) => {
    const held = heldRejection(code)
    const { dialog } = await openDialog(refund, { mutation: held.mutation })
    const amount = amountField(dialog)
    await userEvent.fill(amount, '20')
    await userEvent.dblClick(within(dialog).getByRole('button', { name: 'Refund $20.00' }))
    await expectFailedOnce(dialog, held, message)
    expect(amount).toHaveValue('20')
    await expectNoAxeViolations()
  })
})
