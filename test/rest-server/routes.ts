/** The endpoints of the reference server, each translated into memory adapter calls. */
import { PaymentsError } from '../../src/adapter/errors'
import type { Customer, CustomerRef, CustomerType } from '../../src/adapter/types'
import type { MemoryAdapter } from '../../src/adapters/memory'
import { allCustomers, allOwned, allTransactions, type OwnedTransaction } from './data'
import { customerNotFound, fromMemoryError, schemaError, text, type ErrorContext } from './errors'
import { configOf, wireBilling, wireOwned, wireRefundTransaction, wireTeam, wireTransaction, wireUser } from './wire'
import type { WireTransaction } from '../../src/adapters/rest/wire'

/** What a handler gets. */
export interface RouteContext {
  memory: MemoryAdapter
  projectId: string
  blockNewPurchases: boolean
  method: string
  path: string
  query: URLSearchParams
  body: Record<string, unknown>
  params: string[]
  cache: { users?: Customer[]; teams?: Customer[]; transactions?: OwnedTransaction[] }
}

/** One endpoint. */
export interface Route {
  method: 'GET' | 'POST' | 'DELETE'
  pattern: RegExp
  level: 'server' | 'admin'
  /** Query keys the endpoint accepts; any other is a SCHEMA_ERROR. */
  queryKeys: string[]
  handle(ctx: RouteContext): Promise<unknown>
}

const signal = () => new AbortController().signal
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const TYPES: readonly string[] = ['user', 'team', 'custom']

function customerOf(ctx: RouteContext): CustomerRef {
  const [type = '', id = ''] = ctx.params
  if (!TYPES.includes(type)) throw schemaError(ctx.method, ctx.path, 'params.customer_type must be one of the following values: user, team, custom')
  const ref = { type: type as CustomerType, id: decodeURIComponent(id) }
  if (ref.type !== 'custom' && !UUID_RE.test(ref.id)) throw customerNotFound(ref)
  return ref
}

/** Runs a memory call, translating its errors. */
async function call<T>(ctx: RouteContext, extra: Omit<ErrorContext, 'method' | 'path'>, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw fromMemoryError(error, { method: ctx.method, path: ctx.path, ...extra })
  }
}

/** A mutation: runs, then forgets the cached transactions. */
async function mutate<T>(ctx: RouteContext, extra: Omit<ErrorContext, 'method' | 'path'>, run: () => Promise<T>): Promise<T> {
  const result = await call(ctx, extra, run)
  ctx.cache.transactions = undefined
  return result
}

async function users(ctx: RouteContext): Promise<Customer[]> {
  ctx.cache.users ??= await allCustomers(ctx.memory, 'user')
  return ctx.cache.users
}

async function teams(ctx: RouteContext): Promise<Customer[]> {
  ctx.cache.teams ??= (await allCustomers(ctx.memory, 'team')).reverse()
  return ctx.cache.teams
}

async function transactions(ctx: RouteContext): Promise<OwnedTransaction[]> {
  ctx.cache.transactions ??= await allTransactions(ctx.memory)
  return ctx.cache.transactions
}

/** The API's id match: the query, stripped of characters other than `A-Za-z0-9-_.`, is this UUID. */
function idMatches(c: Customer, query: string): boolean {
  const id = query.replace(/[^A-Za-z0-9\-_.]/g, '')
  return UUID_RE.test(id) && c.id.toLowerCase() === id.toLowerCase()
}

function userMatches(c: Customer, query: string): boolean {
  const q = query.toLowerCase()
  return idMatches(c, query) || [c.displayName, c.email].some((v) => v?.toLowerCase().includes(q))
}

/** A query value limited to `values` (absent is fine); anything else is a SCHEMA_ERROR. */
function oneOf(ctx: RouteContext, key: string, values: readonly string[]): void {
  const value = ctx.query.get(key)
  if (value !== null && !values.includes(value)) throw schemaError(ctx.method, ctx.path, `query.${key} must be one of the following values: ${values.join(', ')}`)
}

/** A positive integer `limit`, or `fallback` when absent; anything else is a SCHEMA_ERROR. */
function limitOf(ctx: RouteContext, fallback: number): number {
  const text = ctx.query.get('limit')
  const limit = text === null ? fallback : Number(text)
  if (!Number.isInteger(limit) || limit < 1) throw schemaError(ctx.method, ctx.path, 'query.limit must be a positive integer')
  return limit
}

/**
 * One page of `rows` from the id in `cursor` (inclusive, as the API's user and team cursors are);
 * an id not in `rows` is a SCHEMA_ERROR.
 */
function idPage(ctx: RouteContext, rows: Customer[]): { page: Customer[]; nextCursor: string | null } {
  const cursor = ctx.query.get('cursor')
  const start = cursor === null ? 0 : rows.findIndex((c) => c.id === cursor)
  if (start < 0) throw schemaError(ctx.method, ctx.path, 'query.cursor does not exist')
  const limit = limitOf(ctx, Math.max(1, rows.length))
  return { page: rows.slice(start, start + limit), nextCursor: rows[start + limit]?.id ?? null }
}

/** `GET /users`: newest first with `desc=true`; the cursor is the id of the first user of the page. */
async function listUsers(ctx: RouteContext): Promise<unknown> {
  oneOf(ctx, 'order_by', ['signed_up_at', 'last_active_at'])
  const q = ctx.query.get('query')
  let rows = (await users(ctx)).filter((c) => q === null || userMatches(c, q))
  if (ctx.query.get('desc') !== 'true') rows = [...rows].reverse()
  const { page, nextCursor } = idPage(ctx, rows)
  return { items: page.map(wireUser), is_paginated: true, pagination: { next_cursor: nextCursor } }
}

function teamMatches(c: Customer, query: string): boolean {
  return idMatches(c, query) || (c.displayName ?? c.id).toLowerCase().includes(query.toLowerCase())
}

/**
 * `GET /teams`. The wire reference (section 2.3) has only `user_id` and answers every team, oldest
 * first, with `is_paginated: false`. The published SDK also sends `query`, `order_by=created_at`,
 * `desc`, `limit` and `cursor` (an id, inclusive, like the users cursor) and reads
 * `pagination.next_cursor`: both are served, and the answer is paginated when `limit` or `cursor` is given.
 */
async function listTeams(ctx: RouteContext): Promise<unknown> {
  oneOf(ctx, 'order_by', ['created_at'])
  oneOf(ctx, 'desc', ['true', 'false'])
  if (ctx.query.has('user_id')) return { items: [], is_paginated: false }
  const q = ctx.query.get('query')
  let rows = (await teams(ctx)).filter((c) => q === null || teamMatches(c, q))
  if (ctx.query.get('desc') === 'true') rows = [...rows].reverse()
  const { page, nextCursor } = idPage(ctx, rows)
  const paginated = ctx.query.has('limit') || ctx.query.has('cursor')
  return paginated ? { items: page.map(wireTeam), is_paginated: true, pagination: { next_cursor: nextCursor } } : { items: page.map(wireTeam), is_paginated: false }
}

async function getOne(ctx: RouteContext, type: 'user' | 'team'): Promise<unknown> {
  const id = decodeURIComponent(ctx.params[0] ?? '')
  if (!UUID_RE.test(id)) throw schemaError(ctx.method, ctx.path, `params.${type}_id must be a valid UUID`)
  const [found] = await ctx.memory.getCustomers({ refs: [{ type, id }], signal: signal() })
  if (!found) throw customerNotFound({ type, id })
  return type === 'user' ? wireUser(found) : wireTeam(found)
}

async function listOwned(ctx: RouteContext): Promise<unknown> {
  const customer = customerOf(ctx)
  const rows = await call(ctx, { customer }, () => allOwned(ctx.memory, customer))
  const limit = Number(ctx.query.get('limit') ?? 10)
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw text(500, 'Something went wrong. Please make sure the data you entered is correct.')
  const cursor = ctx.query.get('cursor')
  const start = cursor === null ? 0 : rows.findIndex((o) => o.id === cursor)
  if (start < 0) throw text(400, 'Invalid cursor')
  return { items: rows.slice(start, start + limit).map(wireOwned), is_paginated: true, pagination: { next_cursor: rows[start + limit]?.id ?? null } }
}

async function grant(ctx: RouteContext): Promise<unknown> {
  const customer = customerOf(ctx)
  const productId = ctx.body.product_id
  if (typeof productId !== 'string') throw text(400, 'Must specify either product_id or product_inline!')
  const quantity = typeof ctx.body.quantity === 'number' ? ctx.body.quantity : 1
  const result = await mutate(ctx, { customer, productId }, () => ctx.memory.grantProduct({ customer, productId, quantity }))
  return result.subscriptionId ? { success: true, subscription_id: result.subscriptionId } : { success: true }
}

async function cancel(ctx: RouteContext): Promise<unknown> {
  const customer = customerOf(ctx)
  const subscriptionId = ctx.query.get('subscription_id')
  const productId = decodeURIComponent(ctx.params[2] ?? '')
  await mutate(ctx, { customer, productId }, () =>
    ctx.memory.cancelSubscription({ customer, productId: subscriptionId ? null : productId, subscriptionId }),
  )
  return { success: true }
}

async function itemOf(ctx: RouteContext) {
  const customer = customerOf(ctx)
  const itemId = decodeURIComponent(ctx.params[2] ?? '')
  const { items } = await ctx.memory.listProducts({ signal: signal() })
  const item = items.find((i) => i.id === itemId)
  const context = { customer, itemId }
  if (!item) throw fromMemoryError(new PaymentsError('item_not_found'), { method: ctx.method, path: ctx.path, ...context })
  if (item.customerType !== customer.type) throw fromMemoryError(new PaymentsError('customer_type_mismatch', { details: { itemCustomerType: item.customerType } }), { method: ctx.method, path: ctx.path, ...context })
  return { customer, item }
}

async function getItem(ctx: RouteContext): Promise<unknown> {
  const { customer, item } = await itemOf(ctx)
  const balances = await call(ctx, { customer, itemId: item.id }, () => ctx.memory.listItemBalances({ customer, signal: signal() }))
  return { id: item.id, display_name: item.displayName, quantity: balances.find((b) => b.itemId === item.id)?.quantity ?? 0 }
}

async function updateItem(ctx: RouteContext): Promise<unknown> {
  const allow = ctx.query.get('allow_negative')
  if (allow !== 'true' && allow !== 'false') throw schemaError(ctx.method, ctx.path, 'query.allow_negative must be one of the following values: true, false')
  const { customer, item } = await itemOf(ctx)
  const delta = ctx.body.delta
  if (typeof delta !== 'number') throw schemaError(ctx.method, ctx.path, 'body.delta must be a number')
  const description = typeof ctx.body.description === 'string' ? ctx.body.description : undefined
  await mutate(ctx, { customer, itemId: item.id }, () =>
    ctx.memory.changeItemQuantity({ customer, itemId: item.id, delta, description, allowNegative: allow === 'true' }),
  )
  return {}
}

let checkoutCounter = 0

async function createPurchaseUrl(ctx: RouteContext): Promise<unknown> {
  const unknownKey = Object.keys(ctx.body).find((k) => !['customer_type', 'customer_id', 'product_id', 'product_inline', 'return_url', 'offer_id'].includes(k))
  if (unknownKey) throw schemaError(ctx.method, ctx.path, `body contains unknown properties: ${unknownKey}`)
  const { customer_type: type, customer_id: id, return_url: returnUrl } = ctx.body
  const productId = ctx.body.product_id ?? ctx.body.offer_id
  if (typeof type !== 'string' || !TYPES.includes(type) || typeof id !== 'string') throw schemaError(ctx.method, ctx.path, 'body.customer_type and body.customer_id are required')
  const customer = { type: type as CustomerType, id }
  if (ctx.blockNewPurchases) throw fromMemoryError(new PaymentsError('purchases_blocked'), { method: ctx.method, path: ctx.path })
  if (typeof productId !== 'string') throw text(400, 'Must specify either product_id or product_inline!')
  checkoutCounter += 1
  const result = await call(ctx, { customer, productId }, () =>
    ctx.memory.createCheckoutUrl({ customer, productId, returnUrl: typeof returnUrl === 'string' ? returnUrl : undefined, idempotencyKey: `server-${checkoutCounter}` }),
  )
  return { url: result.url }
}

/**
 * `GET /payments/billing/{user|team}/{id}`: users and teams only (`custom` is a SCHEMA_ERROR), no
 * existence check (an unknown id has no payment-provider customer).
 */
async function billing(ctx: RouteContext): Promise<unknown> {
  const [type = '', id = ''] = ctx.params
  if (type !== 'user' && type !== 'team') throw schemaError(ctx.method, ctx.path, 'params.customer_type must be one of the following values: user, team')
  const customer: CustomerRef = { type, id: decodeURIComponent(id) }
  return wireBilling(await call(ctx, { customer }, () => ctx.memory.getBilling({ customer, signal: signal() })))
}

async function config(ctx: RouteContext): Promise<unknown> {
  const catalog = await ctx.memory.listProducts({ signal: signal() })
  return { config_string: JSON.stringify({ payments: configOf(catalog, ctx.blockNewPurchases) }) }
}

/** A row of the transactions listing: a transaction, or (listed with `type=refund`) a refund transaction. */
interface ListedRow {
  customer: CustomerRef
  id: string
  createdAt: string
  wire: () => WireTransaction
}

function encodeTxnCursor(row: ListedRow): string {
  return Buffer.from(JSON.stringify({ createdAtMillis: Date.parse(row.createdAt), txnId: `txn:${row.id}` })).toString('base64url')
}

function txnCursorStart(rows: ListedRow[], cursor: string | null): number {
  if (cursor === null) return 0
  try {
    const { txnId } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { txnId?: unknown }
    const index = rows.findIndex((r) => `txn:${r.id}` === txnId)
    if (index >= 0) return index + 1
  } catch {
    // an invalid cursor, answered below
  }
  throw text(400, 'Invalid cursor')
}

/**
 * The rows a `type` lists. The backend documented in April 2026 never lists refund transactions;
 * the published SDK's schema has the type `refund`, so `type=refund` lists them (what each refund
 * gave back, see `wireRefundTransaction`), newest first. Without `type` they stay unlisted.
 */
function listedRows(rows: OwnedTransaction[], kind: string | null): ListedRow[] {
  if (kind !== 'refund') {
    return rows
      .filter((r) => kind === null || r.transaction.type === kind)
      .map((r) => ({ customer: r.customer, id: r.transaction.id, createdAt: r.transaction.createdAt, wire: () => wireTransaction(r.transaction) }))
  }
  const refunds: ListedRow[] = []
  for (const { customer, transaction } of rows) {
    const wire = wireRefundTransaction(transaction, customer)
    if (wire) refunds.push({ customer, id: wire.id, createdAt: new Date(wire.created_at_millis).toISOString(), wire: () => wire })
  }
  return refunds.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
}

async function listTransactions(ctx: RouteContext): Promise<unknown> {
  const type = ctx.query.get('customer_type')
  const id = ctx.query.get('customer_id')
  const rows = listedRows(await transactions(ctx), ctx.query.get('type')).filter(
    (r) => (type === null || r.customer.type === type) && (id === null || r.customer.id === id),
  )
  const parsed = Number.parseInt(ctx.query.get('limit') ?? '50', 10)
  const limit = Number.isNaN(parsed) ? 50 : Math.min(200, Math.max(1, parsed))
  const start = txnCursorStart(rows, ctx.query.get('cursor'))
  const page = rows.slice(start, start + limit)
  const last = page[page.length - 1]
  // The published SDK's transaction schema also has the customer at the top level: both are served.
  const wire = (r: ListedRow) => ({ ...r.wire(), customer_type: r.customer.type, customer_id: r.customer.id })
  return { transactions: page.map(wire), next_cursor: last && start + limit < rows.length ? encodeTxnCursor(last) : null }
}

const REFUND_KEYS: readonly string[] = ['type', 'id', 'amount_usd', 'end_action', 'invoice_id', 'refund_entries']
const MONEY_RE = /^\d+(\.\d{1,2})?$/

/** A USD money amount of a refund body, or a SCHEMA_ERROR. */
function moneyOf(ctx: RouteContext, value: unknown): string {
  if (typeof value !== 'string' || !MONEY_RE.test(value)) throw schemaError(ctx.method, ctx.path, 'Money amount must be in the format of <number> or <number>.<number>')
  return value
}

/** The sum of decimal strings with at most two decimals, exactly (in cents). */
function sumMoney(values: string[]): string {
  const cents = values.reduce((total, v) => {
    const [whole = '0', fraction = ''] = v.split('.')
    return total + BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'))
  }, 0n)
  const fraction = (cents % 100n).toString().padStart(2, '0').replace(/0+$/, '')
  return `${cents / 100n}${fraction ? `.${fraction}` : ''}`
}

/**
 * The USD amount a refund body asks for: `amount_usd` (the published SDK's shape) or the sum of the
 * `refund_entries` amounts (the wire reference's shape, section 3.9). Exactly one shape is allowed.
 */
function refundAmountOf(ctx: RouteContext): string {
  const { amount_usd: amount, refund_entries: entries } = ctx.body
  if ((amount === undefined) === (entries === undefined)) throw schemaError(ctx.method, ctx.path, 'body must contain exactly one of amount_usd and refund_entries')
  if (amount !== undefined) return moneyOf(ctx, amount)
  if (!Array.isArray(entries) || entries.length === 0) throw schemaError(ctx.method, ctx.path, 'body.refund_entries must be a non-empty array')
  return sumMoney(
    entries.map((entry: unknown) => {
      const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>
      if (!Number.isInteger(e.entry_index) || !Number.isInteger(e.quantity)) throw schemaError(ctx.method, ctx.path, 'body.refund_entries[].entry_index and quantity must be integers')
      if ((e.quantity as number) < 0) throw schemaError(ctx.method, ctx.path, 'Refund quantity cannot be negative.')
      return moneyOf(ctx, e.amount_usd)
    }),
  )
}

/**
 * `POST /internal/payments/transactions/refund`, in both body shapes (see {@link refundAmountOf};
 * unknown keys are a SCHEMA_ERROR). The amount is partial when below the USD charged; a purchase
 * charged in other currencies only is refunded in full. The SDK's shape answers with the refund
 * transaction's id (the one `adjusted_by` then names); the reference's shape with `{ success: true }`.
 */
async function refund(ctx: RouteContext): Promise<unknown> {
  const unknownKey = Object.keys(ctx.body).find((k) => !REFUND_KEYS.includes(k))
  if (unknownKey) throw schemaError(ctx.method, ctx.path, `body contains unknown properties: ${unknownKey}`)
  const { type, id, end_action: endAction, invoice_id: invoiceId } = ctx.body
  if (type !== 'subscription' && type !== 'one-time-purchase') throw schemaError(ctx.method, ctx.path, 'body.type must be one of the following values: subscription, one-time-purchase')
  if (typeof id !== 'string') throw schemaError(ctx.method, ctx.path, 'body.id must be a string')
  if (endAction !== undefined && endAction !== 'now' && endAction !== 'at-period-end') throw schemaError(ctx.method, ctx.path, 'body.end_action must be one of the following values: now, at-period-end')
  if (invoiceId !== undefined && typeof invoiceId !== 'string') throw schemaError(ctx.method, ctx.path, 'body.invoice_id must be a string')
  const value = refundAmountOf(ctx)
  const extra = { refundKind: type, transactionId: id } as const
  const row = (await transactions(ctx)).find((r) => r.transaction.id === id)
  if (!row) throw fromMemoryError(new PaymentsError('not_found', { message: 'Transaction not found for this customer.' }), { method: ctx.method, path: ctx.path, ...extra })
  const usd = row.transaction.entries.some((e) => e.type === 'money_transfer' && e.chargedAmount.USD !== undefined)
  const amount = usd ? { currency: 'USD', value } : undefined
  await mutate(ctx, { ...extra, customer: row.customer }, () => ctx.memory.refundTransaction({ customer: row.customer, transactionId: id, amount }))
  return ctx.body.amount_usd === undefined ? { success: true } : { success: true, refund_transaction_id: `${id}:refund` }
}

/**
 * `GET /internal/projects/current`: the admin view of the project, with the backend's defaults
 * for the auth settings the reference server does not model (what `getProject()` reads).
 */
function currentProject(ctx: RouteContext): Promise<unknown> {
  return Promise.resolve({
    id: ctx.projectId,
    display_name: 'Reference project',
    description: '',
    logo_url: null,
    logo_full_url: null,
    logo_dark_mode_url: null,
    logo_full_dark_mode_url: null,
    created_at_millis: 0,
    is_production_mode: false,
    is_development_environment: true,
    owner_team_id: null,
    onboarding_status: 'completed',
    config: {
      allow_localhost: true,
      sign_up_enabled: true,
      credential_enabled: true,
      magic_link_enabled: false,
      passkey_enabled: false,
      client_team_creation_enabled: false,
      client_user_deletion_enabled: false,
      allow_user_api_keys: false,
      allow_team_api_keys: false,
      oauth_providers: [],
      enabled_oauth_providers: [],
      domains: [],
      email_config: { type: 'shared' },
      email_theme: 'default-light',
      create_team_on_sign_up: false,
      team_creator_default_permissions: [],
      team_member_default_permissions: [],
      user_default_permissions: [],
      oauth_account_merge_strategy: 'link_method',
    },
  })
}

const SEGMENT = '([^/]+)'
const CUSTOMER = `(user|team|custom|[^/]+)/${SEGMENT}`

/** Every endpoint, matched against the path below `/api/v1` (or `/api/latest`). */
export const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/users$/, level: 'server', queryKeys: ['limit', 'cursor', 'order_by', 'desc', 'query', 'team_id', 'include_restricted', 'include_anonymous', 'only_anonymous'], handle: listUsers },
  { method: 'GET', pattern: new RegExp(`^/users/${SEGMENT}$`), level: 'server', queryKeys: [], handle: (ctx) => getOne(ctx, 'user') },
  { method: 'GET', pattern: /^\/teams$/, level: 'server', queryKeys: ['user_id', 'query', 'order_by', 'desc', 'limit', 'cursor'], handle: listTeams },
  { method: 'GET', pattern: new RegExp(`^/teams/${SEGMENT}$`), level: 'server', queryKeys: [], handle: (ctx) => getOne(ctx, 'team') },
  { method: 'GET', pattern: /^\/internal\/config$/, level: 'admin', queryKeys: [], handle: config },
  { method: 'GET', pattern: /^\/internal\/projects\/current$/, level: 'admin', queryKeys: [], handle: currentProject },
  { method: 'GET', pattern: new RegExp(`^/payments/products/${CUSTOMER}$`), level: 'server', queryKeys: ['limit', 'cursor'], handle: listOwned },
  { method: 'POST', pattern: new RegExp(`^/payments/products/${CUSTOMER}$`), level: 'server', queryKeys: [], handle: grant },
  { method: 'DELETE', pattern: new RegExp(`^/payments/products/${CUSTOMER}/${SEGMENT}$`), level: 'server', queryKeys: ['subscription_id'], handle: cancel },
  { method: 'GET', pattern: new RegExp(`^/payments/items/${CUSTOMER}/${SEGMENT}$`), level: 'server', queryKeys: [], handle: getItem },
  { method: 'POST', pattern: new RegExp(`^/payments/items/${CUSTOMER}/${SEGMENT}/update-quantity$`), level: 'server', queryKeys: ['allow_negative'], handle: updateItem },
  { method: 'GET', pattern: new RegExp(`^/payments/billing/${CUSTOMER}$`), level: 'server', queryKeys: [], handle: billing },
  { method: 'POST', pattern: /^\/payments\/purchases\/create-purchase-url$/, level: 'server', queryKeys: [], handle: createPurchaseUrl },
  { method: 'GET', pattern: /^\/internal\/payments\/transactions$/, level: 'admin', queryKeys: ['limit', 'cursor', 'customer_type', 'customer_id', 'type'], handle: listTransactions },
  { method: 'POST', pattern: /^\/internal\/payments\/transactions\/refund$/, level: 'admin', queryKeys: [], handle: refund },
]
