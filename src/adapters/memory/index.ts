/**
 * `@hexclave/payments-ui/adapters/memory`: an in-memory adapter over a deterministic, seeded
 * dataset that obeys the Hexclave backend's rules. The embedded default for Storybook, demos
 * and tests.
 */
import { PaymentsError, throwIfAborted } from '../../adapter/errors'
import type {
  AdapterCapability,
  CustomerRef,
  PaymentsAdapter,
} from '../../adapter/types'
import { withFaults } from '../../testing/faults'
import { billingOf } from './billing'
import { catalogFor } from './catalog'
import { encodeCursor, pageOf } from './cursor'
import { lookupCustomer, streamsFor } from './customers'
import { listCustomerPage } from './directory'
import { rowUuid } from './ids'
import { itemBalances, metricsOf, ownedProducts, type Ledger } from './ledger'
import { cancelSubscription, changeItemQuantity, createCheckout, grantProduct, refundTransaction } from './mutations'
import type { MemoryAdapterOptions } from './options'
import { createState, type MemoryCheckout, type MemoryState } from './state'

export { defaultCatalog as defaultMemoryCatalog } from './catalog'
export { DEFAULT_REFERENCE_DATE, DEFAULT_TRUSTED_RETURN_URL_ORIGINS } from './options'
export type {
  MemoryAdapterOptions,
  MemoryCaller,
  MemoryDataOverride,
  MemoryLedgerSeed,
  MemoryProductSeed,
  MemorySubscriptionSeed,
} from './options'
export type { MemoryCheckout } from './state'

/** Test-only figures about what the adapter did and holds. */
export interface MemoryAdapterInspection {
  /** Checkouts created (a repeated idempotency key does not count again). */
  checkoutsCreated: number
  /** Every checkout created, oldest first (copies). */
  checkouts: MemoryCheckout[]
  /** Generated ledgers in the bounded cache. */
  cachedLedgers: number
  /** Ledgers kept for good: custom customers, seeded and mutated ledgers. */
  keptLedgers: number
}

/** The memory adapter: every capability present, partial refunds supported, plus a test-only inspection. */
export type MemoryAdapter = PaymentsAdapter &
  Required<Pick<PaymentsAdapter, AdapterCapability>> & {
    readonly supportsPartialRefunds: true
    /** Test-only: what the adapter did (checkouts created) and holds (ledgers). Not part of the adapter contract. */
    inspect(): MemoryAdapterInspection
  }

type Core = Omit<MemoryAdapter, 'inspect'>

/** A method that honours its signal, then runs synchronously over the in-memory state. */
function method<P extends { signal?: AbortSignal }, R>(run: (params: P) => R): (params: P) => Promise<R> {
  return async (params) => {
    throwIfAborted(params.signal)
    return run(params)
  }
}

/** The ledger of an existing customer (custom ids always exist). */
function ledgerOf(state: MemoryState, customer: CustomerRef): Ledger {
  const ledger = state.store.read(customer)
  if (!ledger) {
    throw new PaymentsError('not_found', {
      message: `${customer.type === 'user' ? 'User' : 'Team'} ${JSON.stringify(customer.id)} not found.`,
      details: { customerType: customer.type, customerId: customer.id },
    })
  }
  return ledger
}

function createCore(state: MemoryState): Core {
  const isClient = () => state.options.caller.kind === 'client'
  return {
    supportsPartialRefunds: true,
    listCustomers: method((p) => listCustomerPage(streamsFor(state.people, state.store, p.type), p)),
    getCustomers: method((p) => p.refs.map((ref) => lookupCustomer(state.people, state.store, ref))),
    listProducts: method((p) => catalogFor(state.catalog, p.customerType)),
    listOwnedProducts: method((p) => pageOf(ownedProducts(ledgerOf(state, p.customer), { hideServerOnly: isClient() }), p)),
    listItemBalances: method((p) => itemBalances(ledgerOf(state, p.customer), state.catalog.itemsOf(p.customer.type))),
    listTransactions: method((p) => structuredClone(pageOf(ledgerOf(state, p.customer).transactions, p))),
    getCustomerMetrics: method((p) => metricsOf(ledgerOf(state, p.customer))),
    getBilling: method((p) => billingOf(state, p.customer)),
    createCheckoutUrl: method((p) => createCheckout(state, p)),
    grantProduct: method((p) => grantProduct(state, p)),
    changeItemQuantity: method((p) => changeItemQuantity(state, p)),
    cancelSubscription: method((p) => cancelSubscription(state, p)),
    refundTransaction: method((p) => refundTransaction(state, p)),
  }
}

function inspect(state: MemoryState): MemoryAdapterInspection {
  const { cached, kept } = state.store.stats()
  return {
    checkoutsCreated: state.checkouts.list.length,
    checkouts: structuredClone(state.checkouts.list),
    cachedLedgers: cached,
    keptLedgers: kept,
  }
}

/** Latency and failures, when asked for, come from the shared fault wrapper. */
function withOptionalFaults(core: Core, options: MemoryAdapterOptions): Core {
  const { latency = 0, failureRate = 0, seed = 1 } = options
  if (latency === 0 && failureRate === 0) return core
  // withFaults keeps every method the core has, so the capabilities stay present.
  return withFaults(core, { latency, failureRate, seed }) as Core
}

/**
 * Creates an in-memory adapter over a deterministic dataset: the same seed gives the same
 * customers, products, ledgers and dates. Users and teams are computed on demand, so a million
 * of them cost nothing up front; every mutation keeps owned products, balances, transactions and
 * metrics consistent, and `createCheckoutUrl` enforces the backend's rules in the backend's order.
 *
 * @example
 * const adapter = createMemoryAdapter({ seed: 7, users: 1_000_000, latency: [50, 300] })
 * const page = await adapter.listCustomers({ type: 'all', limit: 50, signal })
 * const { url } = await adapter.createCheckoutUrl({
 *   customer: page.items[0],
 *   productId: 'pro',
 *   idempotencyKey: crypto.randomUUID(),
 * })
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const state = createState(options)
  const adapter = withOptionalFaults(createCore(state), options)
  return { ...adapter, supportsPartialRefunds: true, inspect: () => inspect(state) }
}

/** A cursor that starts a `listCustomers` page at `offset` (for tests and benchmarks that jump far ahead). */
export function memoryOffsetCursor(offset: number): string {
  return encodeCursor({ offset, matchesBefore: 0 })
}

/** The id of generated user or team number `index` (0 = newest) for a seed, as the adapter generates it. */
export function memoryCustomerId(type: 'user' | 'team', index: number, seed = 1): string {
  return rowUuid(seed, type, index)
}
