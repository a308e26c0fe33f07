/**
 * The SDK's failures as {@link PaymentsError}s, and every SDK call raced against the caller's
 * signal. Known errors are recognised by their public shape (`errorCode`, `statusCode`,
 * `humanReadableMessage`, as `KnownErrors.X` instances have them), never by the SDK's private
 * symbols, and mapped with the REST adapter's table; the backend's message is kept.
 */
import { PaymentsError, isAbortError, isPaymentsError, throwIfAborted, toPaymentsError } from '../../adapter/errors'
import type { AdapterMethod } from '../../adapter/types'
import { waitUnlessAborted } from '../../lib/shared-work'
import { knownError, textError } from '../rest/errors'

/** The public fields of the SDK's `KnownError`. */
interface KnownErrorShape {
  code: string
  status: number
  message: string
  details: Record<string, unknown> | undefined
}

function knownErrorOf(error: unknown): KnownErrorShape | null {
  if (!(error instanceof Error)) return null
  const code: unknown = Reflect.get(error, 'errorCode')
  const status: unknown = Reflect.get(error, 'statusCode')
  const message: unknown = Reflect.get(error, 'humanReadableMessage')
  if (typeof code !== 'string' || typeof status !== 'number' || typeof message !== 'string') return null
  const details: unknown = Reflect.get(error, 'details')
  const record = typeof details === 'object' && details !== null && !Array.isArray(details) ? (details as Record<string, unknown>) : undefined
  return { code, status, message, details: record }
}

/** The SDK's error for an answer without a known-error code: `Failed to send request to <url>: <status> <text>`. */
const FAILED_REQUEST = /^Failed to send request to \S+: (\d{3}) ?([\s\S]*)$/

/** What the SDK says when it cannot reach the server at all. */
const UNREACHABLE = /fetch failed|failed to fetch|network|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND/i

/**
 * Any failure of an SDK call as a PaymentsError: a known error by its code (the backend's message
 * as the message when it is a short plain line, and always in `details.apiMessage`), an answer
 * without a code by its status and text, a connection failure as `network`, anything else `unknown`.
 *
 * @example
 * try {
 *   await app.grantProduct({ userId, productId: 'pro' })
 * } catch (error) {
 *   const failure = sdkError(error, 'grantProduct') // e.g. code 'product_already_owned'
 * }
 */
export function sdkError(error: unknown, method?: AdapterMethod): PaymentsError {
  if (isPaymentsError(error)) return error
  const known = knownErrorOf(error)
  if (known) {
    const mapped = knownError(known.code, { error: known.message, details: known.details }, known.status, method)
    return new PaymentsError(mapped.code, { ...mapped, message: mapped.message, details: { ...mapped.details, apiMessage: known.message }, cause: error })
  }
  const message = error instanceof Error ? error.message : ''
  const failed = FAILED_REQUEST.exec(message)
  if (failed) {
    const mapped = textError(failed[2] ?? '', Number(failed[1]), method)
    return new PaymentsError(mapped.code, { ...mapped, message: mapped.message, cause: error })
  }
  if (error instanceof Error && UNREACHABLE.test(message)) return new PaymentsError('network', { method, cause: error })
  return toPaymentsError(error, method)
}

/**
 * Runs one SDK call for `method`. The SDK takes no signal, so the call is raced against
 * `signal`: an abort rejects at once with an `AbortError` (the SDK request itself runs on, its
 * answer ignored). Failures become PaymentsErrors.
 *
 * @example
 * const users = await sdkCall('listCustomers', signal, () => app.listUsers({ limit: 20 }))
 */
export async function sdkCall<T>(method: AdapterMethod, signal: AbortSignal | undefined, run: () => Promise<T>): Promise<T> {
  throwIfAborted(signal)
  try {
    return await waitUnlessAborted(run(), signal)
  } catch (error) {
    if (isAbortError(error)) throw error
    throw sdkError(error, method)
  }
}

/**
 * The `not_implemented` error of something this adapter cannot do, with the reason it gives.
 *
 * @example
 * throw unavailableError('createCheckoutUrl', reason, 'createCheckoutUrl:custom')
 */
export function unavailableError(method: AdapterMethod, reason: string, feature: string): PaymentsError {
  return new PaymentsError('not_implemented', { method, message: reason, details: { unavailable: feature } })
}
