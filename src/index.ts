// The public entry of @hexclave/payments-ui: explicit named exports only.
import './styles.css'

// Adapter contract
export type {
  AdapterCapability,
  AdapterMethod,
  BillingInfo,
  CancelSubscriptionParams,
  ChangeItemQuantityParams,
  CheckoutResult,
  CreateCheckoutParams,
  Customer,
  CustomerMetrics,
  CustomerPageParams,
  CustomerReadParams,
  CustomerRef,
  CustomerType,
  CustomerTypeFilter,
  GetCustomersParams,
  GrantProductParams,
  GrantProductResult,
  IncludedItem,
  Interval,
  ItemBalance,
  ItemDefinition,
  ItemQuantityChangeEntry,
  ListCustomersParams,
  ListProductsParams,
  MoneyTransferEntry,
  MutationParams,
  OwnedProduct,
  Page,
  PageParams,
  PageTotal,
  PaymentMethod,
  PaymentsAdapter,
  Price,
  Product,
  ProductCatalog,
  ProductGrantEntry,
  ProductLine,
  ProductRevocationEntry,
  ProductSnapshot,
  ReadParams,
  RefundState,
  RefundTransactionParams,
  RequiredAdapterMethod,
  SubscriptionState,
  Transaction,
  TransactionEntry,
  TransactionType,
} from './adapter/types'
export {
  DEFAULT_ERROR_MESSAGES,
  PAYMENTS_ERROR_CODES,
  PaymentsError,
  isAbortError,
  isPaymentsError,
} from './adapter/errors'
export type { PaymentsErrorCode, PaymentsErrorOptions } from './adapter/errors'
export { getCapabilities, parseResponse, validateAdapter } from './adapter/validate'
export type { AdapterCapabilities } from './adapter/validate'

// Provider and data layer
export { PaymentsProvider, usePaymentsAdapter } from './data/payments-provider'
export type { PaymentsProviderProps } from './data/payments-provider'
export type { ColorScheme } from './data/payments-context'
export { createPaymentsQueryClient } from './data/query-client'

// Localisation and formatting
export { createTranslator, defaultMessages, errorMessage } from './lib/messages'
export type { MessageKey, Messages, MessageValues, Translator } from './lib/messages'
export { isSafeCheckoutUrl } from './lib/url'
export { createIdempotencyKey } from './lib/ids'
export { createFormatters } from './lib/format'
export type { Formatters } from './lib/format'

// Customers table
export { CustomerTable } from './components/customer-table/customer-table'
export type { CustomerTableProps } from './components/customer-table/customer-table'
export type { CustomerRowAction, CustomerTableColumnId } from './components/customer-table/customer-table-columns'
export { useCustomerTable } from './components/customer-table/use-customer-table'
export type { CustomerTableState, UseCustomerTableOptions } from './components/customer-table/use-customer-table'
export { CustomerTypeSelect } from './components/customer-type-select/customer-type-select'
export type { CustomerTypeSelectProps } from './components/customer-type-select/customer-type-select'
export { useCustomerList } from './data/use-customer-list'
export type { CustomerListState, CustomerListStatus, UseCustomerListParams } from './data/use-customer-list'
export { useCustomerTypeCounts } from './data/use-customer-type-counts'
