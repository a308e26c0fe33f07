/**
 * `@hexclave/payments-ui/customer-selector`: the customer picker (`CustomerSelector`,
 * `useCustomerSelector`) and `SelectedCustomer`.
 *
 * A page that imports from this entry (and `/provider`) loads only these components' code; the
 * main entry (`@hexclave/payments-ui`) exports the same values. Issue 13, point 3.
 */
export { CustomerSelector } from '../components/customer-selector/customer-selector'
export type { CustomerSelectorProps } from '../components/customer-selector/customer-selector'
export { useCustomerSelector } from '../components/customer-selector/use-customer-selector'
export type { CustomerSelectorState, UseCustomerSelectorOptions } from '../components/customer-selector/use-customer-selector'
export { SelectedCustomer } from '../components/selected-customer/selected-customer'
export type { SelectedCustomerProps, SelectedCustomerStatus } from '../components/selected-customer/selected-customer'
