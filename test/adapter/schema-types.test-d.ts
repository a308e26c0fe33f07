/**
 * Type-level tests: the response schemas and the documented contract types cannot drift.
 * Checked by `npm run typecheck` (tsc includes test/); every `@ts-expect-error` below is a drift
 * that must fail to compile, so a guard that stops catching it fails the typecheck
 * ("Unused '@ts-expect-error' directive").
 */
import * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import { responseSchemas, responsesFor, schemaFor } from '../../src/adapter/schema'
import { parseResponse } from '../../src/adapter/validate'
import type {
  BillingInfo,
  CheckoutResult,
  Customer,
  CustomerMetrics,
  GrantProductResult,
  ItemBalance,
  OwnedProduct,
  Page,
  ProductCatalog,
  Transaction,
} from '../../src/adapter/types'

type Output<M extends keyof typeof responseSchemas> = v.InferOutput<(typeof responseSchemas)[M]>

describe('response schemas', () => {
  it('output exactly what each adapter method resolves with', () => {
    expectTypeOf<Output<'listCustomers'>>().toEqualTypeOf<Page<Customer>>()
    expectTypeOf<Output<'getCustomers'>>().toEqualTypeOf<Array<Customer | null>>()
    expectTypeOf<Output<'listProducts'>>().toEqualTypeOf<ProductCatalog>()
    expectTypeOf<Output<'listOwnedProducts'>>().toEqualTypeOf<Page<OwnedProduct>>()
    expectTypeOf<Output<'listItemBalances'>>().toEqualTypeOf<ItemBalance[]>()
    expectTypeOf<Output<'listTransactions'>>().toEqualTypeOf<Page<Transaction>>()
    expectTypeOf<Output<'createCheckoutUrl'>>().toEqualTypeOf<CheckoutResult>()
    expectTypeOf<Output<'getCustomerMetrics'>>().toEqualTypeOf<CustomerMetrics>()
    expectTypeOf<Output<'getBilling'>>().toEqualTypeOf<BillingInfo>()
    expectTypeOf<Output<'grantProduct'>>().toEqualTypeOf<GrantProductResult>()
    expectTypeOf<Output<'refundTransaction'>>().toEqualTypeOf<unknown>()
  })

  it('are returned by parseResponse as the documented contract types', () => {
    expectTypeOf(parseResponse<'listTransactions'>).returns.toEqualTypeOf<Page<Transaction>>()
    expectTypeOf(parseResponse<'getCustomers'>).returns.toEqualTypeOf<Array<Customer | null>>()
    expectTypeOf(parseResponse<'cancelSubscription'>).returns.toEqualTypeOf<unknown>()
  })
})

interface Sample {
  id: string
  note?: string | null
  tags: string[]
}
const id = v.string()
const note = v.optional(v.nullable(v.string()))
const tags = v.array(v.string())
const sample = schemaFor<Sample>()

describe('schemaFor', () => {
  it('accepts a schema whose output is exactly the contract type', () => {
    expectTypeOf(sample(v.object({ id, note, tags }))).toExtend<v.GenericSchema<unknown, Sample>>()
  })

  it('rejects a missing field, an extra field, a different optionality, nullability or type', () => {
    // @ts-expect-error -- a required field missing from the schema
    sample(v.object({ id, note }))
    // @ts-expect-error -- an optional field missing from the schema
    sample(v.object({ id, tags }))
    // @ts-expect-error -- an extra required field
    sample(v.object({ id, note, tags, extra: v.string() }))
    // @ts-expect-error -- an extra optional field
    sample(v.object({ id, note, tags, extra: v.optional(v.string()) }))
    // @ts-expect-error -- required in the schema, optional in the contract
    sample(v.object({ id, note: v.nullable(v.string()), tags }))
    // @ts-expect-error -- optional in the schema, required in the contract
    sample(v.object({ id: v.optional(v.string()), note, tags }))
    // @ts-expect-error -- present but possibly undefined is not the same as optional
    sample(v.object({ id, note: v.undefinedable(v.nullable(v.string())), tags }))
    // @ts-expect-error -- not nullable in the schema, nullable in the contract
    sample(v.object({ id, note: v.optional(v.string()), tags }))
    // @ts-expect-error -- a wider field type
    sample(v.object({ id: v.union([v.string(), v.number()]), note, tags }))
    // @ts-expect-error -- a narrower field type
    sample(v.object({ id: v.literal('x'), note, tags }))
    // @ts-expect-error -- a readonly array where the contract has a mutable one
    sample(v.object({ id, note, tags: v.pipe(tags, v.readonly()) }))
    // @ts-expect-error -- `any` is not the contract type
    sample(v.any())
  })

  it('rejects drift against a real contract type', () => {
    const type = v.picklist(['user', 'team', 'custom'])
    const customer = { type, id, displayName: v.nullable(v.string()), email: note, avatarUrl: note }
    schemaFor<Customer>()(v.object({ ...customer, createdAt: note }))
    // @ts-expect-error -- Customer.createdAt is documented but missing from the schema
    schemaFor<Customer>()(v.object(customer))
    // @ts-expect-error -- Customer.displayName is required (null when unknown), not optional
    schemaFor<Customer>()(v.object({ ...customer, displayName: note, createdAt: note }))
  })
})

describe('responsesFor', () => {
  const valid = {
    listCustomers: responseSchemas.listCustomers,
    getCustomers: responseSchemas.getCustomers,
    listProducts: responseSchemas.listProducts,
    listOwnedProducts: responseSchemas.listOwnedProducts,
    listItemBalances: responseSchemas.listItemBalances,
    listTransactions: responseSchemas.listTransactions,
    createCheckoutUrl: responseSchemas.createCheckoutUrl,
    getCustomerMetrics: responseSchemas.getCustomerMetrics,
    getBilling: responseSchemas.getBilling,
    grantProduct: responseSchemas.grantProduct,
    changeItemQuantity: v.unknown(),
    cancelSubscription: v.unknown(),
    refundTransaction: v.unknown(),
  }

  it('rejects a map that misses a method, has an extra one, or answers a method with another shape', () => {
    responsesFor(valid)
    const { refundTransaction: _refund, ...withoutRefund } = valid
    // @ts-expect-error -- refundTransaction has no schema
    responsesFor(withoutRefund)
    // @ts-expect-error -- a schema for a method the adapter does not have
    responsesFor({ ...valid, refundEverything: v.unknown() })
    // @ts-expect-error -- getCustomers answers null for a missing customer
    responsesFor({ ...valid, getCustomers: v.array(responseSchemas.createCheckoutUrl) })
    // @ts-expect-error -- listItemBalances is a plain array, not a page
    responsesFor({ ...valid, listItemBalances: responseSchemas.listCustomers })
  })
})
