import type { ReactNode } from 'react'
import { describeConformance } from '../conformance'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import type { CustomerRef, ProductCatalog } from '../../src/adapter/types'
import { PaymentsError } from '../../src/adapter/errors'
import { CreateCheckoutDialog } from '../../src/components/create-checkout/create-checkout-dialog'
import { CreateCheckoutMenuItem } from '../../src/components/create-checkout/create-checkout-menu-item'
import { CreateCheckoutContent, CreateCheckoutHeader, CreateCheckoutRoot } from '../../src/components/create-checkout/create-checkout-root'
import { CreateCheckoutProvider } from '../../src/components/create-checkout/create-checkout-context'
import {
  CreateCheckoutCancel,
  CreateCheckoutError,
  CreateCheckoutFooter,
  CreateCheckoutForm,
  CreateCheckoutSubmit,
  CreateCheckoutUnavailable,
} from '../../src/components/create-checkout/create-checkout-form'
import {
  CreateCheckoutCustomerField,
  CreateCheckoutPriceField,
  CreateCheckoutProductField,
  CreateCheckoutQuantityField,
  CreateCheckoutReturnUrlField,
} from '../../src/components/create-checkout/create-checkout-fields'
import { CreateCheckoutResult } from '../../src/components/create-checkout/create-checkout-result'
import type { CreateCheckoutState } from '../../src/components/create-checkout/use-create-checkout'
import { DropdownMenu, DropdownMenuContent, DropdownMenuTrigger } from '../../src/ui/dropdown-menu'

// The DOM contract (ref, className last, data-slot, other props spread) of every create-checkout
// part, the dialog and the menu item. Parts that show only in a given state (an error, a result, a
// product with several prices) get that state through CreateCheckoutProvider.

const adapter = createMemoryAdapter()
const catalog: ProductCatalog = await adapter.listProducts({ signal: new AbortController().signal })
const acme: CustomerRef = { type: 'custom', id: 'acme-42' }
const severalPrices = catalog.products.find((p) => p.prices.length > 1)
const stackable = catalog.products.find((p) => p.stackable)
const noop = () => {}

/** A form's state as `useCreateCheckout` would return it, with the given facts. */
function checkoutState(facts: Partial<CreateCheckoutState> = {}): CreateCheckoutState {
  return {
    mode: 'customer',
    customer: acme,
    setCustomer: noop,
    productId: null,
    setProductId: noop,
    product: null,
    catalog,
    catalogStatus: 'success',
    catalogError: null,
    retryCatalog: async () => {},
    ownedIds: new Set(),
    priceId: null,
    setPriceId: noop,
    price: null,
    quantity: 1,
    setQuantity: noop,
    returnUrl: '',
    setReturnUrl: noop,
    status: 'idle',
    error: null,
    fieldErrors: {},
    result: null,
    unavailable: null,
    submit: noop,
    reset: noop,
    abort: noop,
    ...facts,
  }
}

const provided = (children: ReactNode) => <PaymentsProvider adapter={adapter}>{children}</PaymentsProvider>
const inForm = (children: ReactNode, facts?: Partial<CreateCheckoutState>) =>
  provided(<CreateCheckoutProvider value={checkoutState(facts)}>{children}</CreateCheckoutProvider>)

describeConformance('CreateCheckoutDialog', {
  render: (props) => provided(<CreateCheckoutDialog defaultOpen customer={acme} {...props} />),
  slot: 'create-checkout-dialog',
  baseClass: 'hx-dialog-content',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutContent', {
  render: (props) =>
    provided(
      <CreateCheckoutRoot defaultOpen customer={acme}>
        <CreateCheckoutContent {...props} />
      </CreateCheckoutRoot>,
    ),
  slot: 'create-checkout-dialog',
  baseClass: 'hx-dialog-content',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutHeader', {
  render: (props) =>
    provided(
      <CreateCheckoutRoot defaultOpen customer={acme}>
        <CreateCheckoutContent>
          <CreateCheckoutHeader {...props} />
        </CreateCheckoutContent>
      </CreateCheckoutRoot>,
    ),
  slot: 'create-checkout-header',
  baseClass: 'hx-dialog-header',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutForm', {
  render: (props) => inForm(<CreateCheckoutForm {...props} />),
  slot: 'create-checkout-form',
  baseClass: 'hx-checkout-form',
  refType: HTMLFormElement,
})

describeConformance('CreateCheckoutCustomerField', {
  render: (props) => inForm(<CreateCheckoutCustomerField {...props} />),
  slot: 'create-checkout-customer',
  baseClass: 'hx-field',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutProductField', {
  render: (props) => inForm(<CreateCheckoutProductField {...props} />),
  slot: 'create-checkout-product',
  baseClass: 'hx-field',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutPriceField', {
  render: (props) => inForm(<CreateCheckoutPriceField {...props} />, { product: severalPrices ?? null, productId: severalPrices?.id ?? null }),
  slot: 'create-checkout-price',
  baseClass: 'hx-field',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutQuantityField', {
  render: (props) => inForm(<CreateCheckoutQuantityField {...props} />, { product: stackable ?? null, productId: stackable?.id ?? null }),
  slot: 'create-checkout-quantity',
  baseClass: 'hx-field',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutReturnUrlField', {
  render: (props) => inForm(<CreateCheckoutReturnUrlField {...props} />),
  slot: 'create-checkout-return-url',
  baseClass: 'hx-field',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutUnavailable', {
  render: (props) => inForm(<CreateCheckoutUnavailable {...props} />, { unavailable: 'This backend cannot create links for custom customers.' }),
  slot: 'create-checkout-unavailable',
  baseClass: 'hx-checkout-unavailable',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutError', {
  render: (props) => inForm(<CreateCheckoutError {...props} />, { status: 'error', error: new PaymentsError('network') }),
  slot: 'create-checkout-error',
  baseClass: 'hx-checkout-error',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutFooter', {
  render: (props) => inForm(<CreateCheckoutFooter {...props} />),
  slot: 'create-checkout-footer',
  baseClass: 'hx-dialog-footer',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutCancel', {
  render: (props) => inForm(<CreateCheckoutCancel {...props} />),
  slot: 'create-checkout-cancel',
  baseClass: 'hx-button',
  refType: HTMLButtonElement,
})

describeConformance('CreateCheckoutSubmit', {
  render: (props) => inForm(<CreateCheckoutSubmit {...props} />),
  slot: 'create-checkout-submit',
  baseClass: 'hx-button',
  refType: HTMLButtonElement,
})

describeConformance('CreateCheckoutResult', {
  render: (props) =>
    inForm(<CreateCheckoutResult {...props} />, {
      status: 'success',
      result: { url: 'https://checkout.example.com/c/123', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    }),
  slot: 'create-checkout-result',
  baseClass: 'hx-checkout-result',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutMenuItem', {
  render: (props) =>
    provided(
      <DropdownMenu open>
        <DropdownMenuTrigger>Actions</DropdownMenuTrigger>
        <DropdownMenuContent>
          <CreateCheckoutMenuItem customer={acme} {...props} />
        </DropdownMenuContent>
      </DropdownMenu>,
    ),
  slot: 'create-checkout-menu-item',
  baseClass: 'hx-menu-item',
  refType: HTMLDivElement,
})
