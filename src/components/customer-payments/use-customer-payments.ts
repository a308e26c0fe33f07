import { useCallback, useEffect, useMemo } from 'react'
import type {
  BillingInfo,
  Customer,
  CustomerMetrics,
  CustomerRef,
  CustomerType,
  ItemBalance,
  OwnedProduct,
  Transaction,
} from '../../adapter/types'
import type { AdapterCapabilities } from '../../adapter/validate'
import {
  useBilling,
  useCustomer,
  useCustomerMetrics,
  useItemBalances,
  useOwnedProducts,
  useProductCatalog,
  useTransactions,
} from '../../data/customer-queries'
import { usePaymentsContext } from '../../data/payments-context'
import { isCancelable, isRefundable, ownedProductPrice, type OwnedProductPrice } from '../../lib/payments'
import { readStatus, type ReadStatus } from '../../lib/async-status'

export type { OwnedProductPrice } from '../../lib/payments'
export { hasMoney, transactionAmounts } from '../../lib/payments'

/**
 * Where one sub-section stands: the library's read statuses ({@link ReadStatus}), checked in this
 * order: `loading` (nothing yet) → `error` (nothing loaded, with `retry`) → `empty` → `success`.
 * A further page loading is `success` with `isLoadingMore` (it used to be a `loadingMore` status).
 *
 * @deprecated Use `ReadStatus`; kept so existing imports keep compiling.
 */
export type CustomerPaymentsStatus = ReadStatus

/** One independently loading sub-section of the customer payments view. */
export interface CustomerPaymentsPart<T> {
  /** `loading` → `error` → `empty` → `success` (see `ReadStatus`). */
  status: ReadStatus
  /** What loaded (kept while a refetch runs). */
  data: T
  /** The failure shown when `status` is `error`. */
  error: Error | null
  /** `true` while any request of this part is in flight (initial, retry or background refresh). */
  isFetching: boolean
  /** `true` while a further page loads (products: the remaining pages; transactions: "Load more"). */
  isLoadingMore: boolean
  /** Loads again after a failure; settles when that load has (a call while it runs joins it). */
  retry: () => Promise<void>
}

/** The transactions part: newest first, cursor-paged. */
export interface CustomerPaymentsTransactions extends CustomerPaymentsPart<Transaction[]> {
  /** Whether another page exists. */
  hasMore: boolean
  /** Loads the next page (no-op while one loads or when there is none). */
  loadMore: () => void
  /** Failure of the last "load more" (the rows already loaded stay). */
  loadMoreError: Error | null
}

/** A part that exists only when the adapter has its capability. */
export interface CustomerPaymentsOptionalPart<T> extends CustomerPaymentsPart<T> {
  /**
   * Whether the adapter has the capability. When `false` nothing is fetched and `status` stays
   * `loading`: check `enabled` first and hide the part (never fake it).
   */
  enabled: boolean
}

/** Which actions may be shown (capability present and not read-only). */
export interface CustomerPaymentsActions {
  grantProduct: boolean
  changeItemQuantity: boolean
  cancelSubscription: boolean
  refundTransaction: boolean
}

/** Options of {@link useCustomerPayments}. */
export interface UseCustomerPaymentsOptions {
  /** The customer's type. */
  customerType: CustomerType
  /** The customer's id (a UUID for users and teams, any string for custom customers). */
  customerId: string
  /** Never offer actions, whatever the adapter can do. @default false */
  readOnly?: boolean
}

/** Everything the customer payments view shows, part by part. */
export interface CustomerPaymentsState {
  /** The customer as a reference (stable while type and id stay the same). */
  customer: CustomerRef
  /** Name, email and avatar; `empty` (and `data` `null`) for a user or team the adapter does not know. */
  identity: CustomerPaymentsPart<Customer | null>
  /** Derived figures (capability `getCustomerMetrics`). */
  metrics: CustomerPaymentsOptionalPart<CustomerMetrics | null>
  /** Products and subscriptions the customer owns (every page). */
  products: CustomerPaymentsPart<OwnedProduct[]>
  /** The customer's transactions. */
  transactions: CustomerPaymentsTransactions
  /** Item balances (may be negative). */
  items: CustomerPaymentsPart<ItemBalance[]>
  /** Default payment method (capability `getBilling`); `empty` when there is none. */
  billing: CustomerPaymentsOptionalPart<BillingInfo | null>
  /** The adapter's capabilities. */
  capabilities: AdapterCapabilities
  /** Actions to offer: capability present and not `readOnly`. */
  actions: CustomerPaymentsActions
  /**
   * Why an action is not offered although the view is not `readOnly`: the adapter's own reason
   * (`PaymentsAdapter.unavailable`), e.g. "The SDK's server app cannot cancel subscriptions."
   */
  unavailable: Partial<Record<keyof CustomerPaymentsActions, string>>
  /** The name of an item: catalog, then balances, then the id. */
  itemName: (itemId: string) => string
  /** What is known about an owned product's price (from the loaded purchases and its snapshot). */
  priceOf: (product: OwnedProduct) => OwnedProductPrice
  /** Whether "Cancel subscription" applies: an active, cancelable subscription not already cancelling. */
  canCancel: (product: OwnedProduct) => boolean
  /** Whether "Refund" applies: a purchase that moved money, not in test mode, not refunded. */
  canRefund: (transaction: Transaction) => boolean
  /** Whether a product is one "Cancel subscription" would apply to, were the action offered. */
  isCancelable: (product: OwnedProduct) => boolean
  /** Whether a transaction is one "Refund" would apply to, were the action offered. */
  isRefundable: (transaction: Transaction) => boolean
}

interface QueryLike<T> {
  data: T | undefined
  error: Error | null
  isFetching: boolean
  refetch: (options?: { cancelRefetch?: boolean }) => Promise<unknown>
}

function partOf<T, D>(query: QueryLike<T>, empty: (data: T) => boolean, fallback: D): CustomerPaymentsPart<T | D> {
  const { data, error, isFetching } = query
  const status = readStatus({ hasData: data !== undefined, isEmpty: data !== undefined && empty(data), error })
  return {
    status,
    data: data === undefined ? fallback : data,
    error: data === undefined ? error : null,
    isFetching,
    isLoadingMore: false,
    // A second click joins the running request instead of cancelling and restarting it; the
    // promise keeps an ErrorState's Retry pending until it settles.
    retry: () => query.refetch({ cancelRefetch: false }).then(() => undefined),
  }
}

const EMPTY_LIST: never[] = []

/**
 * The headless state of the customer payments view: identity, metrics, products, transactions,
 * item balances and billing of one customer, each loading (and failing, and retrying) on its own,
 * plus the capabilities and which actions apply. `CustomerPaymentsSection` renders it; build your
 * own view on it the same way.
 *
 * @example
 * function SpendSummary({ userId }: { userId: string }) {
 *   const { metrics, transactions } = useCustomerPayments({ customerType: 'user', customerId: userId })
 *   if (!metrics.enabled || metrics.status !== 'success') return null
 *   return <p>{Object.keys(metrics.data?.totalSpent ?? {}).join(', ')} · {transactions.data.length} loaded</p>
 * }
 */
export function useCustomerPayments({ customerType, customerId, readOnly = false }: UseCustomerPaymentsOptions): CustomerPaymentsState {
  const { capabilities } = usePaymentsContext('useCustomerPayments')
  const customer = useMemo<CustomerRef>(() => ({ type: customerType, id: customerId }), [customerType, customerId])

  const identityQuery = useCustomer(customer)
  const ownedQuery = useOwnedProducts(customer)
  const transactionsQuery = useTransactions(customer)
  const itemsQuery = useItemBalances(customer)
  const metricsQuery = useCustomerMetrics(customer)
  const billingQuery = useBilling(customer)
  const catalogQuery = useProductCatalog(customerType)

  // Owned products are bounded: load every page.
  const { hasNextPage: ownedHasMore, isFetchingNextPage: ownedLoadingMore, isError: ownedFailed, fetchNextPage: fetchMoreOwned } = ownedQuery
  useEffect(() => {
    if (ownedHasMore && !ownedLoadingMore && !ownedFailed) void fetchMoreOwned()
  }, [ownedHasMore, ownedLoadingMore, ownedFailed, fetchMoreOwned])

  // A user or team the adapter does not know is `empty` ("Unknown customer").
  const identity = partOf(identityQuery, (found) => found === null, null)

  const metrics: CustomerPaymentsOptionalPart<CustomerMetrics | null> = {
    ...partOf(metricsQuery, (m) => m.transactionCount === 0 && m.productsOwned === 0 && m.activeSubscriptions === 0, null),
    enabled: capabilities.metrics,
  }

  const ownedData = ownedQuery.data === undefined ? undefined : ownedQuery.items
  const products = partOf(
    { data: ownedData, error: ownedQuery.error, isFetching: ownedQuery.isFetching, refetch: ownedQuery.refetch },
    (list) => list.length === 0,
    EMPTY_LIST,
  )
  // The first page shows at once; the part stays busy until every page is in.
  if (products.status === 'success' && ownedQuery.hasNextPage) products.isLoadingMore = true

  const {
    fetchNextPage: fetchMoreTransactions,
    hasNextPage: transactionsHaveMore,
    isFetchingNextPage: transactionsLoadingMore,
    isFetchNextPageError,
  } = transactionsQuery
  const loadMore = useCallback(() => {
    if (transactionsHaveMore && !transactionsLoadingMore) void fetchMoreTransactions()
  }, [transactionsHaveMore, transactionsLoadingMore, fetchMoreTransactions])
  const transactionsPart = partOf(
    {
      data: transactionsQuery.data === undefined ? undefined : transactionsQuery.items,
      error: transactionsQuery.error,
      isFetching: transactionsQuery.isFetching,
      refetch: transactionsQuery.refetch,
    },
    (list) => list.length === 0,
    EMPTY_LIST,
  )
  const transactions: CustomerPaymentsTransactions = {
    ...transactionsPart,
    isLoadingMore: transactionsPart.status === 'success' && transactionsLoadingMore,
    hasMore: Boolean(transactionsHaveMore),
    loadMore,
    loadMoreError: transactionsQuery.data !== undefined && isFetchNextPageError ? transactionsQuery.error : null,
  }

  const items = partOf(itemsQuery, (list) => list.length === 0, EMPTY_LIST)

  const billing: CustomerPaymentsOptionalPart<BillingInfo | null> = {
    ...partOf(billingQuery, (b) => b.defaultPaymentMethod === null, null),
    enabled: capabilities.billing,
  }

  const catalogItems = catalogQuery.data?.items
  const balances = itemsQuery.data
  const itemName = useCallback(
    (itemId: string) =>
      catalogItems?.find((item) => item.id === itemId)?.displayName ??
      balances?.find((item) => item.itemId === itemId)?.displayName ??
      itemId,
    [catalogItems, balances],
  )

  const loadedTransactions = transactionsQuery.items
  const priceOf = useCallback((product: OwnedProduct): OwnedProductPrice => ownedProductPrice(product, loadedTransactions), [loadedTransactions])

  const actions = useMemo<CustomerPaymentsActions>(
    () => ({
      grantProduct: capabilities.grantProduct && !readOnly,
      changeItemQuantity: capabilities.changeItemQuantity && !readOnly,
      cancelSubscription: capabilities.cancelSubscription && !readOnly,
      refundTransaction: capabilities.refundTransaction && !readOnly,
    }),
    [capabilities, readOnly],
  )

  const unavailable = useMemo(() => {
    const reasons: Partial<Record<keyof CustomerPaymentsActions, string>> = {}
    if (readOnly) return reasons
    for (const action of ['grantProduct', 'changeItemQuantity', 'cancelSubscription', 'refundTransaction'] as const) {
      const reason = capabilities.unavailable[action]
      if (!capabilities[action] && reason) reasons[action] = reason
    }
    return reasons
  }, [capabilities, readOnly])

  const canCancel = useCallback((product: OwnedProduct) => actions.cancelSubscription && isCancelable(product), [actions.cancelSubscription])
  const canRefund = useCallback((transaction: Transaction) => actions.refundTransaction && isRefundable(transaction), [actions.refundTransaction])

  return {
    customer,
    identity,
    metrics,
    products,
    transactions,
    items,
    billing,
    capabilities,
    actions,
    unavailable,
    itemName,
    priceOf,
    canCancel,
    canRefund,
    isCancelable,
    isRefundable,
  }
}
