/**
 * Runtime schemas for every adapter response (valibot: ~2.7 KB gz for our schemas against
 * ~8.8 KB gz for the same schemas in zod/mini, measured with esbuild --minify).
 */
import * as v from 'valibot'

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
const customerType = v.picklist(['user', 'team', 'custom'], 'expected "user", "team" or "custom"')
const interval = v.tuple([
  v.pipe(int, v.minValue(1, 'expected a positive count')),
  v.picklist(['day', 'week', 'month', 'year'], 'expected "day", "week", "month" or "year"'),
])

const customerRef = v.object({ type: customerType, id: v.string() })

export const customerSchema = v.object({
  type: customerType,
  id: v.pipe(v.string(), v.minLength(1, 'expected a non-empty id')),
  displayName: v.nullable(v.string()),
  email: v.optional(v.nullable(v.string())),
  avatarUrl: v.optional(v.nullable(v.string())),
  createdAt: v.optional(v.nullable(isoDate)),
})

const pageTotal = v.object({ count, approximate: v.optional(v.boolean()) })

const page = <T extends v.GenericSchema>(item: T) =>
  v.object({
    items: v.array(item),
    nextCursor: v.nullable(v.pipe(v.string(), v.minLength(1, 'expected a non-empty cursor'))),
    total: v.optional(pageTotal),
  })

const price = v.object({
  id: v.string(),
  amounts: money,
  interval: v.nullable(interval),
  freeTrial: v.nullable(interval),
  serverOnly: v.optional(v.boolean()),
})

const includedItem = v.object({
  itemId: v.string(),
  quantity: int,
  repeat: v.union([interval, v.literal('never')]),
  expires: v.picklist(['never', 'when-purchase-expires', 'when-repeated']),
})

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
const productSnapshot = v.object(productSnapshotEntries)

export const productCatalogSchema = v.object({
  products: v.array(v.object({ id: v.string(), ...productSnapshotEntries })),
  productLines: v.array(v.object({ id: v.string(), displayName: v.string(), customerType })),
  items: v.array(v.object({ id: v.string(), displayName: v.string(), customerType })),
})

const ownedProduct = v.object({
  id: v.nullable(v.string()),
  quantity: count,
  kind: v.picklist(['one_time', 'subscription']),
  product: productSnapshot,
  subscription: v.nullable(
    v.object({
      id: v.nullable(v.string()),
      status: v.picklist(['active', 'trialing']),
      currentPeriodEnd: v.nullable(isoDate),
      cancelAtPeriodEnd: v.boolean(),
      isCancelable: v.boolean(),
    }),
  ),
})

const itemBalance = v.object({ itemId: v.string(), displayName: v.string(), quantity: int })

const entry = v.variant('type', [
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
  v.object({ type: v.literal('money_transfer'), customer: customerRef, chargedAmount: money }),
  v.object({
    type: v.literal('item_quantity_change'),
    customer: customerRef,
    itemId: v.string(),
    quantity: int,
  }),
  v.object({
    type: v.literal('product_revocation'),
    adjustedTransactionId: v.string(),
    adjustedEntryIndex: count,
    quantity: int,
  }),
])

const transaction = v.object({
  id: v.string(),
  type: v.picklist([
    'purchase',
    'subscription-renewal',
    'manual-item-quantity-change',
    'subscription-cancellation',
    'chargeback',
    'product-change',
  ]),
  createdAt: isoDate,
  testMode: v.boolean(),
  entries: v.array(entry),
  refund: v.nullable(
    v.object({
      kind: v.picklist(['full', 'partial']),
      amount: v.optional(money),
      refundedAt: v.optional(v.nullable(isoDate)),
    }),
  ),
})

/** One schema per method's response. */
export const responseSchemas = {
  listCustomers: page(customerSchema),
  getCustomers: v.array(v.nullable(customerSchema)),
  listProducts: productCatalogSchema,
  listOwnedProducts: page(ownedProduct),
  listItemBalances: v.array(itemBalance),
  listTransactions: page(transaction),
  createCheckoutUrl: v.object({
    url: v.pipe(v.string(), v.minLength(1, 'expected a URL')),
    expiresAt: v.optional(v.nullable(isoDate)),
  }),
  getCustomerMetrics: v.object({
    totalSpent: money,
    activeSubscriptions: count,
    productsOwned: count,
    transactionCount: count,
    refundCount: count,
    lastActivityAt: v.nullable(isoDate),
  }),
  getBilling: v.object({
    hasCustomer: v.boolean(),
    defaultPaymentMethod: v.nullable(
      v.object({
        id: v.string(),
        brand: v.nullable(v.string()),
        last4: v.nullable(v.string()),
        expMonth: v.nullable(int),
        expYear: v.nullable(int),
      }),
    ),
  }),
  grantProduct: v.object({ subscriptionId: v.optional(v.nullable(v.string())) }),
  // Void mutations: whatever they resolve with is ignored.
  changeItemQuantity: v.unknown(),
  cancelSubscription: v.unknown(),
  refundTransaction: v.unknown(),
} as const
