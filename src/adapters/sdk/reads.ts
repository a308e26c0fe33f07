/**
 * The SDK adapter's reads: customers (users and teams from the SDK's lists, custom customers from
 * the admin transactions), the catalog and items from the admin config, owned products, item
 * balances, transactions and derived metrics.
 */
import type * as v from 'valibot'
import { isAbortError } from '../../adapter/errors'
import type {
  AdapterMethod,
  Customer,
  CustomerMetrics,
  CustomerPageParams,
  CustomerReadParams,
  CustomerRef,
  GetCustomersParams,
  ItemBalance,
  ListCustomersParams,
  ListProductsParams,
  OwnedProduct,
  Page,
  ProductCatalog,
  Transaction,
} from '../../adapter/types'
import { isReusable, shareWork, type SharedWork } from '../../lib/shared-work'
import { cachedCustomCustomers, mergeCustomers, scanCustomCustomers, SCAN_PAGE_SIZE, type CustomCustomers, type CustomerSources } from '../rest/customers'
import { catalogOf, involves, transactionOf } from '../rest/map'
import { isRefundRow, readRefunds, type RefundIndex, type RefundListing } from '../rest/refunds'
import { metricsOf } from '../rest/metrics'
import { cursorWalk, invalid, objectBody, parseWire, transactionPageBody } from '../rest/shape'
import type { ConfigPayments, WireTransaction, WireTransactionPage } from '../rest/wire'
import { configPayments } from '../rest/wire-schema-products'
import { customerOptions, type SdkAdminApp, type SdkApp, type SdkTeam, type SdkUser } from './app'
import { sdkCall, sdkError } from './errors'
import { sdkItem, sdkNextCursor, sdkOwnedProduct, sdkTeam, sdkUser, type SdkOwnedProductRow } from './schema'

/** How long one config answer serves further reads of the same adapter instance. */
const CONFIG_REUSE_MS = 5_000
/** The most owned products one SDK page holds. */
const OWNED_PAGE_SIZE = 100

/**
 * Each row of an SDK list, its read fields copied out by `pick` and checked against `schema`;
 * a bad row is `invalid_response` naming its index (`items[3].signedUpAt`).
 */
function checkedRows<T, S extends v.GenericSchema>(list: unknown, schema: S, pick: (row: T) => unknown, caller: AdapterMethod): Array<v.InferOutput<S>> {
  if (!Array.isArray(list)) throw invalid(caller, 'items')
  return list.map((row: T, i) => {
    if (typeof row !== 'object' || row === null) throw invalid(caller, `items[${i}]`)
    return parseWire(schema, pick(row), caller, `items[${i}]`)
  })
}

/** The `nextCursor` of an SDK list: a non-empty string or `null`. */
function nextCursorOf(list: unknown, caller: AdapterMethod): string | null {
  return parseWire(sdkNextCursor, Array.isArray(list) ? Reflect.get(list, 'nextCursor') : undefined, caller, 'nextCursor')
}

const pickUser = (u: SdkUser) => ({ id: u.id, displayName: u.displayName, primaryEmail: u.primaryEmail, profileImageUrl: u.profileImageUrl, signedUpAt: u.signedUpAt })
const pickTeam = (t: SdkTeam) => ({ id: t.id, displayName: t.displayName, profileImageUrl: t.profileImageUrl, createdAt: t.createdAt })

function userOf(u: v.InferOutput<typeof sdkUser>): Customer {
  return { type: 'user', id: u.id, displayName: u.displayName, email: u.primaryEmail, avatarUrl: u.profileImageUrl, createdAt: u.signedUpAt.toISOString() }
}

function teamOf(t: v.InferOutput<typeof sdkTeam>): Customer {
  return { type: 'team', id: t.id, displayName: t.displayName, avatarUrl: t.profileImageUrl, createdAt: t.createdAt.toISOString() }
}

/**
 * Everything the reads share: the app, the admin app when it is one, and the per-instance caches.
 *
 * @example
 * const reads: SdkReads = { app, admin, customs, config, teams: createTeamsReader(app), catalog: null }
 */
export interface SdkReads {
  app: SdkApp
  admin: SdkAdminApp | null
  /** Custom customers from the admin transactions; `null` for a server app. */
  customs: CustomCustomers | null
  /** The config's `payments`, read through the admin app and shared (see {@link createConfigReader}). */
  config: ((signal: AbortSignal | undefined, caller: AdapterMethod) => Promise<ConfigPayments | undefined>) | null
  /** Every team, shared (see {@link createTeamsReader}). */
  teams: (signal: AbortSignal | undefined, caller: AdapterMethod) => Promise<Customer[]>
  /** The catalog owned products are joined with (prices, items, product lines); `null` when there is none. */
  catalog: ((signal: AbortSignal | undefined, caller: AdapterMethod) => Promise<ProductCatalog>) | null
}

/** Joins shared SDK work: the caller's abort stays an `AbortError`, the SDK's failure becomes a PaymentsError. */
async function joinSdk(shared: SharedWork<unknown>, signal: AbortSignal | undefined, caller: AdapterMethod): Promise<unknown> {
  try {
    return await shared.join(signal)
  } catch (error) {
    if (isAbortError(error)) throw error
    throw sdkError(error, caller)
  }
}

/**
 * `getProject().getConfig()` → the checked `payments` part. A customer view reads it for the
 * catalog, the item balances and the owned products at once: those reads share one SDK call (in
 * flight, or answered less than {@link CONFIG_REUSE_MS} ago), not tied to any one caller's signal.
 * A failed or abandoned read is not kept.
 *
 * @example
 * const config = createConfigReader(adminApp)
 * const payments = await config(signal, 'listProducts')
 */
export function createConfigReader(admin: SdkAdminApp): NonNullable<SdkReads['config']> {
  let shared: SharedWork<unknown> | null = null
  return async (signal, caller) => {
    if (!isReusable(shared, CONFIG_REUSE_MS)) shared = shareWork(async () => (await admin.getProject()).getConfig())
    const payments = objectBody(await joinSdk(shared, signal, caller), caller).payments
    return payments === undefined || payments === null ? undefined : parseWire(configPayments, payments, caller, 'payments')
  }
}

/** How long one answer of every team serves further reads of the same adapter instance. */
const TEAMS_REUSE_MS = 5_000

/**
 * Every team, newest first, from `listTeams`. The SDK waits 300 ms between two identical calls,
 * so the pages of a customer list and the lookups share one call (in flight, or answered less
 * than {@link TEAMS_REUSE_MS} ago), not tied to any one caller's signal.
 *
 * @example
 * const teams = createTeamsReader(app)
 * const rows = await teams(signal, 'listCustomers')
 */
export function createTeamsReader(app: SdkApp): SdkReads['teams'] {
  let shared: SharedWork<unknown> | null = null
  return async (signal, caller) => {
    if (!isReusable(shared, TEAMS_REUSE_MS)) shared = shareWork(() => app.listTeams({ orderBy: 'createdAt', desc: true }))
    return checkedRows(await joinSdk(shared, signal, caller), sdkTeam, pickTeam, caller).map(teamOf)
  }
}

interface TransactionQuery {
  cursor: string | null
  limit: number
  customer?: CustomerRef
  customerType?: CustomerRef['type']
  /** Only refund transactions (a listing the published SDK's schema has; see ../rest/refunds.ts). */
  type?: 'refund'
}

/** One page of the admin transactions, checked as the REST adapter checks the wire's. */
async function transactionPage(admin: SdkAdminApp, q: TransactionQuery, signal: AbortSignal | undefined, caller: AdapterMethod): Promise<WireTransactionPage> {
  const page = await sdkCall(caller, signal, () =>
    admin.listTransactions({
      cursor: q.cursor ?? undefined,
      limit: q.limit,
      customerType: q.customer?.type ?? q.customerType,
      customerId: q.customer?.id,
      ...(q.type ? { type: q.type } : {}),
    }),
  )
  const body = objectBody(page, caller)
  const next = parseWire(sdkNextCursor, body.nextCursor, caller, 'nextCursor')
  return transactionPageBody({ transactions: body.transactions, next_cursor: next }, caller)
}

/**
 * The custom customers of an admin app, enumerated from its transactions (200 per call) and
 * cached per adapter instance; the scan is shared and stops between pages once nobody waits.
 *
 * @example
 * const customs = createSdkCustomCustomers(adminApp)
 * const custom = await customs.list(signal)
 */
export function createSdkCustomCustomers(admin: SdkAdminApp): CustomCustomers {
  return cachedCustomCustomers((signal) =>
    scanCustomCustomers((cursor) => transactionPage(admin, { cursor, limit: SCAN_PAGE_SIZE, customerType: 'custom' }, signal, 'listCustomers')),
  )
}

/**
 * Customers newest first (the REST adapter's merge): users from `listUsers` (paged, `query`
 * passed on), every team from `listTeams`, custom customers from the admin transactions. A server
 * app lists no custom customers: `all` holds users and teams only, and `custom` fails with
 * `not_implemented` (the adapter's `unavailable` says why).
 *
 * @example
 * const page = await listCustomers(reads, { type: 'all', limit: 50, signal }, () => new Error('no custom customers'))
 */
export function listCustomers(r: SdkReads, p: ListCustomersParams, noCustom: () => Error): Promise<Page<Customer>> {
  if (p.type === 'custom' && !r.customs) return Promise.reject(noCustom())
  const sources: CustomerSources = {
    async userPage(cursor, page, search) {
      const users = await sdkCall('listCustomers', page.signal, () =>
        r.app.listUsers({ limit: page.limit, cursor: cursor ?? undefined, orderBy: 'signedUpAt', desc: true, query: search || undefined }),
      )
      return { rows: checkedRows(users, sdkUser, pickUser, 'listCustomers').map(userOf), next: nextCursorOf(users, 'listCustomers') }
    },
    teams: (page) => r.teams(page.signal, 'listCustomers'),
    custom: (signal) => (r.customs ? r.customs.list(signal) : Promise.resolve([])),
  }
  return mergeCustomers(sources, p)
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Batch lookup: one `getUser` per user ref, the shared list of every team for the team refs (the
 * SDK's `getTeam` lists every team too), custom customers from the cached scan or as bare refs.
 *
 * @example
 * const [user, team] = await getCustomers(reads, { refs: [{ type: 'user', id: userId }, { type: 'team', id: teamId }], signal })
 */
export async function getCustomers(r: SdkReads, p: GetCustomersParams): Promise<Array<Customer | null>> {
  const teamIds = p.refs.some((ref) => ref.type === 'team' && UUID_RE.test(ref.id))
  const teams = teamIds ? r.teams(p.signal, 'getCustomers') : Promise.resolve([])
  return Promise.all(
    p.refs.map(async (ref): Promise<Customer | null> => {
      if (ref.type === 'custom') {
        const known = r.customs ? (await r.customs.list(p.signal)).find((c) => c.id === ref.id) : undefined
        return known ?? { type: 'custom', id: ref.id, displayName: null }
      }
      if (!UUID_RE.test(ref.id)) return null
      if (ref.type === 'team') return (await teams).find((team) => team.id === ref.id) ?? null
      const user = await sdkCall('getCustomers', p.signal, () => r.app.getUser(ref.id))
      return user === null ? null : userOf(parseWire(sdkUser, typeof user === 'object' ? pickUser(user) : user, 'getCustomers'))
    }),
  )
}

/**
 * The catalog of one customer type (or all) from the admin config.
 *
 * @example
 * const { products } = await listProducts(reads, { customerType: 'user', signal })
 */
export async function listProducts(r: SdkReads & { config: NonNullable<SdkReads['config']> }, p: ListProductsParams): Promise<ProductCatalog> {
  return catalogOf(await r.config(p.signal, 'listProducts'), p.customerType)
}

/**
 * An owned product. The SDK's row has no prices, included items, product line or add-on links:
 * they come from the current catalog when the product is still there (the admin config, or the
 * fallback's catalog); inline products, products no longer in the catalog, and every product of a
 * server app without a fallback have none.
 */
function ownedOf(row: SdkOwnedProductRow, catalog: ProductCatalog): OwnedProduct {
  const current = row.id === null ? undefined : catalog.products.find((product) => product.id === row.id)
  const sub = row.subscription
  return {
    id: row.id,
    quantity: row.quantity,
    kind: row.type ?? (sub ? 'subscription' : 'one_time'),
    product: {
      displayName: row.displayName,
      customerType: row.customerType,
      productLineId: current?.productLineId ?? null,
      serverOnly: row.isServerOnly,
      stackable: row.stackable,
      isAddOnTo: current ? [...current.isAddOnTo] : [],
      prices: current ? current.prices : [],
      includedItems: current ? current.includedItems : [],
    },
    subscription: sub
      ? { id: sub.subscriptionId, status: 'active', currentPeriodEnd: sub.currentPeriodEnd?.toISOString() ?? null, cancelAtPeriodEnd: sub.cancelAtPeriodEnd, isCancelable: sub.isCancelable }
      : null,
  }
}

type SdkOwned = Awaited<ReturnType<SdkApp['listProducts']>>[number]
const pickOwned = (o: SdkOwned) => ({
  id: o.id,
  quantity: o.quantity,
  displayName: o.displayName,
  customerType: o.customerType,
  isServerOnly: o.isServerOnly,
  stackable: o.stackable,
  type: o.type,
  subscription:
    typeof o.subscription === 'object' && o.subscription !== null
      ? { subscriptionId: o.subscription.subscriptionId, currentPeriodEnd: o.subscription.currentPeriodEnd, cancelAtPeriodEnd: o.subscription.cancelAtPeriodEnd, isCancelable: o.subscription.isCancelable }
      : o.subscription,
})

/** One page of owned products for `caller`: the SDK's own cursor pages (limit clamped to 1–100), joined with the catalog. */
async function ownedPage(r: SdkReads, p: CustomerPageParams, caller: AdapterMethod, withCatalog: boolean): Promise<Page<OwnedProduct>> {
  const limit = Math.min(OWNED_PAGE_SIZE, Math.max(1, Math.floor(p.limit)))
  const [list, config] = await Promise.all([
    sdkCall(caller, p.signal, () => r.app.listProducts({ ...customerOptions(p.customer), cursor: p.cursor ?? undefined, limit })),
    withCatalog && r.catalog
      ? r.catalog(p.signal, caller).catch((error: unknown) => {
          if (isAbortError(error)) throw error
          return undefined // best effort: the owned products are still worth showing without it
        })
      : undefined,
  ])
  const rows = checkedRows(list, sdkOwnedProduct, pickOwned, caller)
  const nextCursor = nextCursorOf(list, caller)
  if (nextCursor !== null && nextCursor === p.cursor) throw invalid(caller, 'nextCursor', { reason: 'The next page has the same cursor as this one.' })
  const catalog = config ?? catalogOf(undefined)
  return { items: rows.map((row) => ownedOf(row, catalog)), nextCursor }
}

/**
 * Owned products: `listProducts({ userId | teamId | customCustomerId, cursor, limit })`.
 *
 * @example
 * const page = await listOwnedProducts(reads, { customer, limit: 20, signal })
 */
export function listOwnedProducts(r: SdkReads, p: CustomerPageParams): Promise<Page<OwnedProduct>> {
  return ownedPage(r, p, 'listOwnedProducts', true)
}

/**
 * Balances of every item of the customer's type in the admin config: one `getItem` per item.
 *
 * @example
 * const balances = await listItemBalances(reads, { customer, signal })
 */
export async function listItemBalances(r: SdkReads & { config: NonNullable<SdkReads['config']> }, p: CustomerReadParams): Promise<ItemBalance[]> {
  const { items } = catalogOf(await r.config(p.signal, 'listItemBalances'), p.customer.type)
  return Promise.all(
    items.map(async (item) => {
      const found = await sdkCall('listItemBalances', p.signal, () => r.app.getItem({ ...customerOptions(p.customer), itemId: item.id }))
      const picked = typeof found === 'object' && found !== null ? { displayName: found.displayName, quantity: found.quantity } : found
      const balance = parseWire(sdkItem, picked, 'listItemBalances', item.id)
      return { itemId: item.id, displayName: balance.displayName || item.displayName, quantity: balance.quantity }
    }),
  )
}

/**
 * A customer's transactions, newest first: the admin `listTransactions` filtered by customer type
 * and id, its own cursor passed through (limit clamped to 1–200). A row that does not involve the
 * customer (a backend that ignored the filter) is left out, never shown as theirs.
 *
 * @example
 * const page = await listTransactions(adminApp, { customer, limit: 20, cursor: null, signal })
 */
export async function listTransactions(admin: SdkAdminApp, p: CustomerPageParams): Promise<Page<Transaction>> {
  const limit = Math.min(SCAN_PAGE_SIZE, Math.max(1, Math.floor(p.limit)))
  const page = await transactionPage(admin, { cursor: p.cursor ?? null, limit, customer: p.customer }, p.signal, 'listTransactions')
  if (page.next_cursor !== null && page.next_cursor === p.cursor) throw invalid('listTransactions', 'nextCursor', { reason: 'The next page has the same cursor as this one.' })
  const rows = page.transactions.filter((t) => involves(t, p.customer) && !isRefundRow(t))
  const refunds = await customerRefunds(admin, p.customer, rows, p.signal, 'listTransactions')
  return { items: rows.map((t) => transactionOf(t, refunds)), nextCursor: page.next_cursor }
}

/**
 * What the refunds of a customer's `txns` gave back: when needed, its refund transactions among
 * every one of its type (`listTransactions({ type: 'refund', customerType })`), one scan shared
 * by the reads of this admin app (see `readRefunds`).
 */
function customerRefunds(admin: SdkAdminApp, customer: CustomerRef, txns: WireTransaction[], signal: AbortSignal | undefined, caller: AdapterMethod): Promise<RefundIndex> {
  const listing: RefundListing = {
    owner: admin,
    customerType: customer.type,
    caller,
    readPage: (cursor, own) => transactionPage(admin, { cursor, limit: SCAN_PAGE_SIZE, customerType: customer.type, type: 'refund' }, own, caller),
  }
  return readRefunds(txns, listing, (t) => involves(t, customer), signal)
}

/**
 * Every transaction of the customer (newest first), walking the filtered admin list 200 at a time; stops at `until`.
 *
 * @example
 * const [found] = await customerTransactions(adminApp, customer, signal, 'refundTransaction', (t) => t.id === id)
 */
export async function customerTransactions(
  admin: SdkAdminApp,
  customer: CustomerRef,
  signal: AbortSignal | undefined,
  caller: AdapterMethod,
  until: (txn: WireTransaction) => boolean = () => false,
): Promise<WireTransaction[]> {
  const rows: WireTransaction[] = []
  const next = cursorWalk(caller, 'nextCursor')
  let cursor: string | null = null
  do {
    const page = await transactionPage(admin, { cursor, limit: SCAN_PAGE_SIZE, customer }, signal, caller)
    for (const txn of page.transactions) {
      if (!involves(txn, customer)) continue
      rows.push(txn)
      if (until(txn)) return rows
    }
    cursor = next(page.next_cursor)
  } while (cursor)
  return rows
}

/**
 * Derived figures with the REST adapter's semantics (`metricsOf`): every owned product (100 per
 * call) and every transaction of the customer (200 per call).
 *
 * @example
 * const metrics = await getCustomerMetrics(reads, adminApp, { customer, signal })
 */
export async function getCustomerMetrics(r: SdkReads, admin: SdkAdminApp, p: CustomerReadParams): Promise<CustomerMetrics> {
  const owned: OwnedProduct[] = []
  const next = cursorWalk('getCustomerMetrics', 'nextCursor')
  let cursor: string | null = null
  do {
    const page = await ownedPage(r, { customer: p.customer, cursor, limit: OWNED_PAGE_SIZE, signal: p.signal }, 'getCustomerMetrics', false)
    owned.push(...page.items)
    cursor = next(page.nextCursor)
  } while (cursor)
  const txns = await customerTransactions(admin, p.customer, p.signal, 'getCustomerMetrics')
  return metricsOf(owned, txns, p.customer, await customerRefunds(admin, p.customer, txns, p.signal, 'getCustomerMetrics'))
}
