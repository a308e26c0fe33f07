/**
 * Runtime schemas for every adapter response (valibot: ~2.7 KB gz for our schemas against
 * ~8.8 KB gz for the same schemas in zod/mini, measured with esbuild --minify).
 *
 * The documented types in `./types` are the contract; every schema here is typed against its
 * contract type with {@link schemaFor}, and {@link responseSchemas} against what each
 * `PaymentsAdapter` method resolves with, so a field added, dropped, retyped or made optional on
 * one side but not the other fails to compile (test/adapter/schema-types.test-d.ts proves it).
 * Types without a schema are inputs the UI builds and never validates (the `…Params` types,
 * `CustomerTypeFilter`), the adapter interface itself, and method names (`AdapterMethod`,
 * `AdapterFeature`…).
 */
import * as v from 'valibot'
import type {
  AdapterMethod,
  AdapterResponse,
  BillingInfo,
  CheckoutResult,
  Customer,
  CustomerMetrics,
  CustomerRef,
  CustomerType,
  GrantProductResult,
  IncludedItem,
  Interval,
  ItemBalance,
  ItemDefinition,
  ItemQuantityChangeEntry,
  MoneyTransferEntry,
  OwnedPrice,
  OwnedProduct,
  PageTotal,
  PaymentMethod,
  Price,
  Product,
  ProductCatalog,
  ProductGrantEntry,
  ProductLine,
  ProductRevocationEntry,
  ProductSnapshot,
  RefundState,
  SubscriptionState,
  Transaction,
  TransactionEntry,
  TransactionType,
} from './types'

/** `true` only when A and B are the same type: optional, `undefined`, readonly and `any` all count. */
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends (<X>() => X extends B ? 1 : 2) ? true : false

/** `unknown` when the schema's output is exactly `T`; otherwise a property the schema lacks, naming both types. */
type Exactly<S extends v.GenericSchema, T> =
  Equal<v.InferOutput<S>, T> extends true ? unknown : { '~contractDrift': { schemaOutput: v.InferOutput<S>; contractType: T } }

const same = <S>(schema: S): S => schema

/**
 * Types a schema against its contract type: `schemaFor<Price>()(v.object({…}))` compiles only when
 * the schema's output is exactly `Price` (a field of the wrong type or missing from the schema
 * fails the constraint; an extra field or a different optionality fails `Exactly`). At runtime it
 * returns the schema unchanged.
 */
export function schemaFor<T>(): <S extends v.GenericSchema<unknown, T>>(schema: S & Exactly<S, T>) => S {
  return same
}

type ResponseSchemas = { [M in AdapterMethod]: v.GenericSchema<unknown, AdapterResponse<M>> }
type ExactResponses<S extends ResponseSchemas> = { [M in AdapterMethod]: Exactly<S[M], AdapterResponse<M>> } & {
  [K in Exclude<keyof S, AdapterMethod>]: never
}

/** Types the map of response schemas against the adapter's methods: one schema per method, each exact. */
export const responsesFor = <S extends ResponseSchemas>(schemas: S & ExactResponses<S>): S => schemas

// A date must also be one `Date` can read: `2024-01-01T00:00:00+01` passes isoTimestamp but not Date.parse.
const isoDate = v.pipe(
  v.string(),
  v.isoTimestamp('expected an ISO-8601 date-time string'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'expected a date-time string with a full offset such as "Z" or "+01:00"'),
)
// Sane sizes only: at most 15 integer digits (below a quadrillion) and 12 decimals, so every amount
// formats as a finite number (a 500-digit amount would show as "$∞").
const decimal = v.pipe(
  v.string(),
  v.regex(/^-?\d{1,15}(\.\d{1,12})?$/, 'expected a decimal string such as "9.99" (at most 15 digits before the point and 12 after)'),
)
const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code'))
const money = v.record(currency, decimal)
const int = v.pipe(v.number(), v.integer('expected an integer'))
const count = v.pipe(int, v.minValue(0, 'expected a non-negative integer'))
const customerType = schemaFor<CustomerType>()(v.picklist(['user', 'team', 'custom'], 'expected "user", "team" or "custom"'))
const interval = schemaFor<Interval>()(
  v.tuple([
    v.pipe(int, v.minValue(1, 'expected a positive count')),
    v.picklist(['day', 'week', 'month', 'year'], 'expected "day", "week", "month" or "year"'),
  ]),
)

const customerRef = schemaFor<CustomerRef>()(v.object({ type: customerType, id: v.string() }))

export const customerSchema = schemaFor<Customer>()(
  v.object({
    type: customerType,
    id: v.pipe(v.string(), v.minLength(1, 'expected a non-empty id')),
    displayName: v.nullable(v.string()),
    email: v.optional(v.nullable(v.string())),
    avatarUrl: v.optional(v.nullable(v.string())),
    createdAt: v.optional(v.nullable(isoDate)),
  }),
)

const pageTotal = schemaFor<PageTotal>()(v.object({ count, approximate: v.optional(v.boolean()) }))

const page = <T extends v.GenericSchema>(item: T) =>
  v.object({
    items: v.array(item),
    nextCursor: v.nullable(v.pipe(v.string(), v.minLength(1, 'expected a non-empty cursor'))),
    total: v.optional(pageTotal),
  })

const price = schemaFor<Price>()(
  v.object({
    id: v.string(),
    amounts: money,
    interval: v.nullable(interval),
    freeTrial: v.nullable(interval),
    serverOnly: v.optional(v.boolean()),
  }),
)

const includedItem = schemaFor<IncludedItem>()(
  v.object({
    itemId: v.string(),
    quantity: int,
    repeat: v.union([interval, v.literal('never')]),
    expires: v.picklist(['never', 'when-purchase-expires', 'when-repeated']),
  }),
)

const productSnapshotEntries = {
  displayName: v.string(),
  customerType,
  productLineId: v.nullable(v.string()),
  serverOnly: v.boolean(),
  stackable: v.boolean(),
  isAddOnTo: v.array(v.string()),
  prices: v.array(price),
  includedItems: v.array(includedItem),
}
const productSnapshot = schemaFor<ProductSnapshot>()(v.object(productSnapshotEntries))
const product = schemaFor<Product>()(v.object({ id: v.string(), ...productSnapshotEntries }))
const productLine = schemaFor<ProductLine>()(v.object({ id: v.string(), displayName: v.string(), customerType }))
const itemDefinition = schemaFor<ItemDefinition>()(v.object({ id: v.string(), displayName: v.string(), customerType }))

export const productCatalogSchema = schemaFor<ProductCatalog>()(
  v.object({ products: v.array(product), productLines: v.array(productLine), items: v.array(itemDefinition) }),
)

const subscriptionState = schemaFor<SubscriptionState>()(
  v.object({
    id: v.nullable(v.string()),
    status: v.picklist(['active', 'trialing']),
    currentPeriodEnd: v.nullable(isoDate),
    cancelAtPeriodEnd: v.boolean(),
    isCancelable: v.boolean(),
  }),
)

const ownedPrice = schemaFor<OwnedPrice>()(v.object({ amounts: money, interval: v.nullable(interval) }))

const ownedProduct = schemaFor<OwnedProduct>()(
  v.object({
    id: v.nullable(v.string()),
    quantity: count,
    kind: v.picklist(['one_time', 'subscription']),
    product: productSnapshot,
    subscription: v.nullable(subscriptionState),
    priceId: v.optional(v.nullable(v.string())),
    price: v.optional(v.nullable(ownedPrice)),
  }),
)

const itemBalance = schemaFor<ItemBalance>()(v.object({ itemId: v.string(), displayName: v.string(), quantity: int }))

const productGrantEntry = schemaFor<ProductGrantEntry>()(
  v.object({
    type: v.literal('product_grant'),
    customer: customerRef,
    productId: v.nullable(v.string()),
    product: productSnapshot,
    priceId: v.nullable(v.string()),
    quantity: int,
    subscriptionId: v.optional(v.nullable(v.string())),
    oneTimePurchaseId: v.optional(v.nullable(v.string())),
  }),
)
const moneyTransferEntry = schemaFor<MoneyTransferEntry>()(
  v.object({ type: v.literal('money_transfer'), customer: customerRef, chargedAmount: money }),
)
const itemQuantityChangeEntry = schemaFor<ItemQuantityChangeEntry>()(
  v.object({ type: v.literal('item_quantity_change'), customer: customerRef, itemId: v.string(), quantity: int }),
)
const productRevocationEntry = schemaFor<ProductRevocationEntry>()(
  v.object({
    type: v.literal('product_revocation'),
    adjustedTransactionId: v.string(),
    adjustedEntryIndex: count,
    quantity: int,
  }),
)
const entry = schemaFor<TransactionEntry>()(
  v.variant('type', [productGrantEntry, moneyTransferEntry, itemQuantityChangeEntry, productRevocationEntry]),
)

const transactionType = schemaFor<TransactionType>()(
  v.picklist([
    'purchase',
    'subscription-renewal',
    'manual-item-quantity-change',
    'subscription-cancellation',
    'chargeback',
    'product-change',
  ]),
)

const refundState = schemaFor<RefundState>()(
  v.object({
    kind: v.picklist(['full', 'partial']),
    amount: v.optional(money),
    refundedAt: v.optional(v.nullable(isoDate)),
  }),
)

const transaction = schemaFor<Transaction>()(
  v.object({
    id: v.string(),
    type: transactionType,
    createdAt: isoDate,
    testMode: v.boolean(),
    entries: v.array(entry),
    refund: v.nullable(refundState),
  }),
)

const checkoutResult = schemaFor<CheckoutResult>()(
  v.object({
    url: v.pipe(v.string(), v.minLength(1, 'expected a URL')),
    expiresAt: v.optional(v.nullable(isoDate)),
  }),
)

const customerMetrics = schemaFor<CustomerMetrics>()(
  v.object({
    totalSpent: money,
    activeSubscriptions: count,
    productsOwned: count,
    transactionCount: count,
    refundCount: count,
    lastActivityAt: v.nullable(isoDate),
  }),
)

const paymentMethod = schemaFor<PaymentMethod>()(
  v.object({
    id: v.string(),
    brand: v.nullable(v.string()),
    last4: v.nullable(v.string()),
    expMonth: v.nullable(int),
    expYear: v.nullable(int),
  }),
)

const billingInfo = schemaFor<BillingInfo>()(
  v.object({ hasCustomer: v.boolean(), defaultPaymentMethod: v.nullable(paymentMethod) }),
)

const grantProductResult = schemaFor<GrantProductResult>()(
  v.object({ subscriptionId: v.optional(v.nullable(v.string())) }),
)

/** One schema per method's response, each exactly what the method resolves with. */
export const responseSchemas = responsesFor({
  listCustomers: page(customerSchema),
  getCustomers: v.array(v.nullable(customerSchema)),
  listProducts: productCatalogSchema,
  listOwnedProducts: page(ownedProduct),
  listItemBalances: v.array(itemBalance),
  listTransactions: page(transaction),
  createCheckoutUrl: checkoutResult,
  getCustomerMetrics: customerMetrics,
  getBilling: billingInfo,
  grantProduct: grantProductResult,
  // Void mutations: whatever they resolve with is ignored.
  changeItemQuantity: v.unknown(),
  cancelSubscription: v.unknown(),
  refundTransaction: v.unknown(),
})
