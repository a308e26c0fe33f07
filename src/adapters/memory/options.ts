/** Options of the memory adapter, their defaults, and the data a host can seed it with. */
import type {
  Customer,
  CustomerRef,
  ItemDefinition,
  Product,
  ProductLine,
  SubscriptionState,
  Transaction,
} from '../../adapter/types'
import type { Latency } from '../../testing/faults'

/** Who calls the adapter: an admin/server (may do anything) or a signed-in client user. */
export type MemoryCaller =
  | { kind: 'admin' }
  | {
      kind: 'client'
      /** The signed-in user's id. */
      userId: string
      /** Teams the user administers. */
      adminTeamIds: string[]
    }

/** A subscription override in a {@link MemoryLedgerSeed}, matched by id to a purchase's `subscriptionId`. */
export interface MemorySubscriptionSeed extends Partial<Omit<SubscriptionState, 'id' | 'isCancelable'>> {
  id: string
  /** `true` for a subscription that already ended (its product is no longer owned). */
  ended?: boolean
}

/** A product granted by a {@link MemoryLedgerSeed}: an id, or an id with a quantity. */
export type MemoryProductSeed = string | { productId: string; quantity?: number }

/**
 * One customer's ledger, given explicitly instead of generated. It replaces the generated ledger
 * of that customer entirely.
 */
export interface MemoryLedgerSeed {
  customer: CustomerRef
  /** Transactions in the shape the adapter returns them (any order). */
  transactions?: Transaction[]
  /** Overrides of the subscriptions that `transactions` start (by default active, renewing). */
  subscriptions?: MemorySubscriptionSeed[]
  /** Shorthand: products granted at the reference date (`['pro', { productId: 'credit-pack', quantity: 3 }]`). */
  products?: MemoryProductSeed[]
  /** Shorthand: manual item changes at the reference date, e.g. `{ credits: -40 }` for a negative balance. */
  itemChanges?: Record<string, number>
}

/** Data that replaces parts of the generated dataset (for stories and tests). */
export interface MemoryDataOverride {
  /** Replaces the default catalog's products. */
  products?: Product[]
  /** Replaces the default catalog's product lines. */
  productLines?: ProductLine[]
  /** Replaces the default catalog's items. */
  items?: ItemDefinition[]
  /**
   * Replaces every generated customer (the `users`, `teams` and `customCustomers` counts are then
   * ignored). `[]` gives an empty dataset. Users and teams not listed do not exist; custom
   * customers listed get a generated ledger unless `ledgers` has one.
   */
  customers?: Customer[]
  /** Explicit ledgers; any customer without one gets a generated ledger. */
  ledgers?: MemoryLedgerSeed[]
}

/** Options of {@link createMemoryAdapter}. */
export interface MemoryAdapterOptions {
  /** Seed of the generated dataset and of every id, latency and failure drawn. @default 1 */
  seed?: number
  /** Number of generated users (1,000,000 is fine: rows are computed on demand). @default 240 */
  users?: number
  /** Number of generated teams. @default 60 */
  teams?: number
  /** Number of generated custom customers (each generated with activity, so each is listed). @default 40 */
  customCustomers?: number
  /** The "today" of the generated data: sign-ups, purchases and periods are dated relative to it. @default '2026-11-01T00:00:00.000Z' */
  referenceDate?: string | Date
  /** Latency added to every call, in ms: fixed or a seeded `[min, max]` range. @default 0 */
  latency?: Latency
  /** Probability in [0, 1] that a call fails with a seeded `network` error. @default 0 */
  failureRate?: number
  /** Makes `createCheckoutUrl` fail with `purchases_blocked`. @default false */
  blockNewPurchases?: boolean
  /** `false` makes checkouts and refunds fail with `payments_not_configured` and billing report no customer. @default true */
  paymentsConfigured?: boolean
  /**
   * Origins a checkout's `returnUrl` may point to. An entry without port on `localhost`/`127.0.0.1`
   * matches any port; `https://*.example.com` matches subdomains.
   * @default ['http://localhost', 'http://127.0.0.1', 'https://app.example.com']
   */
  trustedReturnUrlOrigins?: string[]
  /** Who calls: clients may only act for their own user or teams they administer. @default { kind: 'admin' } */
  caller?: MemoryCaller
  /** Clock of mutations and checkout expiry (never used for generated data). @default () => new Date() */
  now?: () => Date
  /** Data that replaces parts of the generated dataset. @default undefined (everything generated) */
  data?: MemoryDataOverride
}

/** The default of {@link MemoryAdapterOptions.trustedReturnUrlOrigins}. */
export const DEFAULT_TRUSTED_RETURN_URL_ORIGINS: readonly string[] = ['http://localhost', 'http://127.0.0.1', 'https://app.example.com']

/** The default of {@link MemoryAdapterOptions.referenceDate}. */
export const DEFAULT_REFERENCE_DATE = '2026-11-01T00:00:00.000Z'

export interface ResolvedOptions {
  seed: number
  users: number
  teams: number
  customCustomers: number
  referenceMs: number
  blockNewPurchases: boolean
  paymentsConfigured: boolean
  trustedReturnUrlOrigins: readonly string[]
  caller: MemoryCaller
  now: () => Date
}

function countOption(name: string, value: number | undefined, fallback: number): number {
  const count = value ?? fallback
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`${name} must be a non-negative integer, got ${count}`)
  return count
}

export function resolveOptions(options: MemoryAdapterOptions, referenceMs: number): ResolvedOptions {
  return {
    seed: options.seed ?? 1,
    users: countOption('users', options.users, 240),
    teams: countOption('teams', options.teams, 60),
    customCustomers: countOption('customCustomers', options.customCustomers, 40),
    referenceMs,
    blockNewPurchases: options.blockNewPurchases ?? false,
    paymentsConfigured: options.paymentsConfigured ?? true,
    trustedReturnUrlOrigins: options.trustedReturnUrlOrigins ?? DEFAULT_TRUSTED_RETURN_URL_ORIGINS,
    caller: options.caller ?? { kind: 'admin' },
    now: options.now ?? (() => new Date()),
  }
}
