/** Opaque cursors (base64 of a small JSON object) and offset paging of in-memory lists. */
import { PaymentsError } from '../../adapter/errors'
import type { Page } from '../../adapter/types'

/** Where a page starts: an offset into the (type-filtered) list, and for searches the matches before it. */
export interface CursorState {
  offset: number
  matchesBefore: number
}

/** The largest page the adapter returns; larger limits are clamped. */
export const MAX_LIMIT = 1000

export function encodeCursor({ offset, matchesBefore }: CursorState): string {
  return btoa(JSON.stringify(matchesBefore > 0 ? { o: offset, m: matchesBefore } : { o: offset }))
}

function invalidCursor(): PaymentsError {
  return new PaymentsError('validation', { message: 'Invalid cursor', fieldErrors: { cursor: 'Invalid cursor' } })
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

/** Reads a cursor; `null`/absent means the first page. */
export function decodeCursor(cursor: string | null | undefined): CursorState {
  if (!cursor) return { offset: 0, matchesBefore: 0 }
  let parsed: unknown
  try {
    parsed = JSON.parse(atob(cursor))
  } catch {
    throw invalidCursor()
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalidCursor()
  const { o, m = 0 } = parsed as { o?: unknown; m?: unknown }
  if (!isCount(o) || !isCount(m)) throw invalidCursor()
  return { offset: o, matchesBefore: m }
}

/** Validates and clamps a page size to 1…{@link MAX_LIMIT}. */
export function clampLimit(limit: number): number {
  if (!Number.isFinite(limit) || limit < 1) {
    throw new PaymentsError('validation', { message: 'limit must be at least 1', fieldErrors: { limit: 'Must be at least 1' } })
  }
  return Math.min(Math.floor(limit), MAX_LIMIT)
}

/** One page of a list that is fully in memory, with its exact total. */
export function pageOf<T>(list: T[], params: { cursor?: string | null; limit: number }): Page<T> {
  const limit = clampLimit(params.limit)
  const { offset } = decodeCursor(params.cursor)
  const end = offset + limit
  return {
    items: list.slice(offset, end),
    nextCursor: end < list.length ? encodeCursor({ offset: end, matchesBefore: 0 }) : null,
    total: { count: list.length },
  }
}
