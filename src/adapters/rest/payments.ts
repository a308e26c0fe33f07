/** Payments reads: catalog (from the config), owned products, item balances, transactions and billing. */
import { PaymentsError, isAbortError, throwIfAborted } from '../../adapter/errors'
import { isReusable, shareWork, type SharedWork } from '../../lib/shared-work'
import type {
  AdapterMethod,
  BillingInfo,
  CustomerPageParams,
  CustomerReadParams,
  CustomerRef,
  ItemBalance,
  ListProductsParams,
  OwnedProduct,
  Page,
  ProductCatalog,
  Transaction,
} from '../../adapter/types'
import { SCAN_PAGE_SIZE } from './customers'
import type { Requester } from './http'
import { billingOf, catalogOf, involves, ownedProductOf, transactionOf } from './map'
import { cursorWalk, decodeCursor, encodeCursor, invalid, isObject, objectBody, pagedListBody, parseWire, transactionPageBody } from './shape'
import { configPayments, wireOwnedProduct } from './wire-schema-products'
import type { ConfigPayments, WireBilling, WireTransaction } from './wire'
import { isRefundRow, readRefunds, type RefundIndex, type RefundListing } from './refunds'

/** The path segment of a customer: `/{type}/{id}`. */
export function customerPath(customer: CustomerRef): string {
  return `/${customer.type}/${encodeURIComponent(customer.id)}`
}

/** How long one config response serves further reads of the same adapter instance. */
const CONFIG_REUSE_MS = 5_000

/** Per adapter instance (one requester each): the config read in flight or recently answered. */
const sharedConfig = new WeakMap<Requester, SharedWork<unknown>>()

/**
 * `GET /internal/config` → the parsed `payments` part. A customer view reads it for the catalog,
 * the item balances and the owned products at once: those reads share one request (in flight, or
 * answered less than {@link CONFIG_REUSE_MS} ago). The shared request is not tied to any one
 * caller's signal: each caller stops waiting when its own signal aborts, and the request is
 * aborted once nobody waits. A failed or abandoned read is not kept.
 */
async function paymentsConfig(request: Requester, signal: AbortSignal | undefined, caller: AdapterMethod): Promise<ConfigPayments | undefined> {
  let shared = sharedConfig.get(request)
  if (!isReusable(shared, CONFIG_REUSE_MS)) {
    shared = shareWork((own) => request({ method: 'GET', path: '/internal/config', signal: own, caller }))
    sharedConfig.set(request, shared)
  }
  const body = objectBody(await shared.join(signal), caller)
  if (typeof body.config_string !== 'string') throw new PaymentsError('invalid_response', { method: caller, path: 'config_string' })
  let config: unknown
  try {
    config = JSON.parse(body.config_string)
  } catch (cause) {
    throw new PaymentsError('invalid_response', { method: caller, path: 'config_string', cause })
  }
  const payments = objectBody(config, caller).payments
  return payments === undefined || payments === null ? undefined : parseWire(configPayments, payments, caller, 'config_string.payments')
}

/** The catalog of one customer type (or all), from one config read. */
export async function listProducts(request: Requester, p: ListProductsParams): Promise<ProductCatalog> {
  return catalogOf(await paymentsConfig(request, p.signal, 'listProducts'), p.customerType)
}

/** One page of owned products for `caller`: the API's own cursor pages (limit clamped to 1–100). */
export async function ownedProductsPage(
  request: Requester,
  p: CustomerPageParams,
  caller: AdapterMethod,
  { links = true }: { links?: boolean } = {},
): Promise<Page<OwnedProduct>> {
  const query = { limit: Math.min(100, Math.max(1, Math.floor(p.limit))), cursor: p.cursor ?? undefined }
  const [page, config] = await Promise.all([
    request({ method: 'GET', path: `/payments/products${customerPath(p.customer)}`, query, signal: p.signal, caller }),
    links
      ? paymentsConfig(request, p.signal, caller).catch((error: unknown) => {
          if (isAbortError(error)) throw error
          return undefined // best effort: the owned products are still worth showing without it
        })
      : undefined,
  ])
  const body = pagedListBody(page, caller, wireOwnedProduct)
  const catalog = catalogOf(config)
  const nextCursor = body.nextCursor
  if (nextCursor !== null && nextCursor === p.cursor) throw invalid(caller, 'pagination.next_cursor', { reason: 'The next page has the same cursor as this one.' })
  return { items: body.items.map((row) => withCatalogLinks(ownedProductOf(row), catalog)), nextCursor }
}

/**
 * The wire's purchase-time snapshot has no product line or add-on data: take them from the
 * current config for products that still exist there (inline products have none).
 */
function withCatalogLinks(owned: OwnedProduct, catalog: ProductCatalog): OwnedProduct {
  const current = owned.id === null ? undefined : catalog.products.find((product) => product.id === owned.id)
  if (!current) return owned
  return { ...owned, product: { ...owned.product, productLineId: current.productLineId, isAddOnTo: [...current.isAddOnTo] } }
}

/**
 * Owned products: the API's own cursor pages (limit clamped to 1–100), each read together with
 * the config (`GET /internal/config`, in parallel) for the product line and add-on links.
 */
export function listOwnedProducts(request: Requester, p: CustomerPageParams): Promise<Page<OwnedProduct>> {
  return ownedProductsPage(request, p, 'listOwnedProducts')
}

/** Balances of every item of the customer's type: one config read plus one request per item. */
export async function listItemBalances(request: Requester, p: CustomerReadParams): Promise<ItemBalance[]> {
  const { items } = catalogOf(await paymentsConfig(request, p.signal, 'listItemBalances'), p.customer.type)
  return Promise.all(
    items.map(async (item) => {
      const path = `/payments/items${customerPath(p.customer)}/${encodeURIComponent(item.id)}`
      const body = objectBody(await request({ method: 'GET', path, signal: p.signal, caller: 'listItemBalances' }), 'listItemBalances')
      // Never a silent zero: an answer without a real quantity (an error body sent as 200, an empty
      // body, a string) is a malformed response, not an empty balance.
      if (typeof body.quantity !== 'number' || !Number.isSafeInteger(body.quantity)) {
        throw invalid('listItemBalances', `quantity`, { itemId: item.id })
      }
      if (body.display_name !== undefined && body.display_name !== null && typeof body.display_name !== 'string') {
        throw invalid('listItemBalances', 'display_name', { itemId: item.id })
      }
      return { itemId: item.id, displayName: body.display_name ?? item.displayName, quantity: body.quantity }
    }),
  )
}

/** A position in the transactions: the API page cursor and how many of the customer's rows in that page come before. */
interface ScanPosition {
  a: string | null
  s: number
}

function positionOf(cursor: string | null | undefined): ScanPosition {
  if (!cursor) return { a: null, s: 0 }
  const { a, s } = decodeCursor(cursor)
  if (!(a === null || typeof a === 'string') || typeof s !== 'number' || !Number.isSafeInteger(s) || s < 0) {
    throw new PaymentsError('validation', { message: 'Invalid cursor', fieldErrors: { cursor: 'Invalid cursor' } })
  }
  return { a, s }
}

interface ScanInput {
  from: ScanPosition
  customer: CustomerRef
  /** Stop once this many matching rows were found. */
  want: number
  signal: AbortSignal | undefined
  caller: AdapterMethod
  keep?: (txn: WireTransaction) => boolean
}

/** Walks the transaction pages from a position, keeping the customer's rows with their positions. */
export async function scanTransactions(request: Requester, input: ScanInput): Promise<Array<{ txn: WireTransaction; at: ScanPosition }>> {
  const rows: Array<{ txn: WireTransaction; at: ScanPosition }> = []
  let { a, s: skip } = input.from
  const next = cursorWalk(input.caller, 'next_cursor', a)
  for (;;) {
    const query = { limit: SCAN_PAGE_SIZE, cursor: a, customer_type: input.customer.type }
    const page = transactionPageBody(
      await request({ method: 'GET', path: '/internal/payments/transactions', query, signal: input.signal, caller: input.caller }),
      input.caller,
    )
    const matching = page.transactions.filter((t) => involves(t, input.customer) && (input.keep?.(t) ?? true))
    const at = a
    matching.slice(skip).forEach((txn, i) => rows.push({ txn, at: { a: at, s: skip + i } }))
    const cursor = next(page.next_cursor)
    if (rows.length >= input.want || cursor === null) return rows
    a = cursor
    skip = 0
  }
}

/**
 * What the refunds of a customer's `txns` gave back: when needed, its refund transactions among
 * every one of its type (`type=refund` pages), one scan shared by this adapter instance's reads
 * (see `readRefunds`).
 */
export function customerRefunds(
  request: Requester,
  customer: CustomerRef,
  txns: WireTransaction[],
  signal: AbortSignal | undefined,
  caller: AdapterMethod,
): Promise<RefundIndex> {
  const listing: RefundListing = {
    owner: request,
    customerType: customer.type,
    caller,
    readPage: async (cursor, own) => {
      const query = { limit: SCAN_PAGE_SIZE, cursor, customer_type: customer.type, type: 'refund' }
      return transactionPageBody(await request({ method: 'GET', path: '/internal/payments/transactions', query, signal: own, caller }), caller)
    },
  }
  return readRefunds(txns, listing, (txn) => involves(txn, customer), signal)
}

/**
 * A customer's transactions, newest first. The API has no customer filter, so this walks the
 * project's transactions of the customer's type (200 per request) from the cursor until it has
 * `limit + 1` of the customer's rows: a customer with few transactions costs a scan of all of them.
 * A page with refunded transactions also reads the refunds, for their amounts (`customerRefunds`;
 * later pages and other reads of the customer's type share that scan for a few seconds).
 */
export async function listTransactions(request: Requester, p: CustomerPageParams): Promise<Page<Transaction>> {
  const limit = Math.max(1, Math.floor(p.limit))
  const rows = await scanTransactions(request, {
    from: positionOf(p.cursor),
    customer: p.customer,
    want: limit + 1,
    signal: p.signal,
    caller: 'listTransactions',
    keep: (txn) => !isRefundRow(txn),
  })
  const next = rows[limit]?.at
  const page = rows.slice(0, limit).map((row) => row.txn)
  const refunds = await customerRefunds(request, p.customer, page, p.signal, 'listTransactions')
  return { items: page.map((txn) => transactionOf(txn, refunds)), nextCursor: next ? encodeCursor(next) : null }
}

const isNullableString = (value: unknown): boolean => value === null || typeof value === 'string'
const isNullableInteger = (value: unknown): boolean => value === null || Number.isSafeInteger(value)

/** Checks a billing body's `default_payment_method`: `null` or a card. */
function checkPaymentMethod(value: unknown, caller: AdapterMethod | undefined): void {
  const path = 'default_payment_method'
  if (value === null) return
  if (!isObject(value)) throw invalid(caller, path)
  if (typeof value.id !== 'string') throw invalid(caller, `${path}.id`)
  for (const key of ['brand', 'last4']) {
    if (!isNullableString(value[key])) throw invalid(caller, `${path}.${key}`)
  }
  for (const key of ['exp_month', 'exp_year']) {
    if (!isNullableInteger(value[key])) throw invalid(caller, `${path}.${key}`)
  }
}

/** A `{ has_customer, default_payment_method }` body, every field checked. */
export function billingBody(body: unknown, caller?: AdapterMethod): WireBilling {
  const object = objectBody(body, caller)
  if (typeof object.has_customer !== 'boolean') throw invalid(caller, 'has_customer')
  checkPaymentMethod(object.default_payment_method, caller)
  return object as unknown as WireBilling
}

/**
 * `GET /payments/billing/{user|team}/{id}`: whether the customer has a payment-provider customer,
 * and its default card (`has_customer: false` when payments are not set up). The API has no
 * billing for custom customers (it answers SCHEMA_ERROR), so for them this answers
 * `{ hasCustomer: false, defaultPaymentMethod: null }` without a request, as the memory adapter does.
 */
export async function getBilling(request: Requester, p: CustomerReadParams): Promise<BillingInfo> {
  if (p.customer.type === 'custom') {
    throwIfAborted(p.signal)
    return { hasCustomer: false, defaultPaymentMethod: null }
  }
  const body = await request({ method: 'GET', path: `/payments/billing${customerPath(p.customer)}`, signal: p.signal, caller: 'getBilling' })
  return billingOf(billingBody(body, 'getBilling'))
}
