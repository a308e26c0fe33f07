/**
 * `@hexclave/payments-ui/customers-browser`: `CustomersBrowser` (table → customer view → back) and
 * `useCustomersBrowser`.
 *
 * A page that imports from this entry (and `/provider`) loads only these components' code; the
 * main entry (`@hexclave/payments-ui`) exports the same values. Issue 13, point 3.
 */
export { CustomersBrowser } from '../components/customers-browser/customers-browser'
export type { CustomersBrowserProps } from '../components/customers-browser/customers-browser'
export { useCustomersBrowser } from '../components/customers-browser/use-customers-browser'
export type {
  CustomersBrowserState,
  CustomersBrowserTableProps,
  UseCustomersBrowserOptions,
} from '../components/customers-browser/use-customers-browser'
