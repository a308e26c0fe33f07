/**
 * Listing customers over several newest-first streams merged by creation date. A position in the
 * merged list maps to per-stream offsets by binary search (O(log² n)), so a cursor can start
 * anywhere without walking the rows before it.
 */
import type { Customer, Page } from '../../adapter/types'
import { clampLimit, decodeCursor, encodeCursor } from './cursor'
import { toNeedle, type CustomerStream, type Needle } from './dataset'

/** Whether row `i` of `stream` comes before a row created at `ms` of a stream of rank `rank`. */
function comesBefore(stream: CustomerStream, i: number, ms: number, rank: number): boolean {
  const own = stream.createdAtMs(i)
  return own > ms || (own === ms && stream.rank < rank)
}

/** How many rows of `stream` come before a row created at `ms` of another stream of rank `rank`. */
function countBefore(stream: CustomerStream, ms: number, rank: number): number {
  let lo = 0
  let hi = stream.count()
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (comesBefore(stream, mid, ms, rank)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Position of row `i` of stream `k` in the merged list. */
function positionOf(streams: CustomerStream[], k: number, i: number): number {
  const own = streams[k] as CustomerStream
  const ms = own.createdAtMs(i)
  let position = i
  streams.forEach((other, j) => {
    if (j !== k) position += countBefore(other, ms, own.rank)
  })
  return position
}

/** How many rows of each stream the first `position` rows of the merged list hold. */
function offsetsAt(streams: CustomerStream[], position: number): number[] {
  if (streams.length === 1) return [Math.min(position, streams[0]?.count() ?? 0)]
  return streams.map((stream, k) => {
    let lo = 0
    let hi = stream.count()
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (positionOf(streams, k, mid) < position) lo = mid + 1
      else hi = mid
    }
    return lo
  })
}

/** The stream whose next row comes first (ties: lower rank), or -1 when all are exhausted. */
function nextStream(heads: number[], headMs: number[]): number {
  let best = -1
  for (let k = 0; k < heads.length; k++) {
    const ms = headMs[k] ?? Number.NaN
    if (!Number.isNaN(ms) && (best === -1 || ms > (headMs[best] ?? 0))) best = k
  }
  return best
}

/** Creation time of the next row of a stream, `NaN` when it is exhausted. */
function headTime(stream: CustomerStream, count: number, i: number): number {
  return i < count ? stream.createdAtMs(i) : Number.NaN
}

/**
 * Visits rows of the merged list from `position` on, until `visit` returns `false` or the list
 * ends. Each row's date is computed once.
 */
function scan(streams: CustomerStream[], position: number, visit: (k: number, i: number) => boolean): void {
  const only = streams.length === 1 ? streams[0] : undefined
  if (only) {
    for (let i = position, end = only.count(); i < end; i++) if (!visit(0, i)) return
    return
  }
  const heads = offsetsAt(streams, position)
  const counts = streams.map((stream) => stream.count())
  const headMs = streams.map((stream, k) => headTime(stream, counts[k] ?? 0, heads[k] ?? 0))
  for (;;) {
    const k = nextStream(heads, headMs)
    if (k === -1) return
    const stream = streams[k] as CustomerStream
    const i = heads[k] ?? 0
    heads[k] = i + 1
    headMs[k] = headTime(stream, counts[k] ?? 0, i + 1)
    if (!visit(k, i)) return
  }
}

function totalCount(streams: CustomerStream[]): number {
  return streams.reduce((sum, stream) => sum + stream.count(), 0)
}

function plainPage(streams: CustomerStream[], offset: number, limit: number): Page<Customer> {
  const items: Customer[] = []
  const total = totalCount(streams)
  if (offset < total) {
    scan(streams, offset, (k, i) => {
      items.push((streams[k] as CustomerStream).customer(i))
      return items.length < limit
    })
  }
  const end = offset + items.length
  return {
    items,
    nextCursor: end < total ? encodeCursor({ offset: end, matchesBefore: 0 }) : null,
    total: { count: total },
  }
}

/**
 * A search page: scans from the cursor until `limit` matches, then on to the next match (so the
 * last page is never empty). The total is exact once the scan reached the end, else a lower bound.
 */
function searchPage(streams: CustomerStream[], offset: number, matchesBefore: number, limit: number, needle: Needle): Page<Customer> {
  const items: Customer[] = []
  let nextMatch = -1
  let position = offset
  const matchers = streams.map((stream) => stream.matcher(needle))
  scan(streams, offset, (k, i) => {
    position += 1
    if (!(matchers[k] as (i: number) => boolean)(i)) return true
    if (items.length === limit) {
      nextMatch = position - 1
      return false
    }
    items.push((streams[k] as CustomerStream).customer(i))
    return true
  })
  const found = matchesBefore + items.length
  if (nextMatch === -1) return { items, nextCursor: null, total: { count: found } }
  return {
    items,
    nextCursor: encodeCursor({ offset: nextMatch, matchesBefore: found }),
    total: { count: found + 1, approximate: true },
  }
}

/** One page of customers over the merged streams, plain or searched. */
export function listCustomerPage(
  streams: CustomerStream[],
  params: { cursor?: string | null; limit: number; search?: string },
): Page<Customer> {
  const limit = clampLimit(params.limit)
  const { offset, matchesBefore } = decodeCursor(params.cursor)
  const needle = toNeedle(params.search)
  return needle ? searchPage(streams, offset, matchesBefore, limit, needle) : plainPage(streams, offset, limit)
}
