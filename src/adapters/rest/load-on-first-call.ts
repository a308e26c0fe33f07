/** Code an adapter loads on the first call that needs it (issue 13, point 3). */
import { PaymentsError, throwIfAborted } from '../../adapter/errors'
import type { AdapterMethod } from '../../adapter/types'
import { waitUnlessAborted } from '../../lib/shared-work'

/**
 * Runs `use` with the loaded code for `caller`: within the call itself once the code is there (so
 * a call joins shared work, such as a config read in flight, before anything else can happen),
 * else when it has loaded. `signal` stops only this call's wait for the code (an `AbortError`);
 * the load carries on for the next call.
 *
 * @throws PaymentsError `network` naming `caller` when the code could not be loaded.
 */
export type OnFirstCall<T> = <R>(caller: AdapterMethod, signal: AbortSignal | undefined, use: (code: T) => Promise<R>) => Promise<R>

/**
 * Wraps a dynamic `import()` so that it runs once, on the first call that needs it, and is shared
 * by every call while it loads and after. A failed load (the network dropped, a deploy replaced
 * the chunk) is a retryable `network` error naming the method that needed it, and is forgotten:
 * the next call loads again.
 *
 * @example
 * const later = onFirstCall(() => import('./on-demand'))
 * const listProducts = (p) => later('listProducts', p.signal, (code) => code.listProducts(request, p))
 */
export function onFirstCall<T>(load: () => Promise<T>): OnFirstCall<T> {
  let code: T | undefined
  let loading: Promise<T> | null = null
  const loaded = async (caller: AdapterMethod, signal: AbortSignal | undefined): Promise<T> => {
    throwIfAborted(signal)
    if (!loading) {
      const attempt = load()
      loading = attempt
      attempt.then(
        (value) => {
          code = value
        },
        () => {
          if (loading === attempt) loading = null
        },
      )
    }
    const failed = loading.catch((cause: unknown) => {
      throw new PaymentsError('network', {
        method: caller,
        cause,
        message: `${caller} could not load its code (a dropped connection, or a new deployment of the page). Try again.`,
        details: { codeNotLoaded: true },
      })
    })
    return waitUnlessAborted(failed, signal)
  }
  return (caller, signal, use) => (code === undefined ? loaded(caller, signal).then(use) : use(code))
}
