/**
 * `@hexclave/payments-ui/adapters/sdk`: an adapter over the published Hexclave / Stack Auth JS SDK
 * (`@stackframe/js`, an optional peer dependency). The host passes its own `StackServerApp` or
 * `StackAdminApp` (or their `Hexclave*` aliases); this entry never loads the SDK itself.
 */
import type { AdapterFeature, CheckoutResult, CreateCheckoutParams, ListCustomersParams, PaymentsAdapter } from '../../adapter/types'
import { catalogOf } from '../rest/map'
import { idempotentCheckouts } from '../rest/mutations'
import { isAdminApp, type SdkAdminApp, type SdkApp } from './app'
import { unavailableError } from './errors'
import { changeItemQuantity, createCheckout, grantProduct, refundTransaction } from './mutations'
import {
  createConfigReader,
  createSdkCustomCustomers,
  createTeamsReader,
  getCustomerMetrics,
  getCustomers,
  listCustomers,
  listItemBalances,
  listOwnedProducts,
  listProducts,
  listTransactions,
  type SdkReads,
} from './reads'

export type { SdkAdminApp, SdkApp, SdkCustomerOptions, SdkItem, SdkProject, SdkServerApp, SdkTeam, SdkUser } from './app'
export { sdkError } from './errors'

const ADMIN_APP = 'an admin app (StackAdminApp or HexclaveAdminApp with superSecretAdminKey)'

/**
 * Why each thing the SDK adapter cannot do is missing: the text `unavailable` carries.
 *
 * @example
 * if (adapter.unavailable['createCheckoutUrl:custom'] === SDK_UNAVAILABLE_REASONS['createCheckoutUrl:custom']) {
 *   // the SDK cannot create checkout links for custom customers, and no fallback does
 * }
 */
export const SDK_UNAVAILABLE_REASONS = {
  'createCheckoutUrl:custom': 'The Hexclave SDK creates checkout links for users and teams only; it has no call for custom customers.',
  cancelSubscription: 'The Hexclave SDK cancels a subscription only in the signed-in customer’s own session (a client app); a server or admin app cannot.',
  getBilling: 'The Hexclave SDK reads billing only in the signed-in customer’s own session (a client app); a server or admin app cannot.',
  'listCustomers:custom': `Custom customers are found in the transactions, which only ${ADMIN_APP} can read.`,
  listProducts: `The product catalog is in the project config, which only ${ADMIN_APP} can read.`,
  listItemBalances: `Which items exist is in the project config, which only ${ADMIN_APP} can read.`,
  listTransactions: `Transactions can only be read by ${ADMIN_APP}.`,
  getCustomerMetrics: `Metrics are derived from the transactions, which only ${ADMIN_APP} can read.`,
  refundTransaction: `Refunds need ${ADMIN_APP}.`,
} as const satisfies Partial<Record<AdapterFeature, string>>

/**
 * Options of {@link createSdkAdapter}.
 *
 * @example
 * const options: SdkAdapterOptions = { app: stackServerApp, fallback: createRestAdapter({ baseUrl, headers }) }
 */
export interface SdkAdapterOptions {
  /**
   * The host's SDK app: a `StackServerApp` / `HexclaveServerApp` (with `secretServerKey`), or a
   * `StackAdminApp` / `HexclaveAdminApp` (with `superSecretAdminKey`) for the catalog, item
   * balances, transactions, metrics, custom customers and refunds.
   */
  app: SdkApp
  /**
   * Another adapter for the same project (e.g. the REST adapter) that serves what the SDK cannot:
   * checkout for custom customers, cancelling subscriptions, billing, and with a server app
   * everything that needs an admin app. It holds a key of its own: create and run it on a server
   * (behind your own route), never in a browser.
   */
  fallback?: PaymentsAdapter
}

/**
 * The SDK adapter: the required reads and checkout, grants and item changes always; catalog, item
 * balances, transactions, metrics, refunds and custom customers with an admin app (or a fallback);
 * `unavailable` says why anything else is missing.
 *
 * @example
 * const adapter: SdkAdapter = createSdkAdapter({ app })
 * <PaymentsProvider adapter={adapter}>…</PaymentsProvider>
 */
export type SdkAdapter = PaymentsAdapter & {
  readonly unavailable: Readonly<Partial<Record<AdapterFeature, string>>>
}

type Reason = keyof typeof SDK_UNAVAILABLE_REASONS

/**
 * Creates an adapter over the host's Hexclave SDK app, using only the SDK's public methods.
 *
 * With an admin app it serves every read, checkouts for users and teams (`user.createCheckoutUrl`
 * / `team.createCheckoutUrl`), grants, item changes (`createItemQuantityChange`, or
 * `tryDecreaseQuantity` when the balance must not go negative), USD refunds with an amount
 * (`refundTransaction({ amountUsd })`) and metrics derived from the transactions. With a server
 * app the catalog, item balances, transactions, metrics, refunds and custom customers need an
 * admin app: the required ones among them fail with `not_implemented`, the optional ones are
 * absent, and `unavailable` (also `getCapabilities(adapter).unavailable`) says why for each; the
 * `fallback`, when given, serves them instead. The SDK has no call for checkout of custom
 * customers, cancelling subscriptions or billing from a server: those go to the fallback or stay
 * unavailable.
 *
 * The SDK takes no `AbortSignal`: each call is raced against the caller's signal, so an abort
 * rejects at once with an `AbortError` (the SDK request runs on, its answer ignored). Work several
 * callers share (the custom-customer scan, the config read, a checkout per idempotency key) is not
 * tied to any one caller's signal. The SDK's known errors become `PaymentsError`s by their
 * `errorCode` with the backend's message; malformed SDK data is `invalid_response` naming the
 * method and field.
 *
 * Costs to know: owned products carry prices, included items and product lines only from the
 * current catalog (none for inline products, or with a server app and no fallback); `listCustomers`
 * and `getCustomers` read every team, one `listTeams` shared for 5 s (the SDK waits 300 ms between
 * identical calls); custom customers are one scan of the
 * custom transactions, cached for the instance's lifetime (cleared by its grants and item
 * changes); a checkout reads the user or team first; a refund walks the customer's transactions to
 * find the purchase's kind; refund amounts come from one `type: 'refund'` listing per customer type,
 * shared for 5 s after it answers and forgotten by `refundTransaction`; `expiresAt` of a checkout is 24 h after the answer.
 *
 * @example
 * import { StackAdminApp } from '@stackframe/js'
 * import { createSdkAdapter } from '@hexclave/payments-ui/adapters/sdk'
 *
 * // On a server: the admin key never reaches a browser.
 * const app = new StackAdminApp({
 *   projectId: process.env.HEXCLAVE_PROJECT_ID,
 *   publishableClientKey: process.env.HEXCLAVE_PUBLISHABLE_CLIENT_KEY,
 *   secretServerKey: process.env.HEXCLAVE_SECRET_SERVER_KEY,
 *   superSecretAdminKey: process.env.HEXCLAVE_SUPER_SECRET_ADMIN_KEY,
 *   tokenStore: null,
 * })
 * const adapter = createSdkAdapter({ app })
 * adapter.unavailable['createCheckoutUrl:custom'] // why custom customers get no checkout link
 */
export function createSdkAdapter(options: SdkAdapterOptions): SdkAdapter {
  const { app, fallback } = options
  const admin: SdkAdminApp | null = isAdminApp(app) ? app : null
  const unavailable: Partial<Record<AdapterFeature, string>> = {}
  /** Notes `reason` unless the fallback has `method`; returns the fallback's bound method, if any. */
  const missing = <M extends keyof PaymentsAdapter>(reason: Reason, method: M): PaymentsAdapter[M] | undefined => {
    const served = fallback?.[method]
    if (typeof served === 'function') return served.bind(fallback) as PaymentsAdapter[M]
    unavailable[reason] = SDK_UNAVAILABLE_REASONS[reason]
    return undefined
  }
  /** A required method the SDK cannot serve: the fallback's, or one that fails with `not_implemented`. */
  const required = <M extends 'listProducts' | 'listItemBalances' | 'listTransactions'>(method: M): NonNullable<PaymentsAdapter[M]> =>
    missing(method, method) ?? ((() => Promise.reject(unavailableError(method, SDK_UNAVAILABLE_REASONS[method], method))) as NonNullable<PaymentsAdapter[M]>)

  const config = admin ? createConfigReader(admin) : null
  const fallbackCatalog = !admin && fallback ? fallback : null
  const reads: SdkReads = {
    app,
    admin,
    customs: admin ? createSdkCustomCustomers(admin) : null,
    config,
    teams: createTeamsReader(app),
    catalog: config
      ? async (signal, caller) => catalogOf(await config(signal, caller))
      : fallbackCatalog
        ? (signal) => fallbackCatalog.listProducts({ signal: signal ?? new AbortController().signal })
        : null,
  }
  const configured = config ? { ...reads, config } : null

  // Custom customers: the admin transactions, or the fallback (which then lists `all` too).
  const customList = admin ? null : missing('listCustomers:custom', 'listCustomers')
  const noCustom = () => unavailableError('listCustomers', SDK_UNAVAILABLE_REASONS['listCustomers:custom'], 'listCustomers:custom')
  const customCheckout = missing('createCheckoutUrl:custom', 'createCheckoutUrl')
  const sdkCheckout = idempotentCheckouts((p) => createCheckout(app, { ...p, customer: { ...p.customer, type: p.customer.type === 'team' ? 'team' : 'user' } }))
  const clearCustoms = () => reads.customs?.clear()
  // When the fallback lists the custom customers, it also makes their grants and item changes, so
  // that its own cache of them (cleared by its mutations) never misses a new one.
  const customGrant = customList ? fallback?.grantProduct?.bind(fallback) : undefined
  const customChange = customList ? fallback?.changeItemQuantity?.bind(fallback) : undefined
  const refund = admin ? undefined : missing('refundTransaction', 'refundTransaction')

  const adapter: SdkAdapter = {
    unavailable,
    supportsPartialRefunds: admin ? true : refund !== undefined && fallback?.supportsPartialRefunds === true,
    listCustomers: (p: ListCustomersParams) => (customList && p.type !== 'user' && p.type !== 'team' ? customList(p) : listCustomers(reads, p, noCustom)),
    getCustomers: (p) => getCustomers(reads, p),
    listProducts: configured ? (p) => listProducts(configured, p) : required('listProducts'),
    listOwnedProducts: (p) => listOwnedProducts(reads, p),
    listItemBalances: configured ? (p) => listItemBalances(configured, p) : required('listItemBalances'),
    listTransactions: admin ? (p) => listTransactions(admin, p) : required('listTransactions'),
    createCheckoutUrl: (p: CreateCheckoutParams): Promise<CheckoutResult> => {
      if (p.customer.type !== 'custom') return sdkCheckout(p)
      if (customCheckout) return customCheckout(p)
      return Promise.reject(unavailableError('createCheckoutUrl', SDK_UNAVAILABLE_REASONS['createCheckoutUrl:custom'], 'createCheckoutUrl:custom'))
    },
    getCustomerMetrics: admin ? (p) => getCustomerMetrics(reads, admin, p) : missing('getCustomerMetrics', 'getCustomerMetrics'),
    getBilling: missing('getBilling', 'getBilling'),
    grantProduct: async (p) => {
      if (p.customer.type === 'custom' && customGrant) return customGrant(p)
      await grantProduct(app, p)
      clearCustoms()
      return {}
    },
    changeItemQuantity: async (p) => {
      if (p.customer.type === 'custom' && customChange) return customChange(p)
      await changeItemQuantity(app, admin, p)
      clearCustoms()
    },
    cancelSubscription: missing('cancelSubscription', 'cancelSubscription'),
    refundTransaction: admin ? (p) => refundTransaction(admin, p) : refund,
  }
  for (const key of Object.keys(adapter) as Array<keyof SdkAdapter>) {
    if (adapter[key] === undefined) delete adapter[key]
  }
  Object.freeze(unavailable)
  return adapter
}
