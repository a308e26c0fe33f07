/**
 * Runtime checks of every Hexclave API response the REST adapter reads (valibot, which the
 * contract's own validation already ships). A malformed response becomes `invalid_response`
 * naming the method and the wire field (`items[3].signed_up_at_millis`), never a raw TypeError
 * deep in the mapping, and never an invented value: no 1970 date for a `null` timestamp, no
 * price dropped to "Free" because an amount is a number, no subscription shown as one-time
 * because its interval is malformed. Unknown extra fields are allowed (the API grows).
 *
 * Here: what a customer list reads (users, teams, and the transactions its custom customers are
 * found in). The owned-product and config checks, which only a customer's view reads, are in
 * `./wire-schema-products` and load with that code on first use.
 */
import * as v from 'valibot'

// Bounds are `v.check`s rather than valibot's safeInteger / minValue / maxValue / minLength
// actions: the same tests, but four fewer actions in the code a customer list loads up front
// (about 0.2 kB gzip of the adapter's 10 kB budget, issue 13).

/** Epoch milliseconds that a `Date` can hold (so `toISOString()` never throws). */
const millis = v.pipe(v.number(), v.check((n) => Number.isSafeInteger(n) && n >= 0 && n <= 8.64e15, 'expected epoch milliseconds'))
const int = v.pipe(v.number(), v.check((n) => Number.isSafeInteger(n), 'expected an integer'))
export const count = v.pipe(int, v.check((n) => n >= 0, 'expected a non-negative integer'))
export const customerType = v.picklist(['user', 'team', 'custom'])
const id = v.pipe(v.string(), v.check((s) => s !== '', 'expected a non-empty id'))
const decimal = v.pipe(v.string(), v.regex(/^-?\d{1,15}(\.\d{1,12})?$/, 'expected a decimal string such as "9.99"'))
const money = v.record(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected a currency code')), decimal)
const interval = v.tuple([v.pipe(int, v.check((n) => n >= 1, 'expected a positive count')), v.picklist(['day', 'week', 'month', 'year'])])
const nullableString = v.nullable(v.string())

export const wireUser = v.looseObject({
  id,
  display_name: nullableString,
  primary_email: nullableString,
  profile_image_url: nullableString,
  signed_up_at_millis: millis,
})

export const wireTeam = v.looseObject({
  id,
  display_name: v.string(),
  profile_image_url: nullableString,
  created_at_millis: millis,
})

const PRICE_OPTIONS: Readonly<Record<string, 'interval' | 'boolean'>> = {
  interval: 'interval',
  free_trial: 'interval',
  freeTrial: 'interval',
  server_only: 'boolean',
  serverOnly: 'boolean',
}
const CURRENCY_RE = /^[A-Z]{3}$/
const isInterval = (value: unknown) => v.is(interval, value)
const isDecimal = (value: unknown) => v.is(decimal, value)

/** The first key of a price whose value does not fit it, or `null`. */
function badPriceKey(price: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(price)) {
    if (value === undefined) continue
    const option = PRICE_OPTIONS[key]
    const fits = option === 'interval' ? isInterval(value) : option === 'boolean' ? typeof value === 'boolean' : !CURRENCY_RE.test(key) || isDecimal(value)
    if (!fits) return key
  }
  return null
}

/**
 * A price on the wire (snake_case) or in the config (camelCase): currency codes → decimal
 * amounts, plus `interval` / `free_trial` / `server_only`. A wrong amount or interval is an error,
 * never dropped (that would show a paid product as Free, or a subscription as one-time).
 */
export const price = v.pipe(
  v.record(v.string(), v.union([v.string(), interval, v.boolean(), v.undefined()]), 'expected a price object'),
  v.check((value) => badPriceKey(value) === null, (issue) => `unexpected value at "${badPriceKey(issue.input as Record<string, unknown>) ?? ''}" (amounts are decimal strings, intervals [count, unit])`),
)

const expires = v.picklist(['never', 'when-purchase-expires', 'when-repeated'])
export const includedItem = v.looseObject({
  quantity: int,
  repeat: v.optional(v.union([interval, v.literal('never')])),
  expires: v.optional(expires),
})

export const wireInlineProduct = v.looseObject({
  display_name: v.string(),
  customer_type: customerType,
  server_only: v.boolean(),
  stackable: v.boolean(),
  prices: v.optional(v.record(v.string(), price), {}),
  included_items: v.optional(v.record(v.string(), includedItem), {}),
})

const customerEntry = {
  customer_type: customerType,
  customer_id: v.string(),
  adjusted_transaction_id: v.optional(v.nullable(v.string())),
  adjusted_entry_index: v.optional(v.nullable(count)),
}

const entry = v.variant('type', [
  v.looseObject({
    type: v.literal('product_grant'),
    ...customerEntry,
    product_id: v.nullable(v.string()),
    product: wireInlineProduct,
    price_id: v.nullable(v.string()),
    quantity: int,
    subscription_id: v.optional(v.string()),
    one_time_purchase_id: v.optional(v.string()),
  }),
  v.looseObject({ type: v.literal('money_transfer'), ...customerEntry, charged_amount: money, net_amount: v.optional(money) }),
  v.looseObject({ type: v.literal('item_quantity_change'), ...customerEntry, item_id: v.string(), quantity: int }),
  v.looseObject({ type: v.literal('product_revocation'), adjusted_transaction_id: v.string(), adjusted_entry_index: count, quantity: int }),
])

export const wireTransaction = v.looseObject({
  id,
  // `refund`: the published SDK's schema lists refund transactions (see ../rest/refunds.ts).
  type: v.picklist(['purchase', 'subscription-renewal', 'manual-item-quantity-change', 'subscription-cancellation', 'chargeback', 'product-change', 'refund']),
  created_at_millis: millis,
  test_mode: v.boolean(),
  adjusted_by: v.array(v.looseObject({ transaction_id: v.string(), entry_index: count })),
  entries: v.array(entry),
})

export type WireUserRow = v.InferOutput<typeof wireUser>
export type WireTeamRow = v.InferOutput<typeof wireTeam>
export type WireTransactionRow = v.InferOutput<typeof wireTransaction>
