// The public entry of @hexclave/payments-ui: explicit named exports only.
import './styles.css'

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
export { PaymentsProvider } from './payments-provider'
export { usePaymentsAdapter } from './data/payments-provider'
export type { PaymentsProviderProps } from './data/payments-provider'
export type { ColorScheme } from './data/payments-context'
export { createPaymentsQueryClient } from './data/query-client'
export type { AsyncStatus, MutationStatus, ReadStatus } from './lib/async-status'
export type { AsyncSlots } from './ui/async-frame'

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
export { CustomerTableRoot } from './components/customer-table/customer-table-root'
export type { CustomerTableRootProps } from './components/customer-table/customer-table-root'
export {
  CustomerTableToolbar,
  CustomerTableTypeFilter,
  CustomerTableSearch,
  CustomerTableLiveRegion,
} from './components/customer-table/customer-table-toolbar'
export type {
  CustomerTableToolbarProps,
  CustomerTableTypeFilterProps,
  CustomerTableSearchProps,
  CustomerTableLiveRegionProps,
} from './components/customer-table/customer-table-toolbar'
export { CustomerTableGrid } from './components/customer-table/customer-table-grid'
export type { CustomerTableGridProps } from './components/customer-table/customer-table-grid'
export { useCustomerTableContext } from './components/customer-table/customer-table-context'
export type { CustomerTableRowOptions } from './components/customer-table/use-customer-table-view'
export { CustomerTypeSelect } from './components/customer-type-select/customer-type-select'
export type { CustomerTypeSelectProps } from './components/customer-type-select/customer-type-select'
export { useCustomerList } from './data/use-customer-list'
export type {
  CustomerListFetch,
  CustomerListPageError,
  CustomerListState,
  CustomerListStatus,
  UseCustomerListParams,
} from './data/use-customer-list'
export { useCustomerTypeCounts, useCustomerTypeTotals } from './data/use-customer-type-counts'
export type { CustomerTypeTotal, CustomerTypeTotalStatus } from './data/use-customer-type-counts'

// Create checkout
export { CreateCheckoutDialog } from './components/create-checkout/create-checkout-dialog'
export type { CreateCheckoutDialogProps } from './components/create-checkout/create-checkout-dialog'
export { useCreateCheckout } from './components/create-checkout/use-create-checkout'
export type {
  CheckoutFieldErrors,
  CheckoutRequest,
  CreateCheckoutOptions,
  CreateCheckoutState,
  CreateCheckoutStatus,
  UseCreateCheckoutOptions,
} from './components/create-checkout/use-create-checkout'
export { CreateCheckoutContent, CreateCheckoutHeader, CreateCheckoutRoot } from './components/create-checkout/create-checkout-root'
export type {
  CreateCheckoutContentProps,
  CreateCheckoutHeaderProps,
  CreateCheckoutRootProps,
} from './components/create-checkout/create-checkout-root'
export { CreateCheckoutProvider, useCreateCheckoutContext } from './components/create-checkout/create-checkout-context'
export type { CreateCheckoutProviderProps } from './components/create-checkout/create-checkout-context'
export {
  CreateCheckoutCancel,
  CreateCheckoutError,
  CreateCheckoutFooter,
  CreateCheckoutForm,
  CreateCheckoutSubmit,
  CreateCheckoutUnavailable,
} from './components/create-checkout/create-checkout-form'
export type {
  CreateCheckoutCancelProps,
  CreateCheckoutErrorProps,
  CreateCheckoutFooterProps,
  CreateCheckoutFormProps,
  CreateCheckoutSubmitProps,
  CreateCheckoutUnavailableProps,
} from './components/create-checkout/create-checkout-form'
export {
  CreateCheckoutCustomerField,
  CreateCheckoutPriceField,
  CreateCheckoutProductField,
  CreateCheckoutQuantityField,
  CreateCheckoutReturnUrlField,
} from './components/create-checkout/create-checkout-fields'
export type { CreateCheckoutControlFieldProps, CreateCheckoutFieldProps } from './components/create-checkout/create-checkout-fields'
export { CreateCheckoutResult } from './components/create-checkout/create-checkout-result'
export type { CreateCheckoutResultProps } from './components/create-checkout/create-checkout-result'
export { useCreateCheckoutDialog } from './components/create-checkout/checkout-dialog-context'
export type { CreateCheckoutDialogApi, OpenCreateCheckoutOptions } from './components/create-checkout/checkout-dialog-context'
export { CreateCheckoutButton, CreateCheckoutMenuItem } from './components/create-checkout/create-checkout-entry-points'
export type { CreateCheckoutButtonProps, CreateCheckoutMenuItemProps } from './components/create-checkout/create-checkout-entry-points'
export { CustomerSelector } from './components/customer-selector/customer-selector'
export type { CustomerSelectorProps } from './components/customer-selector/customer-selector'
export { useCustomerSelector } from './components/customer-selector/use-customer-selector'
export type { CustomerSelectorState, UseCustomerSelectorOptions } from './components/customer-selector/use-customer-selector'
export { SelectedCustomer } from './components/selected-customer/selected-customer'
export type { SelectedCustomerProps, SelectedCustomerStatus } from './components/selected-customer/selected-customer'
export { CustomersBrowser } from './components/customers-browser/customers-browser'
export type { CustomersBrowserProps } from './components/customers-browser/customers-browser'
export { useCustomersBrowser } from './components/customers-browser/use-customers-browser'
export type {
  CustomersBrowserState,
  CustomersBrowserTableProps,
  UseCustomersBrowserOptions,
} from './components/customers-browser/use-customers-browser'
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
} from './data/customer-queries'

// Customer payments
export { CustomerPaymentsSection } from './components/customer-payments/customer-payments-section'
export type { CustomerPaymentsSectionProps } from './components/customer-payments/customer-payments-section'
export type { CustomerPaymentsPartName, CustomerPaymentsSlots } from './components/customer-payments/sections/slots'
export { UserPayments, TeamPayments } from './components/customer-payments/user-payments'
export type { UserPaymentsProps, TeamPaymentsProps } from './components/customer-payments/user-payments'
export { useCustomerPayments } from './components/customer-payments/use-customer-payments'
export type {
  CustomerPaymentsActions,
  CustomerPaymentsOptionalPart,
  CustomerPaymentsPart,
  CustomerPaymentsState,
  CustomerPaymentsStatus,
  CustomerPaymentsTransactions as CustomerPaymentsTransactionsPart,
  OwnedProductPrice,
  UseCustomerPaymentsOptions,
} from './components/customer-payments/use-customer-payments'
export { CustomerPaymentsHeader } from './components/customer-payments/sections/header'
export type { CustomerPaymentsHeaderProps } from './components/customer-payments/sections/header'
export { CustomerPaymentsMetrics } from './components/customer-payments/sections/metrics'
export type { CustomerPaymentsMetricsProps } from './components/customer-payments/sections/metrics'
export { CustomerPaymentsProducts } from './components/customer-payments/sections/products'
export type { CustomerPaymentsProductsProps } from './components/customer-payments/sections/products'
export { CustomerPaymentsTransactions } from './components/customer-payments/sections/transactions'
export type { CustomerPaymentsTransactionsProps } from './components/customer-payments/sections/transactions'
export { CustomerPaymentsItems } from './components/customer-payments/sections/items'
export type { CustomerPaymentsItemsProps } from './components/customer-payments/sections/items'
export { CustomerPaymentsBilling } from './components/customer-payments/sections/billing'
export type { CustomerPaymentsBillingProps } from './components/customer-payments/sections/billing'
export type { CustomerPaymentsHeadingLevel } from './components/customer-payments/sections/section-frame'
export { priceSummary, productPriceSummary, trialSummary } from './lib/price-summary'
export type { PriceSummaryOptions } from './lib/price-summary'
export { GrantProductDialog } from './components/customer-payments/actions/grant-product-dialog'
export type { GrantProductDialogProps } from './components/customer-payments/actions/grant-product-dialog'
export { AdjustItemDialog } from './components/customer-payments/actions/adjust-item-dialog'
export type { AdjustItemDialogProps } from './components/customer-payments/actions/adjust-item-dialog'
export { CancelSubscriptionDialog } from './components/customer-payments/actions/cancel-subscription-dialog'
export type { CancelSubscriptionDialogProps } from './components/customer-payments/actions/cancel-subscription-dialog'
export { RefundTransactionDialog } from './components/customer-payments/actions/refund-transaction-dialog'
export type { RefundTransactionDialogProps } from './components/customer-payments/actions/refund-transaction-dialog'

// CSV export (issue 14): customers list and one customer's transactions
export { ExportCustomersButton } from './components/export/export-customers-button'
export type { ExportCustomersButtonProps } from './components/export/export-customers-button'
export { ExportTransactionsButton } from './components/export/export-transactions-button'
export type { ExportTransactionsButtonProps } from './components/export/export-transactions-button'
export { CsvExportControl, downloadBlob } from './components/export/csv-export-control'
export type { CsvExportButtonOptions, CsvExportControlProps } from './components/export/csv-export-control'
export { useExportCustomers } from './data/use-export-customers'
export { useExportTransactions } from './data/use-export-transactions'
export type { UseExportTransactionsOptions } from './data/use-export-transactions'
export { useCsvExport } from './data/use-csv-export'
export type { CsvExportState } from './data/use-csv-export'
export { CSV_MIME_TYPE, createCsvExport } from './data/csv-export'
export type { CsvExportJob, CsvExportSnapshot, CsvExportSource } from './data/csv-export'
export { CUSTOMER_CSV_COLUMNS, createCustomersExport, customerCsvRecord } from './data/export-customers'
export type { CustomersExportOptions, CustomersExportParams } from './data/export-customers'
export { TRANSACTION_CSV_COLUMNS, createTransactionsExport, transactionCsvRecords } from './data/export-transactions'
export type { TransactionsExportOptions } from './data/export-transactions'
export { CSV_BOM, csvDate, csvDecimal, csvField, csvRow, neutraliseFormula } from './lib/csv'
export type { CsvCell, CsvDecimal } from './lib/csv'
