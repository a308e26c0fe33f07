/** Minimal checks of response bodies and the adapter's own opaque cursors. */
import { PaymentsError } from '../../adapter/errors'
import type { AdapterMethod } from '../../adapter/types'
import type { WireList, WireTransactionPage } from './wire'

function invalid(caller: AdapterMethod | undefined, path: string): PaymentsError {
  return new PaymentsError('invalid_response', { method: caller, path, message: `Unexpected response: ${path} is missing or malformed.` })
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A JSON object body. */
export function objectBody(body: unknown, caller?: AdapterMethod): Record<string, unknown> {
  if (!isObject(body)) throw invalid(caller, '$')
  return body
}

/** A `{ items, pagination? }` body. */
export function listBody<T>(body: unknown, caller?: AdapterMethod): WireList<T> {
  const object = objectBody(body, caller)
  if (!Array.isArray(object.items)) throw invalid(caller, 'items')
  return object as unknown as WireList<T>
}

/** A `{ transactions, next_cursor }` body. */
export function transactionPageBody(body: unknown, caller?: AdapterMethod): WireTransactionPage {
  const object = objectBody(body, caller)
  if (!Array.isArray(object.transactions)) throw invalid(caller, 'transactions')
  return object as unknown as WireTransactionPage
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
