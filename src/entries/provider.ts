/**
 * `@hexclave/payments-ui/provider`: the adapter contract, `PaymentsProvider`, the data hooks and
 * the text and formatting helpers, which every other entry needs.
 *
 * Mounting `PaymentsProvider` loads no dialog code: the shared create-checkout dialog loads on its
 * first `open()`. The main entry (`@hexclave/payments-ui`) exports the same values. Issue 13, point 3.
 */
// Adapter contract
export type {
  AdapterCapability,
  AdapterFeature,
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
  OwnedPrice,
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
} from '../adapter/types'
export {
  DEFAULT_ERROR_MESSAGES,
  PAYMENTS_ERROR_CODES,
  PaymentsError,
  isAbortError,
  isPaymentsError,
} from '../adapter/errors'
export type { PaymentsErrorCode, PaymentsErrorOptions } from '../adapter/errors'
export { getCapabilities, parseResponse, validateAdapter } from '../adapter/validate'
export type { AdapterCapabilities } from '../adapter/validate'

// Provider and data layer
export { PaymentsProvider } from '../payments-provider'
export { usePaymentsAdapter } from '../data/payments-provider'
export type { PaymentsProviderProps } from '../data/payments-provider'
export type { ColorScheme } from '../data/payments-context'
export { createPaymentsQueryClient } from '../data/query-client'
export type { AsyncStatus, MutationStatus, ReadStatus } from '../lib/async-status'
export type { AsyncSlots } from '../ui/async-frame'

// Localisation and formatting (`defaultMessages` and `createTranslator`, which merge every area's
// messages, are in `/messages`)
export { errorMessage } from '../lib/messages'
export type { MessageKey, Messages, MessageValues, Translator } from '../lib/messages'
export { isSafeCheckoutUrl } from '../lib/url'
export { createIdempotencyKey } from '../lib/ids'
export { createFormatters } from '../lib/format'
export type { Formatters } from '../lib/format'

// Customer data hooks
export {
  useBilling,
  useCustomer,
  useCustomerMetrics,
  useItemBalances,
  useOwnedProducts,
  useProductCatalog,
  useTransactions,
  useGrantProduct,
  useChangeItemQuantity,
  useCancelSubscription,
  useRefundTransaction,
} from '../data/customer-queries'
