import { useState } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, userEvent, waitFor, within } from 'storybook/test'
import { AdjustItemDialog } from '../src/components/customer-payments/actions/adjust-item-dialog'
import { CancelSubscriptionDialog } from '../src/components/customer-payments/actions/cancel-subscription-dialog'
import { GrantProductDialog } from '../src/components/customer-payments/actions/grant-product-dialog'
import { RefundTransactionDialog } from '../src/components/customer-payments/actions/refund-transaction-dialog'
import { PaymentsError, type PaymentsErrorCode, type PaymentsErrorOptions } from '../src/adapter/errors'
import type { CustomerRef, PaymentsAdapter } from '../src/adapter/types'
import { useItemBalances, useOwnedProducts, useTransactions } from '../src/data/customer-queries'
import { Button } from '../src/ui/button'
import { ada, adaAdapter, lifetimePurchase } from './fixtures/customer-payments-actions'
import { page } from './ui/frame'

// ---------------------------------------------------------------- adapters (Ada: ./fixtures/customer-payments-actions)

type Mutation = 'grantProduct' | 'changeItemQuantity' | 'cancelSubscription' | 'refundTransaction'

/** Ada's adapter whose `method` fails with `code` after 300 ms. */
function failing(method: Mutation, code: PaymentsErrorCode, options?: PaymentsErrorOptions): () => PaymentsAdapter {
  const reject = () =>
    new Promise<never>((_resolve, fail) => setTimeout(() => fail(new PaymentsError(code, options)), 300))
  return () => ({ ...adaAdapter(), [method]: reject })
}

/** Ada's adapter whose `method` never answers. */
function hanging(method: Mutation): () => PaymentsAdapter {
  return () => ({ ...adaAdapter(), [method]: () => new Promise<never>(() => undefined) })
}

// ---------------------------------------------------------------- the story component

type Action = 'grant' | 'adjust' | 'cancel' | 'refund'

/** What the dialogs change, read through the same hooks as the payments section. */
function CustomerState({ customer }: { customer: CustomerRef }) {
  const owned = useOwnedProducts(customer)
  const balances = useItemBalances(customer)
  const transactions = useTransactions(customer)
  const row = { display: 'flex', gap: 8 } as const
  return (
    <dl style={{ display: 'grid', gap: 4, margin: 0, fontSize: 13, color: 'var(--hx-color-fg)' }}>
      <div style={row}>
        <dt>Owned:</dt>
        <dd data-testid="owned" style={{ margin: 0 }}>
          {owned.items.map((o) => `${o.id}×${o.quantity}${o.subscription?.cancelAtPeriodEnd ? ' (cancelling)' : ''}`).join(', ')}
        </dd>
      </div>
      <div style={row}>
        <dt>Balances:</dt>
        <dd data-testid="balances" style={{ margin: 0 }}>
          {balances.data?.map((b) => `${b.itemId}=${b.quantity}`).join(', ')}
        </dd>
      </div>
      <div style={row}>
        <dt>Refunds:</dt>
        <dd data-testid="refunds" style={{ margin: 0 }}>
          {transactions.items.flatMap((t) => (t.refund ? [`${t.id} (${t.refund.kind})`] : [])).join(', ') || 'none'}
        </dd>
      </div>
    </dl>
  )
}

/** One action dialog, its subject loaded from the adapter with the customer hooks. */
function ActionDialogFor({ action, open, onOpenChange }: { action: Action; open: boolean; onOpenChange: (open: boolean) => void }) {
  const owned = useOwnedProducts(ada)
  const balances = useItemBalances(ada)
  const transactions = useTransactions(ada)
  if (action === 'grant') return <GrantProductDialog customer={ada} open={open} onOpenChange={onOpenChange} />
  if (action === 'adjust') {
    const item = balances.data?.find((b) => b.itemId === 'credits')
    return item ? <AdjustItemDialog customer={ada} item={item} open={open} onOpenChange={onOpenChange} /> : null
  }
  if (action === 'cancel') {
    const pro = owned.items.find((o) => o.id === 'pro')
    return pro ? <CancelSubscriptionDialog customer={ada} product={pro} open={open} onOpenChange={onOpenChange} /> : null
  }
  const purchase = transactions.items.find((t) => t.id === lifetimePurchase.id)
  return purchase ? <RefundTransactionDialog customer={ada} transaction={purchase} open={open} onOpenChange={onOpenChange} /> : null
}

/** A customer's action dialog, open, above the customer's current state. */
function ActionsDemo({ action }: { action: Action }) {
  const [open, setOpen] = useState(true)
  return (
    <div style={{ display: 'grid', gap: 16, justifyItems: 'start' }}>
      <Button variant="outline" onClick={() => setOpen(true)}>
        Open dialog
      </Button>
      <CustomerState customer={ada} />
      <ActionDialogFor action={action} open={open} onOpenChange={setOpen} />
    </div>
  )
}

const meta = {
  title: 'Components/CustomerPayments/Actions',
  component: ActionsDemo,
  // The public dialogs the demo opens: their props in the docs page.
  subcomponents: { GrantProductDialog, AdjustItemDialog, CancelSubscriptionDialog, RefundTransactionDialog },
  decorators: [page],
  args: { action: 'grant' },
} satisfies Meta<typeof ActionsDemo>

export default meta
type Story = StoryObj<typeof meta>

// ---------------------------------------------------------------- play helpers

/** The open dialog, once its opening animation has finished. */
async function openDialog(name: string) {
  const dialog = await screen.findByRole('dialog', { name })
  await waitFor(() => expect(dialog.getAnimations({ subtree: true })).toEqual([]))
  return dialog
}

const closed = () => waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

async function expectAlert(dialog: HTMLElement, text: string) {
  await expect(await within(dialog).findByRole('alert')).toHaveTextContent(text)
  await expect(dialog).toBeVisible()
}

async function replaceText(input: HTMLElement, text: string) {
  await userEvent.clear(input)
  await userEvent.type(input, text)
}

async function chooseCreditPacks(dialog: HTMLElement, quantity: string) {
  await userEvent.click(await within(dialog).findByRole('radio', { name: /^Credit pack/ }))
  await replaceText(within(dialog).getByRole('spinbutton', { name: 'Quantity' }), quantity)
}

// ---------------------------------------------------------------- grant product

/** Grant two credit packs: the dialog closes once the adapter answered and the owned products refreshed. */
export const GrantProduct: Story = {
  args: { action: 'grant' },
  parameters: { payments: { makeAdapter: adaAdapter } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog('Grant product')
    await waitFor(() => expect(within(dialog).getByRole('radio', { name: /^Pro/ })).toBeDisabled())
    await chooseCreditPacks(dialog, '2')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Grant product' }))
    await closed()
    await expect(within(canvasElement).getByTestId('owned')).toHaveTextContent('credit-pack×2')
  },
}

export const GrantProductAlreadyOwned: Story = {
  args: { action: 'grant' },
  parameters: { payments: { makeAdapter: failing('grantProduct', 'product_already_owned') } },
  play: async () => {
    const dialog = await openDialog('Grant product')
    await userEvent.click(await within(dialog).findByRole('radio', { name: /^Max/ }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Grant product' }))
    await expectAlert(dialog, 'The customer already owns this product.')
    await expect(within(dialog).getByRole('radio', { name: /^Max/ })).toBeChecked()
  },
}

/** A `validation` error with field errors: each appears next to its field. */
export const GrantProductValidation: Story = {
  args: { action: 'grant' },
  parameters: {
    payments: { makeAdapter: failing('grantProduct', 'validation', { fieldErrors: { quantity: 'Grant at most 10 packs at a time.' } }) },
  },
  play: async () => {
    const dialog = await openDialog('Grant product')
    await chooseCreditPacks(dialog, '40')
    await userEvent.keyboard('{Enter}')
    await expectAlert(dialog, 'Some values are not valid.')
    const quantity = within(dialog).getByRole('spinbutton', { name: 'Quantity' })
    await expect(quantity).toHaveAccessibleDescription(/Grant at most 10 packs at a time\./)
    await expect(quantity).toHaveValue(40)
  },
}

/** The adapter never answers: the button shows pending, keeps focus and ignores more clicks. */
export const GrantProductPending: Story = {
  args: { action: 'grant' },
  parameters: { payments: { makeAdapter: hanging('grantProduct') } },
  play: async () => {
    const dialog = await openDialog('Grant product')
    await userEvent.click(await within(dialog).findByRole('radio', { name: /^Max/ }))
    const submit = within(dialog).getByRole('button', { name: 'Grant product' })
    await userEvent.click(submit)
    await waitFor(() => expect(submit).toHaveAttribute('aria-busy', 'true'))
    await userEvent.click(submit)
    await expect(submit).toHaveFocus()
    await expect(submit).toHaveTextContent('Granting…')
  },
}

// ---------------------------------------------------------------- adjust item

export const AdjustItem: Story = {
  args: { action: 'adjust' },
  parameters: { payments: { makeAdapter: adaAdapter } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog('Adjust Credits')
    await replaceText(within(dialog).getByRole('spinbutton', { name: 'Change' }), '-10')
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Description (optional)' }), 'Support goodwill')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply change' }))
    await closed()
    await expect(within(canvasElement).getByTestId('balances')).toHaveTextContent('credits=1000')
  },
}

/** A change that leaves the balance negative shows a warning and is sent with `allowNegative`. */
export const AdjustItemNegative: Story = {
  args: { action: 'adjust' },
  parameters: { payments: { makeAdapter: adaAdapter } },
  play: async () => {
    const dialog = await openDialog('Adjust Credits')
    await replaceText(within(dialog).getByRole('spinbutton', { name: 'Change' }), '-1500')
    await expect(await within(dialog).findByText(/The balance will be negative \(-490\)/)).toBeVisible()
  },
}

export const AdjustItemNegativeDark: Story = {
  ...AdjustItemNegative,
  parameters: { payments: { makeAdapter: adaAdapter, theme: 'dark' }, backgrounds: { default: 'dark' } },
}

export const AdjustItemInsufficientQuantity: Story = {
  args: { action: 'adjust' },
  parameters: { payments: { makeAdapter: failing('changeItemQuantity', 'insufficient_quantity') } },
  play: async () => {
    const dialog = await openDialog('Adjust Credits')
    const change = within(dialog).getByRole('spinbutton', { name: 'Change' })
    await replaceText(change, '-5')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply change' }))
    await expectAlert(dialog, 'The balance is too low for this change.')
    await expect(change).toHaveValue(-5)
  },
}

export const AdjustItemPending: Story = {
  args: { action: 'adjust' },
  parameters: { payments: { makeAdapter: hanging('changeItemQuantity') } },
  play: async () => {
    const dialog = await openDialog('Adjust Credits')
    await replaceText(within(dialog).getByRole('spinbutton', { name: 'Change' }), '5')
    await userEvent.keyboard('{Enter}')
    await expect(await within(dialog).findByRole('button', { name: 'Applying…' })).toHaveAttribute('aria-busy', 'true')
  },
}

// ---------------------------------------------------------------- cancel subscription

export const CancelSubscription: Story = {
  args: { action: 'cancel' },
  parameters: { payments: { makeAdapter: adaAdapter } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog('Cancel subscription?')
    await expect(dialog).toHaveAccessibleDescription(/^Pro stays active until .+, then ends\.$/)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }))
    await closed()
    await expect(within(canvasElement).getByTestId('owned')).toHaveTextContent('pro×1 (cancelling)')
  },
}

export const CancelSubscriptionNotCancelable: Story = {
  args: { action: 'cancel' },
  parameters: { payments: { makeAdapter: failing('cancelSubscription', 'not_cancelable') } },
  play: async () => {
    const dialog = await openDialog('Cancel subscription?')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }))
    await expectAlert(dialog, 'This subscription cannot be cancelled.')
  },
}

export const CancelSubscriptionPending: Story = {
  args: { action: 'cancel' },
  parameters: { payments: { makeAdapter: hanging('cancelSubscription') } },
  play: async () => {
    const dialog = await openDialog('Cancel subscription?')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }))
    await expect(await within(dialog).findByRole('button', { name: 'Cancelling…' })).toHaveFocus()
  },
}

// ---------------------------------------------------------------- refund transaction

/** Empty amount: everything charged is refunded, and the product is taken away. */
export const RefundTransaction: Story = {
  args: { action: 'refund' },
  parameters: { payments: { makeAdapter: adaAdapter } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog('Refund transaction?')
    await expect(dialog.querySelector('[data-slot="refund-transaction-summary"]')).toHaveTextContent('Lifetime licence × 1')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund $199.00' }))
    await closed()
    await expect(within(canvasElement).getByTestId('refunds')).toHaveTextContent('tx-lifetime (full)')
  },
}

export const RefundTransactionPartial: Story = {
  args: { action: 'refund' },
  parameters: { payments: { makeAdapter: adaAdapter } },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog('Refund transaction?')
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Amount to refund (USD, optional)' }), '49.50')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund $49.50' }))
    await closed()
    await expect(within(canvasElement).getByTestId('refunds')).toHaveTextContent('tx-lifetime (partial)')
  },
}

/** The amount is checked before the adapter is asked: at most what was charged. */
export const RefundTransactionAmountTooHigh: Story = {
  args: { action: 'refund' },
  parameters: { payments: { makeAdapter: adaAdapter } },
  play: async () => {
    const dialog = await openDialog('Refund transaction?')
    const amount = within(dialog).getByRole('textbox', { name: 'Amount to refund (USD, optional)' })
    await userEvent.type(amount, '250')
    await userEvent.keyboard('{Enter}')
    await expect(amount).toHaveAccessibleDescription(/Enter at most \$199\.00, the amount charged\./)
  },
}

/** Without `supportsPartialRefunds` there is no amount field. */
export const RefundTransactionFullOnly: Story = {
  args: { action: 'refund' },
  parameters: { payments: { makeAdapter: () => ({ ...adaAdapter(), supportsPartialRefunds: false }) } },
  play: async () => {
    const dialog = await openDialog('Refund transaction?')
    await expect(within(dialog).queryByRole('textbox')).toBeNull()
  },
}

export const RefundTransactionAlreadyRefunded: Story = {
  args: { action: 'refund' },
  parameters: { payments: { makeAdapter: failing('refundTransaction', 'already_refunded') } },
  play: async () => {
    const dialog = await openDialog('Refund transaction?')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund $199.00' }))
    await expectAlert(dialog, 'This transaction was already refunded.')
  },
}

export const RefundTransactionNetworkError: Story = {
  args: { action: 'refund' },
  parameters: { payments: { makeAdapter: failing('refundTransaction', 'network') } },
  play: async () => {
    const dialog = await openDialog('Refund transaction?')
    const amount = within(dialog).getByRole('textbox', { name: 'Amount to refund (USD, optional)' })
    await userEvent.type(amount, '20')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund $20.00' }))
    await expectAlert(dialog, 'Could not reach the server.')
    await expect(amount).toHaveValue('20')
  },
}

export const RefundTransactionPending: Story = {
  args: { action: 'refund' },
  parameters: { payments: { makeAdapter: hanging('refundTransaction') } },
  play: async () => {
    const dialog = await openDialog('Refund transaction?')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund $199.00' }))
    await expect(await within(dialog).findByRole('button', { name: 'Refunding…' })).toHaveAttribute('aria-busy', 'true')
  },
}
