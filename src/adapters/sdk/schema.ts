/**
 * Runtime checks of what the SDK returns (valibot, as the REST adapter's `wire-schema.ts`). The
 * adapter copies the fields it reads out of the SDK's objects and checks them here, so malformed
 * data is `invalid_response` naming the method and the field (`items[2].signedUpAt`), never a
 * TypeError deep in the mapping and never an invented value.
 */
import * as v from 'valibot'

const date = v.pipe(v.date('expected a Date'), v.check((d) => !Number.isNaN(d.getTime()), 'expected a valid Date'))
const int = v.pipe(v.number(), v.safeInteger('expected an integer'))
const count = v.pipe(int, v.minValue(0, 'expected a non-negative integer'))
const id = v.pipe(v.string(), v.minLength(1, 'expected a non-empty id'))
const nullableString = v.nullable(v.string())
const cursor = v.nullable(v.pipe(v.string(), v.minLength(1, 'expected a non-empty cursor or null')))

/**
 * The fields of a `ServerUser` the adapter reads.
 *
 * @example
 * parseWire(sdkUser, { id, displayName, primaryEmail, profileImageUrl, signedUpAt }, 'getCustomers')
 */
export const sdkUser = v.object({ id, displayName: nullableString, primaryEmail: nullableString, profileImageUrl: nullableString, signedUpAt: date })

/**
 * The fields of a `ServerTeam` the adapter reads.
 *
 * @example
 * parseWire(sdkTeam, { id, displayName, profileImageUrl, createdAt }, 'listCustomers', 'items[0]')
 */
export const sdkTeam = v.object({ id, displayName: v.string(), profileImageUrl: nullableString, createdAt: date })

/**
 * A page of a list: its rows are checked one by one, the cursor here.
 *
 * @example
 * parseWire(sdkNextCursor, users.nextCursor, 'listCustomers', 'nextCursor')
 */
export const sdkNextCursor = cursor

/**
 * The fields of an SDK `CustomerProduct` the adapter reads.
 *
 * @example
 * parseWire(sdkOwnedProduct, pickedRow, 'listOwnedProducts', 'items[2]')
 */
export const sdkOwnedProduct = v.object({
  id: v.nullable(v.string()),
  quantity: count,
  displayName: v.string(),
  customerType: v.picklist(['user', 'team', 'custom']),
  isServerOnly: v.boolean(),
  stackable: v.boolean(),
  type: v.optional(v.picklist(['one_time', 'subscription'])),
  subscription: v.nullable(
    v.object({
      subscriptionId: v.nullable(v.string()),
      currentPeriodEnd: v.nullable(date),
      cancelAtPeriodEnd: v.boolean(),
      isCancelable: v.boolean(),
    }),
  ),
})

/**
 * The fields of a `ServerItem` the adapter reads.
 *
 * @example
 * parseWire(sdkItem, { displayName: item.displayName, quantity: item.quantity }, 'listItemBalances', 'credits')
 */
export const sdkItem = v.object({ displayName: v.string(), quantity: int })

/**
 * An owned product row once checked.
 *
 * @example
 * const row: SdkOwnedProductRow = parseWire(sdkOwnedProduct, picked, 'listOwnedProducts')
 */
export type SdkOwnedProductRow = v.InferOutput<typeof sdkOwnedProduct>
