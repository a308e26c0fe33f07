import { useId, useState } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { CreateCheckoutContent, CreateCheckoutHeader, CreateCheckoutRoot } from '../src/components/create-checkout/create-checkout-root'
import { CreateCheckoutProvider, useCreateCheckoutContext } from '../src/components/create-checkout/create-checkout-context'
import {
  CreateCheckoutCancel,
  CreateCheckoutError,
  CreateCheckoutFooter,
  CreateCheckoutForm,
  CreateCheckoutSubmit,
  CreateCheckoutUnavailable,
} from '../src/components/create-checkout/create-checkout-form'
import {
  CreateCheckoutCustomerField,
  CreateCheckoutPriceField,
  CreateCheckoutProductField,
  CreateCheckoutQuantityField,
  CreateCheckoutReturnUrlField,
} from '../src/components/create-checkout/create-checkout-fields'
import { CreateCheckoutResult } from '../src/components/create-checkout/create-checkout-result'
import { useCreateCheckout, type CreateCheckoutOptions } from '../src/components/create-checkout/use-create-checkout'
import { createMemoryAdapter } from '../src/adapters/memory'
import { PaymentsError, DEFAULT_ERROR_MESSAGES } from '../src/adapter/errors'
import { Button } from '../src/ui/button'
import { page } from './ui/frame'

/**
 * The create-checkout dialog taken apart: `CreateCheckoutRoot` (open state and what the form is
 * for), `CreateCheckoutContent` (the panel, running `useCreateCheckout`) and the parts inside it,
 * which a host places in its own order next to its own fields. `CreateCheckoutProvider` gives the
 * same parts a host's own `useCreateCheckout()` state for a form outside a dialog.
 */
const meta = {
  title: 'Components/CreateCheckout parts',
  component: CreateCheckoutRoot,
  subcomponents: {
    CreateCheckoutContent,
    CreateCheckoutHeader,
    CreateCheckoutForm,
    CreateCheckoutProductField,
    CreateCheckoutCustomerField,
    CreateCheckoutPriceField,
    CreateCheckoutQuantityField,
    CreateCheckoutReturnUrlField,
    CreateCheckoutUnavailable,
    CreateCheckoutError,
    CreateCheckoutFooter,
    CreateCheckoutCancel,
    CreateCheckoutSubmit,
    CreateCheckoutResult,
    CreateCheckoutProvider,
  },
  decorators: [page],
  args: { defaultOpen: true, customer: { type: 'custom', id: 'acme-42' }, onCreated: fn(), onOpenChange: fn() },
} satisfies Meta<typeof CreateCheckoutRoot>

export default meta
type Story = StoryObj<typeof meta>

/** A host's own part, placed among ours: reads the form's state through `useCreateCheckoutContext`. */
function ChosenPlanNote() {
  const checkout = useCreateCheckoutContext()
  return (
    <p data-testid="chosen-plan" style={{ margin: 0, fontSize: 13, color: 'var(--hx-color-muted-fg)' }}>
      {checkout.product ? `Plan: ${checkout.product.displayName}` : 'No plan chosen yet'}
    </p>
  )
}

/** A host field the library knows nothing about (kept by the host, not sent to the adapter). */
function InternalNoteField() {
  const id = useId()
  const [note, setNote] = useState('')
  return (
    <div className="hx-field">
      <label className="hx-field__label" htmlFor={id}>
        Internal note
      </label>
      <textarea id={id} className="hx-input" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
    </div>
  )
}

/** The host's layout: product first, a note and a host field, then the customer and the return URL. */
function HostLayout(props: CreateCheckoutOptions & { open?: boolean; defaultOpen?: boolean; onOpenChange?: (open: boolean) => void }) {
  return (
    <CreateCheckoutRoot {...props}>
      <CreateCheckoutContent size="lg" data-host-layout="">
        <CreateCheckoutHeader title="New payment link" />
        <CreateCheckoutForm>
          <CreateCheckoutProductField />
          <ChosenPlanNote />
          <CreateCheckoutPriceField />
          <CreateCheckoutQuantityField />
          <InternalNoteField />
          <CreateCheckoutCustomerField />
          <CreateCheckoutReturnUrlField hint="Usually your billing page." />
          <CreateCheckoutUnavailable />
          <CreateCheckoutError />
          <CreateCheckoutFooter>
            <CreateCheckoutCancel>Not now</CreateCheckoutCancel>
            <CreateCheckoutSubmit>Create payment link</CreateCheckoutSubmit>
          </CreateCheckoutFooter>
        </CreateCheckoutForm>
        <CreateCheckoutResult />
      </CreateCheckoutContent>
    </CreateCheckoutRoot>
  )
}

const hostDialog = () => screen.getByRole('dialog', { name: 'New payment link' })

/** Our parts in the host's order, with a host field and a host note in between. */
export const HostComposedDialog: Story = {
  render: (args) => <HostLayout {...args} />,
  play: async () => {
    const opened = await screen.findByRole('dialog', { name: 'New payment link' })
    await userEvent.click(await within(opened).findByRole('radio', { name: /API basic/ }))
    await expect(within(opened).getByTestId('chosen-plan')).toHaveTextContent('Plan: API basic')
    await userEvent.click(within(opened).getByRole('button', { name: 'Create payment link' }))
    await waitFor(() => expect(within(hostDialog()).getByRole('link', { name: /Open in new tab/ })).toBeVisible())
  },
}

/** The product is locked; the host puts the customer picker right under it. */
export const HostComposedLockedProduct: Story = {
  args: { customer: undefined, productId: 'team-starter' },
  render: (args) => <HostLayout {...args} />,
}

/** The backend refuses: the error part shows why, every selection stays, Submit says "Try again". */
export const HostComposedFailure: Story = {
  render: (args) => <HostLayout {...args} />,
  parameters: {
    payments: {
      makeAdapter: () => ({ ...createMemoryAdapter(), createCheckoutUrl: () => Promise.reject(new PaymentsError('purchases_blocked')) }),
    },
  },
  play: async () => {
    const opened = await screen.findByRole('dialog', { name: 'New payment link' })
    await userEvent.click(await within(opened).findByRole('radio', { name: /API basic/ }))
    await userEvent.click(within(opened).getByRole('button', { name: 'Create payment link' }))
    await expect(await within(opened).findByRole('alert')).toHaveTextContent(DEFAULT_ERROR_MESSAGES.purchases_blocked)
    await expect(within(opened).getByRole('radio', { name: /API basic/ })).toBeChecked()
  },
}

/** A host button opens the composed dialog (controlled); closing it returns focus to the button. */
export const HostComposedFromButton: Story = {
  args: { defaultOpen: false },
  render: function Render(args) {
    const [open, setOpen] = useState(false)
    return (
      <>
        <Button variant="outline" onClick={() => setOpen(true)}>
          New payment link
        </Button>
        <HostLayout {...args} defaultOpen={undefined} open={open} onOpenChange={setOpen} />
      </>
    )
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'New payment link' }))
    await screen.findByRole('dialog', { name: 'New payment link' })
  },
}

/** The same parts on a page, without a dialog, over the host's own `useCreateCheckout()`. */
export const InlineForm: Story = {
  args: { defaultOpen: false },
  render: function Render(args) {
    const checkout = useCreateCheckout({ customer: args.customer, onCreated: args.onCreated })
    return (
      <section aria-labelledby="inline-checkout-title" style={{ maxInlineSize: 520, display: 'grid', gap: 12 }}>
        <h2 id="inline-checkout-title" style={{ margin: 0, fontSize: 18 }}>
          Payment link for acme-42
        </h2>
        <CreateCheckoutProvider value={checkout}>
          <CreateCheckoutForm>
            <CreateCheckoutProductField />
            <CreateCheckoutQuantityField />
            <CreateCheckoutReturnUrlField />
            <CreateCheckoutError />
            <CreateCheckoutFooter>
              <CreateCheckoutSubmit />
            </CreateCheckoutFooter>
          </CreateCheckoutForm>
          <CreateCheckoutResult />
        </CreateCheckoutProvider>
      </section>
    )
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('radio', { name: /API basic/ }))
    await userEvent.click(canvas.getByRole('button', { name: 'Create link' }))
    await expect(await canvas.findByRole('link', { name: /Open in new tab/ })).toBeVisible()
  },
}
