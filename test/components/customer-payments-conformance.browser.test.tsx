import type { ReactElement, ReactNode } from 'react'
import { describeConformance } from '../conformance'
import { PaymentsProvider } from '../../src/payments-provider'
import type { ItemBalance, OwnedProduct } from '../../src/adapter/types'
import { TeamPayments } from '../../src/components/customer-payments/user-payments'
import { useCustomerPayments, type CustomerPaymentsState } from '../../src/components/customer-payments/use-customer-payments'
import { CustomerPaymentsHeader } from '../../src/components/customer-payments/sections/header'
import { CustomerPaymentsMetrics } from '../../src/components/customer-payments/sections/metrics'
import { CustomerPaymentsProducts } from '../../src/components/customer-payments/sections/products'
import { CustomerPaymentsTransactions } from '../../src/components/customer-payments/sections/transactions'
import { CustomerPaymentsItems } from '../../src/components/customer-payments/sections/items'
import { CustomerPaymentsBilling } from '../../src/components/customer-payments/sections/billing'
import { GrantProductDialog } from '../../src/components/customer-payments/actions/grant-product-dialog'
import { AdjustItemDialog } from '../../src/components/customer-payments/actions/adjust-item-dialog'
import { CancelSubscriptionDialog } from '../../src/components/customer-payments/actions/cancel-subscription-dialog'
import { RefundTransactionDialog } from '../../src/components/customer-payments/actions/refund-transaction-dialog'
import { defaultAdapter, purchase, snapshot, TEAM, USER } from '../../stories/fixtures/customer-payments'

// The DOM contract (ref, className last, data-slot, other props spread) of the payments parts a
// host composes, TeamPayments, and the action dialogs (ref and props on the dialog panel).

const provided = (children: ReactNode) => <PaymentsProvider adapter={defaultAdapter()}>{children}</PaymentsProvider>

/** Renders a part on the payments state of the seeded user, as a host page would. */
function OnPayments({ children }: { children: (payments: CustomerPaymentsState) => ReactElement }) {
  return children(useCustomerPayments({ customerType: USER.type, customerId: USER.id }))
}

describeConformance('TeamPayments', {
  render: (props) => provided(<TeamPayments teamId={TEAM.id} {...props} />),
  slot: 'customer-payments',
  baseClass: 'hx-customer-payments',
  refType: HTMLDivElement,
})

describeConformance('CustomerPaymentsHeader', {
  render: (props) => provided(<OnPayments>{(payments) => <CustomerPaymentsHeader payments={payments} {...props} />}</OnPayments>),
  slot: 'customer-payments-header',
  baseClass: 'hx-cp-header',
  refType: HTMLElement,
})

const sections = [
  ['CustomerPaymentsMetrics', 'metrics', CustomerPaymentsMetrics],
  ['CustomerPaymentsProducts', 'products', CustomerPaymentsProducts],
  ['CustomerPaymentsTransactions', 'transactions', CustomerPaymentsTransactions],
  ['CustomerPaymentsItems', 'items', CustomerPaymentsItems],
  ['CustomerPaymentsBilling', 'billing', CustomerPaymentsBilling],
] as const

for (const [name, part, Part] of sections) {
  describeConformance(name, {
    render: (props) => provided(<OnPayments>{(payments) => <Part payments={payments} {...props} />}</OnPayments>),
    slot: `customer-payments-${part}`,
    baseClass: 'hx-cp-section',
    refType: HTMLElement,
  })
}

const credits: ItemBalance = { itemId: 'credits', displayName: 'Credits', quantity: 500 }
const pro: OwnedProduct = {
  id: 'pro',
  quantity: 1,
  kind: 'subscription',
  product: snapshot('pro'),
  subscription: { id: 'pro', status: 'active', currentPeriodEnd: '2026-12-01T09:00:00Z', cancelAtPeriodEnd: false, isCancelable: true },
}
const proPurchase = purchase({ id: 'pro', customer: USER, productId: 'pro', priceId: 'monthly', amount: { USD: '29.99' }, at: '2026-08-01T09:00:00Z', subscription: true })
const noop = () => {}

describeConformance('GrantProductDialog', {
  render: (props) => provided(<GrantProductDialog customer={USER} open onOpenChange={noop} {...props} />),
  slot: 'grant-product-dialog',
  baseClass: 'hx-action-dialog',
  refType: HTMLDivElement,
})

describeConformance('AdjustItemDialog', {
  render: (props) => provided(<AdjustItemDialog customer={USER} item={credits} open onOpenChange={noop} {...props} />),
  slot: 'adjust-item-dialog',
  baseClass: 'hx-action-dialog',
  refType: HTMLDivElement,
})

describeConformance('CancelSubscriptionDialog', {
  render: (props) => provided(<CancelSubscriptionDialog customer={USER} product={pro} open onOpenChange={noop} {...props} />),
  slot: 'cancel-subscription-dialog',
  baseClass: 'hx-action-dialog',
  refType: HTMLDivElement,
})

describeConformance('RefundTransactionDialog', {
  render: (props) => provided(<RefundTransactionDialog customer={USER} transaction={proPurchase} open onOpenChange={noop} {...props} />),
  slot: 'refund-transaction-dialog',
  baseClass: 'hx-action-dialog',
  refType: HTMLDivElement,
})
