import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { CreateCheckoutDialog } from '../src/components/create-checkout/create-checkout-dialog'
import { CreateCheckoutButton } from '../src/components/create-checkout/create-checkout-entry-points'
import { CreateCheckoutMenuItem } from '../src/components/create-checkout/create-checkout-menu-item'
import { CustomerTable } from '../src/components/customer-table/customer-table'
import { createMemoryAdapter, memoryCustomerId } from '../src/adapters/memory'
import { PaymentsError, DEFAULT_ERROR_MESSAGES, type PaymentsErrorCode } from '../src/adapter/errors'
import type { PaymentsAdapter } from '../src/adapter/types'
import { Button } from '../src/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '../src/ui/dropdown-menu'
import { MoreHorizontalIcon } from '../src/ui/icons'
import { IconButton } from '../src/ui/icon-button'
import { page } from './ui/frame'

const meta = {
  title: 'Components/CreateCheckoutDialog',
  component: CreateCheckoutDialog,
  subcomponents: { CreateCheckoutButton, CreateCheckoutMenuItem },
  decorators: [page],
  args: { defaultOpen: true, onCreated: fn(), onOpenChange: fn() },
} satisfies Meta<typeof CreateCheckoutDialog>

export default meta
type Story = StoryObj<typeof meta>

const dialog = () => screen.getByRole('dialog', { name: 'Create checkout link' })

async function visible(find: () => Promise<HTMLElement> | HTMLElement) {
  await waitFor(async () => expect(await find()).toBeVisible())
}

/** Picks a product and submits. */
async function buy(product: RegExp) {
  await userEvent.click(await within(dialog()).findByRole('radio', { name: product }))
  await userEvent.click(within(dialog()).getByRole('button', { name: 'Create link' }))
}

export const PreselectedUser: Story = {
  args: { customer: { type: 'user', id: memoryCustomerId('user', 0) } },
  play: async () => {
    await visible(() => within(dialog()).findByRole('radio', { name: /Pro/ }))
  },
}

export const PreselectedTeam: Story = {
  args: { customer: { type: 'team', id: memoryCustomerId('team', 0) } },
  play: async () => {
    await visible(() => within(dialog()).findByRole('radio', { name: /Team starter/ }))
  },
}

export const PreselectedCustom: Story = {
  args: { customer: { type: 'custom', id: 'acme corp/eu' } },
}

/** The product is locked; "Choose customer" opens the customers table as a picker of the product's type. */
export const LockedProductWithPicker: Story = {
  args: { productId: 'team-starter' },
  play: async () => {
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Choose customer' }))
    const picker = await screen.findByRole('dialog', { name: 'Choose a customer' })
    const select = (await within(picker).findAllByRole('button', { name: /^Select / }))[0] as HTMLElement
    await userEvent.click(select)
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Choose a customer' })).toBeNull())
    await visible(() => within(dialog()).findByRole('button', { name: 'Change' }))
  },
}

/** Custom customers without activity are not listed: type an id and use it. */
export const CustomFreeFormId: Story = {
  args: { productId: 'api-basic' },
  play: async () => {
    await userEvent.click(await within(dialog()).findByRole('button', { name: 'Choose customer' }))
    const picker = await screen.findByRole('dialog', { name: 'Choose a customer' })
    await userEvent.type(within(picker).getByRole('searchbox'), 'acme-42')
    await userEvent.click(await within(picker).findByRole('button', { name: "Use customer 'acme-42'" }))
    await visible(() => within(dialog()).findByText('acme-42'))
  },
}

export const NeitherPreselected: Story = {
  args: {},
}

export const ResultView: Story = {
  args: { customer: { type: 'custom', id: 'acme-42' } },
  play: async () => {
    await buy(/API basic/)
    await visible(() => within(dialog()).findByRole('link', { name: /Open in new tab/ }))
    await expect(within(dialog()).getByText(/Expires in 24 hours/)).toBeInTheDocument()
  },
}

function rejecting(code: PaymentsErrorCode): () => PaymentsAdapter {
  return () => {
    const memory = createMemoryAdapter()
    return { ...memory, createCheckoutUrl: () => Promise.reject(new PaymentsError(code)) }
  }
}

function errorStory(code: PaymentsErrorCode): Story {
  return {
    args: { customer: { type: 'custom', id: 'acme-42' } },
    parameters: { payments: { makeAdapter: rejecting(code) } },
    play: async () => {
      await buy(/API basic/)
      await expect(await within(dialog()).findByRole('alert')).toHaveTextContent(DEFAULT_ERROR_MESSAGES[code])
      await expect(within(dialog()).getByRole('radio', { name: /API basic/ })).toBeChecked()
    },
  }
}

export const ErrorAlreadyOwned = errorStory('product_already_owned')
export const ErrorCustomerTypeMismatch = errorStory('customer_type_mismatch')
export const ErrorProductNotFound = errorStory('product_not_found')
export const ErrorServerOnlyProduct = errorStory('server_only_product')
export const ErrorPurchasesBlocked = errorStory('purchases_blocked')
export const ErrorPaymentsNotConfigured = errorStory('payments_not_configured')
export const ErrorReturnUrlNotAllowed = errorStory('return_url_not_allowed')
export const ErrorForbidden = errorStory('forbidden')
export const ErrorNetwork = errorStory('network')
export const ErrorUnsafeUrl: Story = {
  args: { customer: { type: 'custom', id: 'acme-42' } },
  parameters: {
    payments: { makeAdapter: () => ({ ...createMemoryAdapter(), createCheckoutUrl: async () => ({ url: 'javascript:alert(1)' }) }) },
  },
  play: async () => {
    await buy(/API basic/)
    await expect(await within(dialog()).findByRole('alert')).toHaveTextContent(DEFAULT_ERROR_MESSAGES.unsafe_checkout_url)
  },
}

export const Pending: Story = {
  args: { customer: { type: 'custom', id: 'acme-42' } },
  parameters: {
    payments: { makeAdapter: () => ({ ...createMemoryAdapter(), createCheckoutUrl: () => new Promise<never>(() => {}) }) },
  },
  play: async () => {
    await buy(/API basic/)
    await expect(await within(dialog()).findByRole('button', { name: 'Creating link…' })).toHaveAttribute('aria-busy', 'true')
  },
}

/** The shared dialog opened from a host's customers table row menu ("Create checkout" comes first). */
export const InHostRowMenu: Story = {
  args: { defaultOpen: false },
  render: () => <CustomerTable height={360} defaultType="team" />,
  play: async ({ canvasElement }) => {
    const triggers = await within(canvasElement).findAllByRole('button', { name: /^Actions for/ })
    await userEvent.click(triggers[0] as HTMLElement)
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Create checkout' }))
    await expect(await screen.findByRole('dialog', { name: 'Create checkout link' })).toHaveAttribute('data-mode', 'customer')
  },
}

function ProductCard({ id, name, price }: { id: string; name: string; price: string }) {
  return (
    <div style={{ border: '1px solid var(--hx-color-border)', borderRadius: 12, padding: 16, width: 220, display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <strong>{name}</strong>
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <IconButton label={`${name} actions`} size="sm" variant="ghost">
              <MoreHorizontalIcon />
            </IconButton>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            <DropdownMenuItem>Edit product</DropdownMenuItem>
            <CreateCheckoutMenuItem productId={id} />
          </DropdownMenuContent>
        </DropdownMenu>
      </div>
      <span style={{ color: 'var(--hx-color-muted-fg)' }}>{price}</span>
    </div>
  )
}

/** A host's product cards, each with a ⋯ menu that opens the dialog with the product locked. */
export const InProductCardMenu: Story = {
  args: { defaultOpen: false },
  render: () => (
    <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
      <ProductCard id="pro" name="Pro" price="$29.99 / month" />
      <ProductCard id="team-starter" name="Team starter" price="$49.00 / month" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Pro actions' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Create checkout' }))
    const opened = await screen.findByRole('dialog', { name: 'Create checkout link' })
    await expect(opened).toHaveAttribute('data-mode', 'product')
  },
}

/** A host's product page header with an ellipsis menu and a button. */
export const InProductPageMenu: Story = {
  args: { defaultOpen: false },
  render: () => (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
      <h1 style={{ margin: 0, fontSize: 20, flex: 1 }}>Enterprise onboarding</h1>
      <Button variant="outline">Edit</Button>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <IconButton label="More product actions" variant="ghost">
            <MoreHorizontalIcon />
          </IconButton>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <CreateCheckoutMenuItem productId="onboarding" />
          <DropdownMenuItem variant="destructive">Archive</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <CreateCheckoutButton productId="onboarding" variant="secondary" />
    </div>
  ),
}

export const Dark: Story = {
  args: { customer: { type: 'user', id: memoryCustomerId('user', 1) } },
  parameters: { payments: { theme: 'dark' } },
}

export const Narrow: Story = {
  args: { customer: { type: 'team', id: memoryCustomerId('team', 1) } },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [
    (Story) => (
      <div style={{ width: 360 }}>
        <Story />
      </div>
    ),
  ],
}
