import { describeConformance } from '../conformance'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter, memoryCustomerId } from '../../src/adapters/memory'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { CustomersBrowser } from '../../src/components/customers-browser/customers-browser'
import { CustomerSelector } from '../../src/components/customer-selector/customer-selector'
import { SelectedCustomer } from '../../src/components/selected-customer/selected-customer'
import { CustomerTypeSelect } from '../../src/components/customer-type-select/customer-type-select'
import { CustomerPaymentsSection } from '../../src/components/customer-payments/customer-payments-section'
import { UserPayments } from '../../src/components/customer-payments/user-payments'
import { CreateCheckoutButton } from '../../src/components/create-checkout/create-checkout-entry-points'
import type { ReactNode } from 'react'

// The DOM contract of every public component (ref, className last, data-slot, other props spread),
// the same one the ui/ primitives keep.

const user = { type: 'user' as const, id: memoryCustomerId('user', 0) }
const adapter = createMemoryAdapter()
const provided = (children: ReactNode) => <PaymentsProvider adapter={adapter}>{children}</PaymentsProvider>

describeConformance('CustomerTable', {
  render: (props) => provided(<CustomerTable height={300} {...props} />),
  slot: 'customer-table',
  baseClass: 'hx-customer-table',
  refType: HTMLDivElement,
})

describeConformance('CustomersBrowser', {
  render: (props) => provided(<CustomersBrowser height={300} {...props} />),
  slot: 'customers-browser',
  baseClass: 'hx-customers-browser',
  refType: HTMLDivElement,
})

describeConformance('CustomerSelector', {
  render: (props) => provided(<CustomerSelector defaultValue={user} {...props} />),
  slot: 'customer-selector',
  baseClass: 'hx-customer-selector',
  refType: HTMLDivElement,
})

describeConformance('SelectedCustomer', {
  render: (props) => provided(<SelectedCustomer customer={user} {...props} />),
  slot: 'selected-customer',
  baseClass: 'hx-selected-customer',
  refType: HTMLDivElement,
})

describeConformance('CustomerTypeSelect', {
  render: (props) => provided(<CustomerTypeSelect {...props} />),
  slot: 'customer-type-select',
  baseClass: 'hx-type-select',
  refType: HTMLDivElement,
})

describeConformance('CustomerPaymentsSection', {
  render: (props) => provided(<CustomerPaymentsSection customerType="user" customerId={user.id} {...props} />),
  slot: 'customer-payments',
  baseClass: 'hx-customer-payments',
  refType: HTMLDivElement,
})

describeConformance('UserPayments', {
  render: (props) => provided(<UserPayments userId={user.id} {...props} />),
  slot: 'customer-payments',
  baseClass: 'hx-customer-payments',
  refType: HTMLDivElement,
})

describeConformance('CreateCheckoutButton', {
  render: (props) => provided(<CreateCheckoutButton customer={user} {...props} />),
  slot: 'create-checkout-button',
  baseClass: 'hx-button',
  refType: HTMLButtonElement,
})
