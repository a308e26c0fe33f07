/**
 * Runtime checks of the owned-products and config responses (see `./wire-schema`): read by a
 * customer's view only, so they load with its code, on first use.
 */
import * as v from 'valibot'
import { count, customerType, includedItem, price, wireInlineProduct } from './wire-schema'

export const wireOwnedProduct = v.looseObject({
  id: v.nullable(v.string()),
  quantity: count,
  type: v.picklist(['one_time', 'subscription']),
  subscription: v.nullable(
    v.looseObject({
      subscription_id: v.nullable(v.string()),
      current_period_end: v.nullable(v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s)), 'expected a date-time string'))),
      cancel_at_period_end: v.boolean(),
      is_cancelable: v.boolean(),
    }),
  ),
  product: wireInlineProduct,
})

const configNamed = v.looseObject({ displayName: v.optional(v.string()), customerType: v.optional(customerType) })

const configProduct = v.looseObject({
  displayName: v.optional(v.string()),
  customerType: v.optional(customerType),
  productLineId: v.optional(v.string()),
  serverOnly: v.optional(v.boolean()),
  stackable: v.optional(v.boolean()),
  isAddOnTo: v.optional(v.union([v.literal(false), v.record(v.string(), v.boolean())])),
  prices: v.optional(v.union([v.literal('include-by-default'), v.record(v.string(), price)])),
  includedItems: v.optional(v.record(v.string(), includedItem)),
})

/** The `payments` part of the rendered config. */
export const configPayments = v.looseObject({
  testMode: v.optional(v.boolean()),
  blockNewPurchases: v.optional(v.boolean()),
  productLines: v.optional(v.record(v.string(), configNamed)),
  items: v.optional(v.record(v.string(), configNamed)),
  products: v.optional(v.record(v.string(), configProduct)),
})

export type WireOwnedProductRow = v.InferOutput<typeof wireOwnedProduct>
export type ConfigPaymentsValue = v.InferOutput<typeof configPayments>
