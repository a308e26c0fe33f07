/** Minimal checks of response bodies and the adapter's own opaque cursors. */
import * as v from 'valibot'
import { PaymentsError } from '../../adapter/errors'
import type { AdapterMethod } from '../../adapter/types'
import { formatIssuePath } from '../../adapter/issue-path'
import type { WireTransactionPage } from './wire'
import { wireTransaction } from './wire-schema'

/** The `invalid_response` error for a missing or malformed field at `path`. */
export function invalid(caller: AdapterMethod | undefined, path: string, details?: Record<string, unknown>): PaymentsError {
  return new PaymentsError('invalid_response', { method: caller, path, details, message: `Unexpected response: ${path} is missing or malformed.` })
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A JSON object body. */
export function objectBody(body: unknown, caller?: AdapterMethod): Record<string, unknown> {
  if (!isObject(body)) throw invalid(caller, '$')
  return body
}

const isCursor = (value: unknown): value is string | null => value === null || (typeof value === 'string' && value !== '')

/**
 * `value` checked against a wire schema, or `invalid_response` naming `caller` and the wire path
 * (prefixed with `prefix`, e.g. `items[3]`).
 */
export function parseWire<S extends v.GenericSchema>(schema: S, value: unknown, caller: AdapterMethod | undefined, prefix = ''): v.InferOutput<S> {
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  const issue = result.issues[0]
  const inner = formatIssuePath(issue)
  const path = prefix && inner ? `${prefix}${inner.startsWith('[') ? '' : '.'}${inner}` : prefix || inner || '$'
  throw invalid(caller, path, { problem: issue.message })
}

/** Every row of a list checked against `schema`; a bad row names its index (`items[3].id`). */
export function parseWireRows<S extends v.GenericSchema>(schema: S, rows: unknown[], caller: AdapterMethod | undefined, prefix: string): Array<v.InferOutput<S>> {
  return rows.map((row, i) => parseWire(schema, row, caller, `${prefix}[${i}]`))
}

/** A `{ items }` body of an unpaged list (teams), every row checked against `row`. */
export function listBody<S extends v.GenericSchema>(body: unknown, caller: AdapterMethod | undefined, row: S): { items: Array<v.InferOutput<S>> } {
  const object = objectBody(body, caller)
  if (!Array.isArray(object.items)) throw invalid(caller, 'items')
  return { items: parseWireRows(row, object.items, caller, 'items') }
}

/**
 * A `{ items, pagination: { next_cursor } }` body of a paged list (users, owned products), every
 * row checked against `row`: the cursor must be there, a non-empty string or `null` (a missing
 * one would restart at page 1).
 */
export function pagedListBody<S extends v.GenericSchema>(body: unknown, caller: AdapterMethod | undefined, row: S): { items: Array<v.InferOutput<S>>; nextCursor: string | null } {
  const object = objectBody(body, caller)
  const pagination: unknown = object.pagination
  const next: unknown = typeof pagination === 'object' && pagination !== null ? Reflect.get(pagination, 'next_cursor') : undefined
  if (!isCursor(next)) throw invalid(caller, 'pagination.next_cursor')
  return { ...listBody(object, caller, row), nextCursor: next }
}

/** A `{ transactions, next_cursor }` body, every transaction checked; `next_cursor` a non-empty string or `null`. */
export function transactionPageBody(body: unknown, caller?: AdapterMethod): WireTransactionPage {
  const object = objectBody(body, caller)
  if (!Array.isArray(object.transactions)) throw invalid(caller, 'transactions')
  if (!isCursor(object.next_cursor)) throw invalid(caller, 'next_cursor')
  return { transactions: parseWireRows(wireTransaction, object.transactions, caller, 'transactions'), next_cursor: object.next_cursor }
}

/** The most pages one adapter call walks (200 transactions a page: a million rows). */
export const MAX_WALK_PAGES = 5_000

/**
 * Guards a walk over cursor pages so a backend cannot send it round in circles: every cursor must
 * be new (a repeated one is `invalid_response` naming `path`), and a walk stops with an error after
 * {@link MAX_WALK_PAGES} pages. Call it with each page's next cursor; it returns that cursor.
 *
 * @example
 * const next = cursorWalk('listTransactions', 'next_cursor', start)
 * do { page = await read(cursor); cursor = next(page.next_cursor) } while (cursor)
 */
export function cursorWalk(caller: AdapterMethod, path: string, start: string | null = null, maxPages = MAX_WALK_PAGES): (next: string | null) => string | null {
  const seen = new Set<string>(start === null ? [] : [start])
  let pages = 0
  return (next) => {
    pages += 1
    if (next === null) return null
    if (seen.has(next)) throw invalid(caller, path, { reason: 'The same cursor came back twice: the pages would never end.', cursor: next.slice(0, 200) })
    if (pages >= maxPages) {
      throw new PaymentsError('unknown', { method: caller, message: `Stopped after reading ${maxPages} pages without reaching the end.`, details: { maxPages } })
    }
    seen.add(next)
    return next
  }
}

/** Encodes a cursor state as an opaque string. */
export function encodeCursor(state: object): string {
  return btoa(encodeURIComponent(JSON.stringify(state)))
}

/** Decodes a cursor made by {@link encodeCursor}; throws `validation` for anything else. */
export function decodeCursor(cursor: string): Record<string, unknown> {
  try {
    const state: unknown = JSON.parse(decodeURIComponent(atob(cursor)))
    if (isObject(state)) return state
  } catch {
    // fall through to the validation error
  }
  throw new PaymentsError('validation', { message: 'Invalid cursor', fieldErrors: { cursor: 'Invalid cursor' } })
}
