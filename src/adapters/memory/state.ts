/** Everything one memory adapter instance holds, assembled from its options. */
import type { CheckoutResult, Customer, CustomerRef } from '../../adapter/types'
import { createRandom, hashString } from '../../lib/random'
import { createCatalog, defaultCatalog, type Catalog } from './catalog'
import { explicitPeople, generatedCustomIds, generatedPeople, startOf, type People } from './customers'
import { randomHex, randomUuid } from './ids'
import type { Ledger } from './ledger'
import { DEFAULT_REFERENCE_DATE, resolveOptions, type MemoryAdapterOptions, type ResolvedOptions } from './options'
import { ledgerFromSeed } from './seeds'
import { customerKey } from '../../lib/customer-key'
import { createLedgerStore, generatedLedger, type LedgerStore } from './store'
import { toMs } from './time'

/** A checkout the adapter created (test-only inspection). */
export interface MemoryCheckout {
  idempotencyKey: string
  /** The purchase code in the URL. */
  code: string
  url: string
  customer: CustomerRef
  productId: string
  /** The price charged: the one asked for, or the product's first; `null` for a product without prices. */
  priceId: string | null
  quantity: number
  returnUrl: string | null
  createdAt: string
  expiresAt: string
}

export interface MemoryState {
  options: ResolvedOptions
  catalog: Catalog
  people: People
  store: LedgerStore
  /** A fresh deterministic UUID for a mutation's records. */
  nextId(): string
  /** A fresh deterministic hex code for a checkout. */
  nextCode(): string
  checkouts: { byKey: Map<string, CheckoutResult>; list: MemoryCheckout[] }
}

function customLedgers(options: ResolvedOptions, catalog: Catalog, customers: Customer[] | undefined): Ledger[] {
  const specs = customers
    ? customers.filter((c) => c.type === 'custom').map((c) => ({ id: c.id, startMs: c.createdAt ? Date.parse(c.createdAt) : options.referenceMs }))
    : generatedCustomIds(options.seed, options.customCustomers, options.referenceMs)
  return specs.map(({ id, startMs }) => generatedLedger({ ...options, catalog }, { type: 'custom', id }, startMs, true))
}

function initialLedgers(options: ResolvedOptions, catalog: Catalog, data: MemoryAdapterOptions['data']): Ledger[] {
  const byKey = new Map(customLedgers(options, catalog, data?.customers).map((l) => [customerKey(l.customer), l]))
  for (const seed of data?.ledgers ?? []) {
    byKey.set(customerKey(seed.customer), ledgerFromSeed(seed, { seed: options.seed, catalog, referenceMs: options.referenceMs }))
  }
  return [...byKey.values()]
}

export function createState(input: MemoryAdapterOptions): MemoryState {
  const options = resolveOptions(input, toMs(input.referenceDate ?? DEFAULT_REFERENCE_DATE))
  const { data } = input
  const defaults = defaultCatalog()
  const catalog = createCatalog({
    products: data?.products ?? defaults.products,
    productLines: data?.productLines ?? defaults.productLines,
    items: data?.items ?? defaults.items,
  })
  const people = data?.customers
    ? explicitPeople(data.customers)
    : generatedPeople(options.seed, options.users, options.teams, options.referenceMs)
  const store = createLedgerStore({
    seed: options.seed,
    referenceMs: options.referenceMs,
    catalog,
    startOf: (ref) => startOf(people, ref),
    initial: initialLedgers(options, catalog, data),
    customNames: new Map((data?.customers ?? []).filter((c) => c.type === 'custom').map((c) => [c.id, c.displayName])),
  })
  const idRandom = createRandom(hashString('mutation-ids', options.seed))
  const tenancy = randomHex(createRandom(hashString('tenancy', options.seed)), 8)
  return {
    options,
    catalog,
    people,
    store,
    nextId: () => randomUuid(idRandom),
    nextCode: () => `${tenancy}_${randomHex(idRandom, 24)}`,
    checkouts: { byKey: new Map(), list: [] },
  }
}
