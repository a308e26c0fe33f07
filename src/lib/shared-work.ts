/**
 * Work that several callers join (a de-duplicated scan, a cached config read, an in-flight
 * checkout for one idempotency key). The work runs on its own `AbortController`, never on one
 * caller's signal: a caller's abort only stops that caller's wait, and the work itself is aborted
 * once no caller waits for it any more. So React StrictMode's throw-away first mount, or one
 * closed dialog, neither breaks the callers that stay nor leaves orphaned requests running.
 */
import { abortError, throwIfAborted } from '../adapter/errors'

export interface SharedWork<T> {
  /**
   * Waits for the result. `signal` stops only this caller's wait (it rejects with an
   * `AbortError`); a caller without a signal waits until the work settles.
   */
  join(signal?: AbortSignal): Promise<T>
  /** True once every caller left before the work settled: the work was aborted, start a new one. */
  readonly abandoned: boolean
  /** `pending` while running; `fulfilled` or `rejected` once settled. */
  readonly state: 'pending' | 'fulfilled' | 'rejected'
  /** The result, once `fulfilled`. */
  readonly value: T | undefined
  /** When the work was started (`Date.now()`). */
  readonly startedAt: number
  /** When the work settled (`Date.now()`); `null` while it runs. */
  readonly settledAt: number | null
}

/**
 * Settles like `promise`, or rejects with an `AbortError` as soon as `signal` aborts (the promise
 * itself carries on for whoever else waits on it).
 */
export function waitUnlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, onLeave?: () => void): Promise<T> {
  throwIfAborted(signal)
  if (!signal) return promise
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(abortError(signal))
      onLeave?.()
    }
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/**
 * Starts `run` on a controller of its own and returns a handle that callers join. The work is
 * aborted when the last caller that joined while it ran stops waiting.
 *
 * @example
 * let scan: SharedWork<Customer[]> | null = null
 * function list(signal: AbortSignal) {
 *   if (!isReusable(scan)) scan = shareWork((own) => scanAll(own))
 *   return scan.join(signal)
 * }
 */
export function shareWork<T>(run: (signal: AbortSignal) => Promise<T>): SharedWork<T> {
  const controller = new AbortController()
  let waiters = 0
  let state: SharedWork<T>['state'] = 'pending'
  let result: T | undefined
  let settledAt: number | null = null
  const promise = Promise.resolve()
    .then(() => run(controller.signal))
    .then(
      (value) => {
        state = 'fulfilled'
        result = value
        settledAt = Date.now()
        return value
      },
      (error: unknown) => {
        state = 'rejected'
        settledAt = Date.now()
        throw error
      },
    )
  // Everyone may have left when the work fails: that is not an unhandled rejection.
  promise.catch(() => undefined)

  return {
    get abandoned() {
      return controller.signal.aborted
    },
    get state() {
      return state
    },
    get value() {
      return result
    },
    startedAt: Date.now(),
    get settledAt() {
      return settledAt
    },
    join(signal) {
      throwIfAborted(signal)
      if (state !== 'pending') return promise
      waiters += 1
      return waitUnlessAborted(promise, signal, () => {
        waiters -= 1
        if (waiters === 0 && state === 'pending') controller.abort(abortError())
      })
    },
  }
}

/**
 * True when `work` can still be joined: not abandoned, not failed, and running or (with
 * `maxAgeMs`) answered at most that long ago. Counted from the answer, not the start: a slow
 * read that ran longer than `maxAgeMs` is still joined while it runs, and serves as long after.
 */
export function isReusable<T>(work: SharedWork<T> | null | undefined, maxAgeMs = Number.POSITIVE_INFINITY): work is SharedWork<T> {
  if (!work || work.abandoned || work.state === 'rejected') return false
  return work.settledAt === null || Date.now() - work.settledAt <= maxAgeMs
}
