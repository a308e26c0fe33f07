/**
 * `@hexclave/payments-ui/customer-payments`: `CustomerPaymentsSection`, `UserPayments`,
 * `TeamPayments`, their parts and hook (the four action dialogs they open load on first use; to
 * render one yourself, import it from `/customer-payments-actions`).
 *
 * A page that imports from this entry (and `/provider`) loads only these components' code; the
 * main entry (`@hexclave/payments-ui`) exports the same values. Issue 13, point 3.
 */
export { CustomerPaymentsSection } from '../components/customer-payments/customer-payments-section'
export type { CustomerPaymentsSectionProps } from '../components/customer-payments/customer-payments-section'
export type { CustomerPaymentsPartName, CustomerPaymentsSlots } from '../components/customer-payments/sections/slots'
export { UserPayments, TeamPayments } from '../components/customer-payments/user-payments'
export type { UserPaymentsProps, TeamPaymentsProps } from '../components/customer-payments/user-payments'
export { useCustomerPayments } from '../components/customer-payments/use-customer-payments'
export type {
  CustomerPaymentsActions,
  CustomerPaymentsOptionalPart,
  CustomerPaymentsPart,
  CustomerPaymentsState,
  CustomerPaymentsStatus,
  CustomerPaymentsTransactions as CustomerPaymentsTransactionsPart,
  OwnedProductPrice,
  UseCustomerPaymentsOptions,
} from '../components/customer-payments/use-customer-payments'
export { CustomerPaymentsHeader } from '../components/customer-payments/sections/header'
export type { CustomerPaymentsHeaderProps } from '../components/customer-payments/sections/header'
export { CustomerPaymentsMetrics } from '../components/customer-payments/sections/metrics'
export type { CustomerPaymentsMetricsProps } from '../components/customer-payments/sections/metrics'
export { CustomerPaymentsProducts } from '../components/customer-payments/sections/products'
export type { CustomerPaymentsProductsProps } from '../components/customer-payments/sections/products'
export { CustomerPaymentsTransactions } from '../components/customer-payments/sections/transactions'
export type { CustomerPaymentsTransactionsProps } from '../components/customer-payments/sections/transactions'
export { CustomerPaymentsItems } from '../components/customer-payments/sections/items'
export type { CustomerPaymentsItemsProps } from '../components/customer-payments/sections/items'
export { CustomerPaymentsBilling } from '../components/customer-payments/sections/billing'
export type { CustomerPaymentsBillingProps } from '../components/customer-payments/sections/billing'
export type { CustomerPaymentsHeadingLevel } from '../components/customer-payments/sections/section-frame'
export { priceSummary, productPriceSummary, trialSummary } from '../lib/price-summary'
export type { PriceSummaryOptions } from '../lib/price-summary'
