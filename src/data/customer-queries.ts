import { useMemo } from 'react'
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query'
import type {
  CancelSubscriptionParams,
  ChangeItemQuantityParams,
  Customer,
  CustomerRef,
  CustomerType,
  GrantProductParams,
  GrantProductResult,
  OwnedProduct,
  Page,
  RefundTransactionParams,
  Transaction,
} from '../adapter/types'
import { PaymentsError, isPaymentsError, type PaymentsErrorCode } from '../adapter/errors'
import { usePaymentsContext, type PaymentsContextValue } from './payments-context'

type Scope = PaymentsContextValue['queryScope']

/** Query keys: everything about one customer shares a prefix, so one invalidation refreshes it all. */
export const paymentsKeys = {
  customer: (scope: Scope, ref: CustomerRef) => [...scope, 'customer', ref.type, ref.id] as const,
  identity: (scope: Scope, ref: CustomerRef) => [...paymentsKeys.customer(scope, ref), 'identity'] as const,
  ownedProducts: (scope: Scope, ref: CustomerRef) => [...paymentsKeys.customer(scope, ref), 'owned-products'] as const,
  itemBalances: (scope: Scope, ref: CustomerRef) => [...paymentsKeys.customer(scope, ref), 'item-balances'] as const,
  transactions: (scope: Scope, ref: CustomerRef) => [...paymentsKeys.customer(scope, ref), 'transactions'] as const,
  metrics: (scope: Scope, ref: CustomerRef) => [...paymentsKeys.customer(scope, ref), 'metrics'] as const,
  billing: (scope: Scope, ref: CustomerRef) => [...paymentsKeys.customer(scope, ref), 'billing'] as const,
  catalog: (scope: Scope, type: CustomerType | 'all') => [...scope, 'catalog', type] as const,
  customerLists: (scope: Scope) => [...scope, 'customers'] as const,
  customerCounts: (scope: Scope) => [...scope, 'customer-count'] as const,
}

const OWNED_PAGE = 100
const TRANSACTIONS_PAGE = 20

/**
 * One customer by reference (label, avatar, email). `null` when the adapter does not know a user
 * or team; custom customers always resolve.
 *
 * @example
 * const { data: customer } = useCustomer({ type: 'team', id })
 */
export function useCustomer(ref: CustomerRef | null) {
  const { adapter, queryClient, queryScope } = usePaymentsContext('useCustomer')
  return useQuery<Customer | null>(
    {
      queryKey: ref ? paymentsKeys.identity(queryScope, ref) : [...queryScope, 'customer', 'none'],
      enabled: ref !== null,
      queryFn: async ({ signal }) => {
        if (!ref) return null
        const [customer] = await adapter.getCustomers({ refs: [ref], signal })
        return customer ?? null
      },
    },
    queryClient,
  )
}

/** Products a customer owns (all pages, 100 at a time). */
export function useOwnedProducts(ref: CustomerRef, options: { enabled?: boolean } = {}) {
  const { adapter, queryClient, queryScope } = usePaymentsContext('useOwnedProducts')
  const query = useInfiniteQuery<Page<OwnedProduct>, Error, InfiniteData<Page<OwnedProduct>, string | null>, readonly unknown[], string | null>(
    {
      queryKey: paymentsKeys.ownedProducts(queryScope, ref),
      enabled: options.enabled ?? true,
      initialPageParam: null,
      queryFn: ({ pageParam, signal }) =>
        adapter.listOwnedProducts({ customer: ref, cursor: pageParam, limit: OWNED_PAGE, signal }),
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    },
    queryClient,
  )
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data])
  return { ...query, items }
}

/** A customer's transactions, newest first, 20 at a time. */
export function useTransactions(ref: CustomerRef) {
  const { adapter, queryClient, queryScope } = usePaymentsContext('useTransactions')
  const query = useInfiniteQuery<Page<Transaction>, Error, InfiniteData<Page<Transaction>, string | null>, readonly unknown[], string | null>(
    {
      queryKey: paymentsKeys.transactions(queryScope, ref),
      initialPageParam: null,
      queryFn: ({ pageParam, signal }) =>
        adapter.listTransactions({ customer: ref, cursor: pageParam, limit: TRANSACTIONS_PAGE, signal }),
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    },
    queryClient,
  )
  const items = useMemo(() => {
    // Newer transactions shift offset cursors: keep each transaction once.
    const byId = new Map<string, Transaction>()
    for (const page of query.data?.pages ?? []) for (const t of page.items) if (!byId.has(t.id)) byId.set(t.id, t)
    return [...byId.values()]
  }, [query.data])
  return { ...query, items }
}

/** A customer's item balances (may be negative). */
export function useItemBalances(ref: CustomerRef) {
  const { adapter, queryClient, queryScope } = usePaymentsContext('useItemBalances')
  return useQuery(
    {
      queryKey: paymentsKeys.itemBalances(queryScope, ref),
      queryFn: ({ signal }) => adapter.listItemBalances({ customer: ref, signal }),
    },
    queryClient,
  )
}

/** Derived figures; disabled (and `isEnabled: false`) when the adapter has no metrics capability. */
export function useCustomerMetrics(ref: CustomerRef) {
  const { adapter, queryClient, queryScope, capabilities } = usePaymentsContext('useCustomerMetrics')
  return useQuery(
    {
      queryKey: paymentsKeys.metrics(queryScope, ref),
      enabled: capabilities.metrics,
      queryFn: ({ signal }) => {
        if (!adapter.getCustomerMetrics) throw new PaymentsError('not_implemented', { method: 'getCustomerMetrics' })
        return adapter.getCustomerMetrics({ customer: ref, signal })
      },
    },
    queryClient,
  )
}

/** Default payment method; disabled when the adapter has no billing capability. */
export function useBilling(ref: CustomerRef) {
  const { adapter, queryClient, queryScope, capabilities } = usePaymentsContext('useBilling')
  return useQuery(
    {
      queryKey: paymentsKeys.billing(queryScope, ref),
      enabled: capabilities.billing,
      queryFn: ({ signal }) => {
        if (!adapter.getBilling) throw new PaymentsError('not_implemented', { method: 'getBilling' })
        return adapter.getBilling({ customer: ref, signal })
      },
    },
    queryClient,
  )
}

/** The products, product lines and items of one customer type (or all). */
export function useProductCatalog(customerType: CustomerType | undefined, options: { enabled?: boolean } = {}) {
  const { adapter, queryClient, queryScope } = usePaymentsContext('useProductCatalog')
  return useQuery(
    {
      queryKey: paymentsKeys.catalog(queryScope, customerType ?? 'all'),
      enabled: options.enabled ?? true,
      staleTime: 5 * 60_000,
      queryFn: ({ signal }) => adapter.listProducts({ customerType, signal }),
    },
    queryClient,
  )
}

/** After a change, refetch everything about the customer and the customer lists (a grant can make a custom customer appear). */
export function invalidateCustomer(queryClient: QueryClient, scope: Scope, ref: CustomerRef): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: paymentsKeys.customer(scope, ref) }),
    queryClient.invalidateQueries({ queryKey: paymentsKeys.customerLists(scope) }),
    queryClient.invalidateQueries({ queryKey: paymentsKeys.customerCounts(scope) }),
  ]).then(() => undefined)
}

type WithoutCustomer<T> = Omit<T, 'customer' | 'signal'>

/**
 * Failures that mean the customer's data changed behind our back (someone else granted, refunded
 * or cancelled meanwhile): refresh it, so the section and the still-open dialog agree with the
 * message. The dialog keeps what the user entered either way.
 */
const STALE_CUSTOMER_CODES: ReadonlySet<PaymentsErrorCode> = new Set<PaymentsErrorCode>([
  'product_already_owned',
  'already_refunded',
  'not_refundable',
  'not_cancelable',
  'not_found',
  'item_not_found',
  'insufficient_quantity',
])

/** Failures that mean the product catalog changed (a product removed, made server-only or retyped). */
const STALE_CATALOG_CODES: ReadonlySet<PaymentsErrorCode> = new Set<PaymentsErrorCode>([
  'product_not_found',
  'server_only_product',
  'customer_type_mismatch',
])

/**
 * The one stale-view policy of every mutation, checkout included: when the backend's answer says
 * our cached view of the customer or of the catalog is out of date, refresh that view (what the
 * user entered is kept by the form). Any other failure refreshes nothing.
 */
export function refreshStaleView(context: Pick<PaymentsContextValue, 'queryClient' | 'queryScope'>, ref: CustomerRef, error: unknown): void {
  if (!isPaymentsError(error)) return
  const { queryClient, queryScope } = context
  if (STALE_CUSTOMER_CODES.has(error.code)) {
    void queryClient.invalidateQueries({ queryKey: paymentsKeys.customer(queryScope, ref) })
  } else if (STALE_CATALOG_CODES.has(error.code)) {
    void queryClient.invalidateQueries({ queryKey: [...queryScope, 'catalog'] })
  }
}

function useCustomerMutation<TParams, TResult>(
  name: string,
  ref: CustomerRef,
  run: (context: PaymentsContextValue, params: TParams) => Promise<TResult>,
) {
  const context = usePaymentsContext(name)
  return useMutation<TResult, Error, TParams>(
    {
      mutationFn: (params) => run(context, params),
      // Pessimistic: the UI shows pending until the adapter answers, then everything affected refreshes.
      onSuccess: () => invalidateCustomer(context.queryClient, context.queryScope, ref),
      onError: (error) => refreshStaleView(context, ref, error),
      retry: false,
    },
    context.queryClient,
  )
}

function requireCapability<F>(fn: F | undefined, method: string): F {
  if (!fn) throw new PaymentsError('not_implemented', { message: `${method} is not implemented` })
  return fn
}

/** Grants a product without charge (capability `grantProduct`). */
export function useGrantProduct(ref: CustomerRef) {
  return useCustomerMutation<WithoutCustomer<GrantProductParams>, GrantProductResult>('useGrantProduct', ref, ({ adapter }, params) =>
    requireCapability(adapter.grantProduct, 'grantProduct')({ ...params, customer: ref }),
  )
}

/** Changes an item balance by a signed amount (capability `changeItemQuantity`). */
export function useChangeItemQuantity(ref: CustomerRef) {
  return useCustomerMutation<WithoutCustomer<ChangeItemQuantityParams>, void>('useChangeItemQuantity', ref, ({ adapter }, params) =>
    requireCapability(adapter.changeItemQuantity, 'changeItemQuantity')({ ...params, customer: ref }),
  )
}

/** Cancels a subscription at period end (capability `cancelSubscription`). */
export function useCancelSubscription(ref: CustomerRef) {
  return useCustomerMutation<WithoutCustomer<CancelSubscriptionParams>, void>('useCancelSubscription', ref, ({ adapter }, params) =>
    requireCapability(adapter.cancelSubscription, 'cancelSubscription')({ ...params, customer: ref }),
  )
}

/** Refunds a transaction, fully or partly (capability `refundTransaction`). */
export function useRefundTransaction(ref: CustomerRef) {
  return useCustomerMutation<WithoutCustomer<RefundTransactionParams>, void>('useRefundTransaction', ref, ({ adapter }, params) =>
    requireCapability(adapter.refundTransaction, 'refundTransaction')({ ...params, customer: ref }),
  )
}
