import type { Interval } from '../../adapter/types'

export const DAY_MS = 86_400_000

/** `ms` plus `count` intervals, in UTC calendar arithmetic for months and years. */
export function addInterval(ms: number, [count, unit]: Interval, times = 1): number {
  const n = count * times
  if (unit === 'day') return ms + n * DAY_MS
  if (unit === 'week') return ms + n * 7 * DAY_MS
  const date = new Date(ms)
  if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + n)
  else date.setUTCFullYear(date.getUTCFullYear() + n)
  return date.getTime()
}

/** The first period boundary `start + k × interval` (k ≥ 1) strictly after `after`. */
export function nextBoundaryAfter(start: number, interval: Interval, after: number): number {
  let k = 1
  let boundary = addInterval(start, interval, k)
  while (boundary <= after) boundary = addInterval(start, interval, ++k)
  return boundary
}

export function iso(ms: number): string {
  return new Date(ms).toISOString()
}

/** Milliseconds of an ISO date or `Date`. */
export function toMs(value: string | Date): number {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime()
  if (Number.isNaN(ms)) throw new RangeError(`Invalid date: ${String(value)}`)
  return ms
}
