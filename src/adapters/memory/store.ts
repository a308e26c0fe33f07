/**
 * Where ledgers live. Users' and teams' ledgers are generated on first access and kept in a
 * bounded cache; custom customers' ledgers, seeded ledgers and every mutated ledger are kept for
 * good. Custom customers are enumerated from their transactions, as the backend must.
 */
import type { CustomerRef } from '../../adapter/types'
import { customerKey } from '../../lib/customer-key'
import { createRandom, hashString } from '../../lib/random'
import type { Catalog } from './catalog'
import { haystackOf, type ListedCustomer } from './dataset'
import { generateLedger } from './generate'
import { emptyLedger, type Ledger } from './ledger'
import { iso } from './time'

/**
 * The hash input that fixes a customer's generated data (`type` NUL `id`). Not a key: maps use
 * `customerKey`. Changing it would change every generated ledger of every seed.
 */
export const seedInput = (ref: CustomerRef): string => `${ref.type}\u0000${ref.id}`

/** How many generated, unmutated ledgers stay cached. */
const CACHE_SIZE = 500

export interface LedgerStoreInput {
  seed: number
  referenceMs: number
  catalog: Catalog
  /** Creation time of an existing user or team, `null` when there is no such user or team. */
  startOf(ref: CustomerRef): number | null
  /** Ledgers given up front (seeded and custom ones); kept for good. */
  initial: Ledger[]
  /** Names of custom customers given explicitly. */
  customNames: ReadonlyMap<string, string | null>
}

export interface LedgerStore {
  /** The customer's ledger; `null` for a user or team that does not exist. Do not mutate it. */
  read(ref: CustomerRef): Ledger | null
  /** The customer's ledger, kept for good so that it can be mutated; `null` as for `read`. */
  write(ref: CustomerRef): Ledger | null
  /** Custom customers with at least one transaction, newest first seen first. */
  customRows(): ListedCustomer[]
  /** Numbers for tests: ledgers in the bounded cache and ledgers kept for good. */
  stats(): { cached: number; kept: number }
}

/** Generates the ledger of an existing user or team from `hash(seed, type, id)`. */
export function generatedLedger(input: Pick<LedgerStoreInput, 'seed' | 'referenceMs' | 'catalog'>, ref: CustomerRef, startMs: number, force: boolean): Ledger {
  return generateLedger({
    catalog: input.catalog,
    customer: ref,
    startMs,
    referenceMs: input.referenceMs,
    random: createRandom(hashString(seedInput(ref), input.seed)),
    force,
  })
}

function firstSeenMs(ledger: Ledger): number | null {
  const oldest = ledger.transactions[ledger.transactions.length - 1]
  return oldest ? Date.parse(oldest.createdAt) : null
}

function customRow(ledger: Ledger, names: ReadonlyMap<string, string | null>): ListedCustomer | null {
  const ms = firstSeenMs(ledger)
  if (ms === null) return null
  const customer = { type: 'custom' as const, id: ledger.customer.id, displayName: names.get(ledger.customer.id) ?? null, createdAt: iso(ms) }
  return { customer, createdAtMs: ms, haystack: haystackOf(customer) }
}

export function createLedgerStore(input: LedgerStoreInput): LedgerStore {
  const kept = new Map(input.initial.map((ledger) => [customerKey(ledger.customer), ledger]))
  const cache = new Map<string, Ledger>()
  let customCache: ListedCustomer[] | null = null

  function cached(ref: CustomerRef, startMs: number): Ledger {
    const key = customerKey(ref)
    let ledger = cache.get(key)
    if (ledger) cache.delete(key)
    else ledger = generatedLedger(input, ref, startMs, false)
    cache.set(key, ledger)
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? key)
    return ledger
  }

  function read(ref: CustomerRef): Ledger | null {
    if (ref.type === 'custom') return kept.get(customerKey(ref)) ?? emptyLedger(ref)
    const startMs = input.startOf(ref)
    if (startMs === null) return null
    return kept.get(customerKey(ref)) ?? cached(ref, startMs)
  }

  function write(ref: CustomerRef): Ledger | null {
    const ledger = read(ref)
    if (!ledger) return null
    const key = customerKey(ref)
    cache.delete(key)
    kept.set(key, ledger)
    if (ref.type === 'custom') customCache = null
    return ledger
  }

  function customRows(): ListedCustomer[] {
    customCache ??= [...kept.values()]
      .filter((ledger) => ledger.customer.type === 'custom')
      .map((ledger) => customRow(ledger, input.customNames))
      .filter((row): row is ListedCustomer => row !== null)
      .sort((a, b) => b.createdAtMs - a.createdAtMs || (a.customer.id < b.customer.id ? -1 : 1))
    return customCache
  }

  return { read, write, customRows, stats: () => ({ cached: cache.size, kept: kept.size }) }
}
