/** A promise's settlement, readable at any moment (e.g. between fake-timer advances). */
export interface Watched<T> {
  readonly status: 'pending' | 'fulfilled' | 'rejected'
  readonly value: T | undefined
  readonly reason: unknown
}

/**
 * Watches a promise so a test can check that it is still pending, or has settled, at a given
 * moment: with `vi.useFakeTimers()`, that a latency holds an answer back until the clock passes it
 * and an abort rejects at once, without measuring wall-clock time.
 */
export function watch<T>(promise: Promise<T>): Watched<T> {
  const watched: { status: Watched<T>['status']; value: T | undefined; reason: unknown } = {
    status: 'pending',
    value: undefined,
    reason: undefined,
  }
  promise.then(
    (value) => {
      watched.status = 'fulfilled'
      watched.value = value
    },
    (reason: unknown) => {
      watched.status = 'rejected'
      watched.reason = reason
    },
  )
  return watched
}

/** A promise the test settles by hand: a request held in flight until the test has looked. */
export interface Deferred<T> {
  readonly promise: Promise<T>
  resolve: (value: T) => void
  reject: (reason: unknown) => void
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  // Rejecting before anyone awaits (a call not made yet) is not an unhandled rejection; whoever
  // awaits the promise later still gets the rejection.
  promise.catch(() => {})
  return { promise, resolve, reject }
}

/**
 * Resolves after the browser's next paint: by then React has committed the work that a settled
 * promise scheduled. For checking that something did NOT happen after a known event (a late
 * answer arrived), never as a wait for something to appear (use `waitFor` / `findBy*`).
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))
}
