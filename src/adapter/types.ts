/**
 * The adapter contract: everything the components need from a backend, as plain data.
 *
 * - Dates are ISO-8601 strings, money is a decimal string in major units ("9.99").
 * - Lists are cursor pages `{ items, nextCursor, total? }`; cursors are opaque strings.
 * - Every read receives an `AbortSignal`; mutations may receive one.
 * - Failures are thrown as {@link PaymentsError} with a typed `code`.
 *
 * See `docs/adapter.md` for the semantics written out for adapter authors.
 */

/** Who can be a customer. User and team ids are UUIDs; custom ids are free-form strings. */
export type CustomerType = 'user' | 'team' | 'custom'

/** A customer type, or every type at once. */
export type CustomerTypeFilter = CustomerType | 'all'

/** Identifies one customer. `(type, id)` is unique; ids are only unique within a type. */
export interface CustomerRef {
  type: CustomerType
  id: string
}

/** A customer as listed by the customers table. */
export interface Customer extends CustomerRef {
  /** Name to show; `null` when the backend has none (custom customers usually have none). */
  displayName: string | null
  /** Primary email (users). */
  email?: string | null
  /** Absolute http(s) URL of an avatar image. */
  avatarUrl?: string | null
  /** When the user or team was created, or when a custom customer was first seen (ISO-8601). */
  createdAt?: string | null
}

/** How many items a list holds in all. */
export interface PageTotal {
  count: number
  /** `true` when `count` is a lower bound ("1,000+"). */
  approximate?: boolean
}

/** One page of a cursor-paged list. */
export interface Page<T> {
  items: T[]
  /** Pass back to get the next page; `null` on the last page. */
  nextCursor: string | null
  /** Optional total of the whole list (not just this page) for the current filters. */
  total?: PageTotal
}

/** Signal that every read receives. */
export interface ReadParams {
  signal: AbortSignal
}

/** Paging parameters of every list. */
export interface PageParams extends ReadParams {
  /** `null` / absent for the first page. */
  cursor?: string | null
  /** Page size the caller wants; adapters may return fewer. */
  limit: number
}

export interface ListCustomersParams extends PageParams {
  type: CustomerTypeFilter
  /** Case-insensitive substring over name, email and id. Empty means no search. */
  search?: string
}

export interface GetCustomersParams extends ReadParams {
  refs: CustomerRef[]
}

/** `[count, unit]`, e.g. `[1, 'month']`. */
export type Interval = [number, 'day' | 'week' | 'month' | 'year']

/** One price of a product. A price without interval is one-time. */
export interface Price {
  id: string
  /** Currency code (ISO 4217) → decimal string in major units, e.g. `{ USD: '9.99', EUR: '8.99' }`. */
  amounts: Record<string, string>
  interval: Interval | null
  freeTrial: Interval | null
  serverOnly?: boolean
}

/** An item a product includes (credits, seats…). */
export interface IncludedItem {
  itemId: string
  quantity: number
  repeat: Interval | 'never'
  expires: 'never' | 'when-purchase-expires' | 'when-repeated'
}

/** A product as it stands in the catalog, or as a snapshot taken at purchase time. */
export interface ProductSnapshot {
  displayName: string
  customerType: CustomerType
  productLineId: string | null
  serverOnly: boolean
  stackable: boolean
  /** Product ids this product is an add-on to; empty when it is not an add-on. */
  isAddOnTo: string[]
  /** Empty when the product is free / included by default. */
  prices: Price[]
  includedItems: IncludedItem[]
}

/** A catalog product. */
export interface Product extends ProductSnapshot {
  id: string
}

/** Mutually exclusive plans of one customer type. */
export interface ProductLine {
  id: string
  displayName: string
  customerType: CustomerType
}

/** A counter a customer holds (credits, seats…). */
export interface ItemDefinition {
  id: string
  displayName: string
  customerType: CustomerType
}

export interface ListProductsParams extends ReadParams {
  /** Only products (and lines and items) of this customer type; all types when absent. */
  customerType?: CustomerType
}

/** The payments configuration relevant to one customer type (or all). */
export interface ProductCatalog {
  products: Product[]
  productLines: ProductLine[]
  items: ItemDefinition[]
}

export interface CustomerPageParams extends PageParams {
  customer: CustomerRef
}

export interface CustomerReadParams extends ReadParams {
  customer: CustomerRef
}

/** Subscription state of an owned product. */
export interface SubscriptionState {
  id: string | null
  status: 'active' | 'trialing'
  /** End of the current period (ISO-8601): renewal date, or end date when cancelling. */
  currentPeriodEnd: string | null
  cancelAtPeriodEnd: boolean
  isCancelable: boolean
}

/** What an owned product was bought at: the amount per unit and the billing interval. */
export interface OwnedPrice {
  /** Currency → decimal string per unit: only the currency charged when known (`{ EUR: '279' }`). */
  amounts: Record<string, string>
  /** Billing interval; `null` for a one-time price. */
  interval: Interval | null
}

/** A product a customer owns (quantity > 0). */
export interface OwnedProduct {
  /** Product id; `null` for inline products. */
  id: string | null
  quantity: number
  kind: 'one_time' | 'subscription'
  /** Snapshot of the product taken at purchase time. */
  product: ProductSnapshot
  subscription: SubscriptionState | null
  /**
   * The price it was bought at, an id in `product.prices`: a subscription's price, or a one-time
   * product's last purchase that charged money. `null` when it was only granted without a price;
   * absent when the adapter does not know (the UI then looks for the purchase in the transactions).
   */
  priceId?: string | null
  /** That price's amount per unit (in the currency charged) and interval, when known. */
  price?: OwnedPrice | null
}

/** A customer's balance of one item. May be negative. */
export interface ItemBalance {
  itemId: string
  displayName: string
  quantity: number
}

export type TransactionType =
  | 'purchase'
  | 'subscription-renewal'
  | 'manual-item-quantity-change'
  | 'subscription-cancellation'
  | 'chargeback'
  | 'product-change'

export interface ProductGrantEntry {
  type: 'product_grant'
  customer: CustomerRef
  productId: string | null
  product: ProductSnapshot
  /** `null` for grants (no charge). */
  priceId: string | null
  quantity: number
  subscriptionId?: string | null
  oneTimePurchaseId?: string | null
}

export interface MoneyTransferEntry {
  type: 'money_transfer'
  customer: CustomerRef
  /** Currency → decimal string charged. */
  chargedAmount: Record<string, string>
}

export interface ItemQuantityChangeEntry {
  type: 'item_quantity_change'
  customer: CustomerRef
  itemId: string
  /** Signed change. */
  quantity: number
}

export interface ProductRevocationEntry {
  type: 'product_revocation'
  adjustedTransactionId: string
  adjustedEntryIndex: number
  quantity: number
}

export type TransactionEntry =
  | ProductGrantEntry
  | MoneyTransferEntry
  | ItemQuantityChangeEntry
  | ProductRevocationEntry

/** What was refunded of a transaction. */
export interface RefundState {
  kind: 'full' | 'partial'
  /** Currency → decimal string refunded, when known. */
  amount?: Record<string, string>
  refundedAt?: string | null
}

export interface Transaction {
  id: string
  type: TransactionType
  createdAt: string
  /** Test-mode transactions carry no money. */
  testMode: boolean
  entries: TransactionEntry[]
  /** `null` unless (partly) refunded. */
  refund: RefundState | null
}

/** Everything the checkout endpoint needs. */
export interface CreateCheckoutParams {
  customer: CustomerRef
  productId: string
  priceId?: string
  quantity?: number
  returnUrl?: string
  /** Same key → same attempt: adapters must not create a second checkout for a repeated key. */
  idempotencyKey: string
  signal?: AbortSignal
}

export interface CheckoutResult {
  url: string
  expiresAt?: string | null
}

/** Derived per-customer figures. */
export interface CustomerMetrics {
  /** Currency → decimal string, test mode excluded, refunds subtracted. */
  totalSpent: Record<string, string>
  activeSubscriptions: number
  productsOwned: number
  transactionCount: number
  refundCount: number
  lastActivityAt: string | null
}

export interface PaymentMethod {
  id: string
  brand: string | null
  last4: string | null
  expMonth: number | null
  expYear: number | null
}

export interface BillingInfo {
  hasCustomer: boolean
  defaultPaymentMethod: PaymentMethod | null
}

export interface MutationParams {
  signal?: AbortSignal
}

export interface GrantProductParams extends MutationParams {
  customer: CustomerRef
  productId: string
  quantity?: number
}

export interface GrantProductResult {
  subscriptionId?: string | null
}

export interface ChangeItemQuantityParams extends MutationParams {
  customer: CustomerRef
  itemId: string
  /** Signed change. */
  delta: number
  description?: string
  expiresAt?: string
  /** When `false`, a change that would make the balance negative fails with `insufficient_quantity`. */
  allowNegative: boolean
}

export interface CancelSubscriptionParams extends MutationParams {
  customer: CustomerRef
  /** `null` for inline products, which are cancelled by `subscriptionId`. */
  productId: string | null
  subscriptionId?: string | null
}

export interface RefundTransactionParams extends MutationParams {
  customer: CustomerRef
  transactionId: string
  /** Partial amount in the transaction's currency (major units); full refund when absent. */
  amount?: { currency: string; value: string }
}

/**
 * The contract a host implements for its backend. The six reads and `createCheckoutUrl` are
 * required; every other method is an optional capability that the UI shows only when present.
 */
export interface PaymentsAdapter {
  /** Customers of one type (or all), newest first, filtered by `search`. */
  listCustomers(params: ListCustomersParams): Promise<Page<Customer>>
  /** Batch lookup. Returns one entry per ref, in order; `null` where not found (never for custom). */
  getCustomers(params: GetCustomersParams): Promise<Array<Customer | null>>
  listProducts(params: ListProductsParams): Promise<ProductCatalog>
  listOwnedProducts(params: CustomerPageParams): Promise<Page<OwnedProduct>>
  listItemBalances(params: CustomerReadParams): Promise<ItemBalance[]>
  /** A customer's transactions, newest first. */
  listTransactions(params: CustomerPageParams): Promise<Page<Transaction>>
  createCheckoutUrl(params: CreateCheckoutParams): Promise<CheckoutResult>

  getCustomerMetrics?(params: CustomerReadParams): Promise<CustomerMetrics>
  getBilling?(params: CustomerReadParams): Promise<BillingInfo>
  grantProduct?(params: GrantProductParams): Promise<GrantProductResult>
  changeItemQuantity?(params: ChangeItemQuantityParams): Promise<void>
  cancelSubscription?(params: CancelSubscriptionParams): Promise<void>
  refundTransaction?(params: RefundTransactionParams): Promise<void>
  /** Whether `refundTransaction` accepts `amount`. */
  readonly supportsPartialRefunds?: boolean
  /**
   * Why each thing this adapter cannot do is missing, as a sentence the UI may show. Keys are
   * {@link AdapterFeature}s: an optional capability left out, a required method that always fails
   * with `not_implemented`, or a method for one customer type (`createCheckoutUrl:custom`) that
   * fails with `not_implemented` for that type only. Capabilities are still decided by which
   * methods exist; this only says why.
   */
  readonly unavailable?: Readonly<Partial<Record<AdapterFeature, string>>>
}

/** Names of the required methods. */
export type RequiredAdapterMethod =
  | 'listCustomers'
  | 'getCustomers'
  | 'listProducts'
  | 'listOwnedProducts'
  | 'listItemBalances'
  | 'listTransactions'
  | 'createCheckoutUrl'

/** Names of the optional capabilities. */
export type AdapterCapability =
  | 'getCustomerMetrics'
  | 'getBilling'
  | 'grantProduct'
  | 'changeItemQuantity'
  | 'cancelSubscription'
  | 'refundTransaction'

export type AdapterMethod = RequiredAdapterMethod | AdapterCapability

/**
 * What a method resolves with, as `parseResponse` returns it: `Page<Customer>` for
 * `listCustomers`, `CheckoutResult` for `createCheckoutUrl`…; `unknown` for the mutations that
 * resolve with nothing (their answer is ignored).
 */
export type AdapterResponse<M extends AdapterMethod> =
  Awaited<ReturnType<NonNullable<PaymentsAdapter[M]>>> extends infer R ? ([R] extends [void] ? unknown : R) : never

/**
 * Something an adapter may be unable to do: a whole method, or a method for one customer type
 * (`createCheckoutUrl:custom`).
 */
export type AdapterFeature = AdapterMethod | `${AdapterMethod}:${CustomerType}`
