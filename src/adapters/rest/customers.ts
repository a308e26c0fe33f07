/**
 * Customers: users paged by the API, teams listed whole (the API has no paging or search for
 * them), custom customers enumerated from the transactions, merged newest first.
 */
import { PaymentsError } from '../../adapter/errors'
import type { Customer, CustomerRef, ListCustomersParams, Page } from '../../adapter/types'
import type { Requester } from './http'
import { isReusable, shareWork, type SharedWork } from '../../lib/shared-work'
import { isoOf, teamOf, userOf } from './customer-rows'
import { cursorWalk, decodeCursor, encodeCursor, listBody, pagedListBody, transactionPageBody } from './shape'
import { wireTeam, wireUser } from './wire-schema'
import type { WireTransactionPage } from './wire'

/** How many user pages one `listCustomers` call reads at most when client-side filtering drops rows. */
const MAX_USER_PAGES = 5
/** Page size used to scan the transactions. */
export const SCAN_PAGE_SIZE = 200

/** Custom customers found in the transactions, cached per adapter instance. */
export interface CustomCustomers {
  list(signal: AbortSignal | undefined): Promise<Customer[]>
  /** Forgets the cache (after a mutation that may add a custom customer). */
  clear(): void
}

/** Newest first by `createdAt`, then by id. */
export function newestFirst(a: Customer, b: Customer): number {
  return Date.parse(b.createdAt ?? '') - Date.parse(a.createdAt ?? '') || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
}

/** Reads one page of the custom customers' transactions, from the API's cursor. */
export type TransactionPageReader = (cursor: string | null) => Promise<WireTransactionPage>

/** Every custom customer in the transactions, first seen at its oldest transaction, newest first. */
export async function scanCustomCustomers(readPage: TransactionPageReader): Promise<Customer[]> {
  const firstSeen = new Map<string, number>()
  const next = cursorWalk('listCustomers', 'next_cursor')
  let cursor: string | null = null
  do {
    const page = await readPage(cursor)
    for (const txn of page.transactions) {
      for (const entry of txn.entries) {
        if (entry.type === 'product_revocation' || entry.customer_type !== 'custom') continue
        firstSeen.set(entry.customer_id, Math.min(firstSeen.get(entry.customer_id) ?? Infinity, txn.created_at_millis))
      }
    }
    cursor = next(page.next_cursor)
  } while (cursor)
  return [...firstSeen].map(([id, ms]): Customer => ({ type: 'custom', id, displayName: null, createdAt: isoOf(ms) })).sort(newestFirst)
}

/**
 * Creates the per-instance cache of custom customers. The scan is shared by every caller while it
 * runs and is not bound to any one caller's signal: a caller that aborts only stops its own wait,
 * and the scan stops once nobody waits. A failed or abandoned scan is not kept.
 */
export function createCustomCustomers(request: Requester): CustomCustomers {
  return cachedCustomCustomers((signal) =>
    scanCustomCustomers(async (cursor) =>
      transactionPageBody(
        await request({ method: 'GET', path: '/internal/payments/transactions', query: { limit: SCAN_PAGE_SIZE, cursor, customer_type: 'custom' }, signal, caller: 'listCustomers' }),
        'listCustomers',
      ),
    ),
  )
}

/**
 * The per-instance cache of custom customers over any `scan`: shared by every caller while it
 * runs, not bound to any one caller's signal (see {@link createCustomCustomers}).
 */
export function cachedCustomCustomers(scanAll: (signal: AbortSignal) => Promise<Customer[]>): CustomCustomers {
  let scan: SharedWork<Customer[]> | null = null
  return {
    list(signal) {
      if (!isReusable(scan)) scan = shareWork(scanAll)
      return scan.join(signal)
    },
    clear() {
      scan = null
    },
  }
}

function matches(customer: Customer, needle: string): boolean {
  return !needle || [customer.displayName, customer.email, customer.id].some((v) => v?.toLowerCase().includes(needle))
}

/**
 * Where the next page starts: the next user (an inclusive API cursor), and offsets into teams and
 * custom customers. `un`: how many users match, when the first page read them all (for `total`).
 */
interface MergeState {
  u: string | null
  ud: boolean
  t: number
  c: number
  un?: number
}

function stateOf(cursor: string | null | undefined): MergeState {
  if (!cursor) return { u: null, ud: false, t: 0, c: 0 }
  const { u, ud, t, c, un } = decodeCursor(cursor)
  const count = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
  if (!(u === null || typeof u === 'string') || typeof ud !== 'boolean' || !count(t) || !count(c) || !(un === undefined || count(un))) {
    throw new PaymentsError('validation', { message: 'Invalid cursor', fieldErrors: { cursor: 'Invalid cursor' } })
  }
  return { u, ud, t: t as number, c: c as number, ...(un === undefined ? {} : { un: un as number }) }
}

interface Stream {
  rows: Customer[]
  pos: number
  /** The API's cursor after the loaded rows (`null` when none follow). */
  next: string | null
}

/**
 * Where a merged customer list reads its rows: users page by page (newest first, from the API's
 * own cursor), every team and every custom customer at once. The REST and SDK adapters each
 * provide their own; {@link mergeCustomers} filters, merges and pages them.
 */
export interface CustomerSources {
  /** One page of users, newest first, matching `search` as the backend understands it. */
  userPage(cursor: string | null, p: ListCustomersParams, search: string): Promise<{ rows: Customer[]; next: string | null }>
  /** Every team (any order), matching `search` as the backend understands it. */
  teams(p: ListCustomersParams, search: string): Promise<Customer[]>
  /** Every custom customer. */
  custom(signal: AbortSignal | undefined): Promise<Customer[]>
}

async function userStream(sources: CustomerSources, state: MergeState, p: ListCustomersParams, needle: string): Promise<Stream> {
  const rows: Customer[] = []
  let cursor = state.u
  if (state.ud) return { rows, pos: 0, next: null }
  const next = cursorWalk('listCustomers', 'pagination.next_cursor', cursor)
  for (let i = 0; i < MAX_USER_PAGES; i++) {
    const page = await sources.userPage(cursor, p, needle)
    rows.push(...page.rows.filter((c) => matches(c, needle)))
    cursor = next(page.next)
    if (cursor === null || rows.length >= p.limit) break
  }
  return { rows, pos: 0, next: cursor }
}

async function teamStream(sources: CustomerSources, state: MergeState, p: ListCustomersParams, needle: string): Promise<Stream> {
  const rows = (await sources.teams(p, needle)).filter((c) => matches(c, needle)).sort(newestFirst)
  return { rows, pos: state.t, next: null }
}

async function customStream(sources: CustomerSources, state: MergeState, p: ListCustomersParams, needle: string): Promise<Stream> {
  const rows = (await sources.custom(p.signal)).filter((c) => matches(c, needle))
  return { rows, pos: state.c, next: null }
}

const EMPTY: Stream = { rows: [], pos: 0, next: null }

/** The stream whose next row is newest; `null` when done or when a paged stream must be fetched first. */
function pick(streams: Stream[]): Stream | null {
  let best: Stream | null = null
  for (const stream of streams) {
    const row = stream.rows[stream.pos]
    if (!row) {
      if (stream.next !== null) return null
      continue
    }
    const bestRow = best?.rows[best.pos]
    if (!bestRow || Date.parse(row.createdAt ?? '') > Date.parse(bestRow.createdAt ?? '')) best = stream
  }
  return best
}

function nextStateOf(users: Stream, teams: Stream, custom: Stream, userCount: number | undefined): MergeState | null {
  const nextUser = users.rows[users.pos]
  const u = nextUser ? nextUser.id : users.next
  const done = u === null && teams.pos >= teams.rows.length && custom.pos >= custom.rows.length
  return done ? null : { u, ud: u === null, t: teams.pos, c: custom.pos, ...(userCount === undefined ? {} : { un: userCount }) }
}

/**
 * How many users match, when known: none are listed, the count came in the cursor, or this call
 * started at the first user and read to the last. Unknown otherwise (the API reports no count).
 */
function userCountOf(listed: boolean, state: MergeState, users: Stream): number | undefined {
  if (!listed) return 0
  if (state.un !== undefined) return state.un
  return state.u === null && !state.ud && users.next === null ? users.rows.length : undefined
}

/**
 * One page of customers merged newest first from `sources`, each row filtered by `search` over
 * name, email and id: one user page (up to {@link MAX_USER_PAGES} when the filter drops rows),
 * every team and every custom customer. `total` is exact whenever the users are known in full
 * (teams and custom customers always are): always for `team` and `custom`, and for `user` / `all`
 * when every matching user fits the first page.
 */
export async function mergeCustomers(sources: CustomerSources, p: ListCustomersParams): Promise<Page<Customer>> {
  const state = stateOf(p.cursor)
  const needle = (p.search ?? '').trim().toLowerCase()
  const want = (type: CustomerRef['type']) => p.type === 'all' || p.type === type
  const [users, teams, custom] = await Promise.all([
    want('user') ? userStream(sources, state, p, needle) : EMPTY,
    want('team') ? teamStream(sources, state, p, needle) : { ...EMPTY, pos: state.t },
    want('custom') ? customStream(sources, state, p, needle) : { ...EMPTY, pos: state.c },
  ])
  const items: Customer[] = []
  const streams = [users, teams, custom]
  for (let stream = pick(streams); stream && items.length < p.limit; stream = pick(streams)) {
    const row = stream.rows[stream.pos]
    if (row) items.push(row)
    stream.pos += 1
  }
  const userCount = userCountOf(want('user'), state, users)
  const next = nextStateOf(users, teams, custom, userCount)
  const total = userCount === undefined ? undefined : { count: userCount + teams.rows.length + custom.rows.length }
  return { items, nextCursor: next ? encodeCursor(next) : null, ...(total ? { total } : {}) }
}

/**
 * One page of customers. Cost: one `GET /users` page (up to {@link MAX_USER_PAGES} when the
 * client-side filter drops rows), one `GET /teams` of every team, and the cached transaction scan.
 * `total` as in {@link mergeCustomers}.
 */
export function listCustomers(request: Requester, customs: CustomCustomers, p: ListCustomersParams): Promise<Page<Customer>> {
  return mergeCustomers(
    {
      async userPage(cursor, page, needle) {
        const query = { limit: page.limit, cursor, desc: 'true', order_by: 'signed_up_at', query: needle || undefined }
        const body = pagedListBody(await request({ method: 'GET', path: '/users', query, signal: page.signal, caller: 'listCustomers' }), 'listCustomers', wireUser)
        return { rows: body.items.map(userOf), next: body.nextCursor }
      },
      async teams(page) {
        return listBody(await request({ method: 'GET', path: '/teams', signal: page.signal, caller: 'listCustomers' }), 'listCustomers', wireTeam).items.map(teamOf)
      },
      custom: (signal) => customs.list(signal),
    },
    p,
  )
}
