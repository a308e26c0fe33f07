import type { AdapterMethod } from './types'

/**
 * Every failure an adapter may report. The checkout rules come first, in the order the backend
 * checks them.
 */
export const PAYMENTS_ERROR_CODES = [
  'purchases_blocked',
  'forbidden',
  'payments_not_configured',
  'product_not_found',
  'server_only_product',
  'customer_type_mismatch',
  'product_already_owned',
  'return_url_not_allowed',
  'not_found',
  'item_not_found',
  'insufficient_quantity',
  'not_cancelable',
  'already_refunded',
  'not_refundable',
  'unsafe_checkout_url',
  'validation',
  'busy',
  'network',
  'invalid_response',
  'not_implemented',
  'unknown',
] as const

export type PaymentsErrorCode = (typeof PAYMENTS_ERROR_CODES)[number]

/** Default English message for each code; the UI's `messages` can override them. */
export const DEFAULT_ERROR_MESSAGES: Record<PaymentsErrorCode, string> = {
  purchases_blocked: 'New purchases are currently blocked for this project.',
  forbidden: 'You do not have permission to do this for this customer.',
  payments_not_configured: 'Payments are not set up for this project yet.',
  product_not_found: 'This product does not exist.',
  server_only_product: 'This product is server-only and cannot be offered here.',
  customer_type_mismatch: 'This product is not available for this type of customer.',
  product_already_owned: 'The customer already owns this product.',
  return_url_not_allowed: 'The return URL is not on a trusted domain.',
  not_found: 'Not found.',
  item_not_found: 'This item does not exist.',
  insufficient_quantity: 'The balance is too low for this change.',
  not_cancelable: 'This subscription cannot be cancelled.',
  already_refunded: 'This transaction was already refunded.',
  not_refundable: 'This transaction cannot be refunded.',
  unsafe_checkout_url: 'The checkout link is not a safe https URL and was not shown.',
  validation: 'Some values are not valid.',
  busy: 'The server is busy. Try again in a moment.',
  network: 'Could not reach the server. Check the connection and try again.',
  invalid_response: 'The server sent data the interface cannot read.',
  not_implemented: 'This is not implemented by the adapter.',
  unknown: 'Something went wrong.',
}

/**
 * The longest wait a server's `Retry-After` (an error's `details.retryAfterMs`) can impose on one
 * retry, whoever retries.
 */
export const MAX_RETRY_AFTER_MS = 30_000

export interface PaymentsErrorOptions {
  message?: string
  /** Per-field messages for `validation` errors (`{ returnUrl: 'Must be https' }`). */
  fieldErrors?: Record<string, string>
  /** Backend-specific details (ids, raw codes). */
  details?: Record<string, unknown>
  /** The adapter method that failed, when known. */
  method?: AdapterMethod
  /** For `invalid_response`: the path of the bad field, e.g. `items[3].type`. */
  path?: string
  /** HTTP status, when the failure came from HTTP. */
  status?: number
  cause?: unknown
}

/**
 * The one error class adapters throw. The UI branches on `code`, never on `message`.
 *
 * @example
 * throw new PaymentsError('product_already_owned', { details: { productId: 'pro' } })
 */
export class PaymentsError extends Error {
  override readonly name = 'PaymentsError'
  readonly code: PaymentsErrorCode
  readonly fieldErrors?: Record<string, string>
  readonly details?: Record<string, unknown>
  readonly method?: AdapterMethod
  readonly path?: string
  readonly status?: number

  constructor(code: PaymentsErrorCode, options: PaymentsErrorOptions = {}) {
    super(options.message ?? DEFAULT_ERROR_MESSAGES[code], { cause: options.cause })
    this.code = code
    this.fieldErrors = options.fieldErrors
    this.details = options.details
    this.method = options.method
    this.path = options.path
    this.status = options.status
  }
}

/** True for `PaymentsError` instances, also across bundle copies (checks the shape). */
export function isPaymentsError(error: unknown): error is PaymentsError {
  if (error instanceof PaymentsError) return true
  if (!(error instanceof Error) || error.name !== 'PaymentsError') return false
  const code: unknown = Reflect.get(error, 'code')
  return typeof code === 'string' && (PAYMENTS_ERROR_CODES as readonly string[]).includes(code)
}

/** True for the error a fetch or adapter throws when its signal aborts. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  )
}

/** Wraps anything thrown into a `PaymentsError` (`unknown`, keeping the original as `cause`). */
export function toPaymentsError(error: unknown, method?: AdapterMethod): PaymentsError {
  if (isPaymentsError(error)) return error
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) {
    return new PaymentsError('network', { method, cause: error })
  }
  const message = error instanceof Error && error.message ? error.message : undefined
  return new PaymentsError('unknown', {
    method,
    cause: error,
    details: message ? { message } : undefined,
  })
}

/** The standard `AbortError` for an aborted signal (its own reason when that already is one). */
export function abortError(signal?: AbortSignal): Error {
  const reason: unknown = signal?.reason
  return reason instanceof Error && reason.name === 'AbortError' ? reason : new DOMException('The operation was aborted.', 'AbortError')
}

/** Throws the standard `AbortError` when the signal is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal)
}
