/** Maps the API's known errors and plain-text errors to {@link PaymentsError} codes. */
import { PaymentsError, type PaymentsErrorCode } from '../../adapter/errors'
import type { AdapterMethod } from '../../adapter/types'

const AUTH_CODES = [
  'ACCESS_TYPE_REQUIRED',
  'PROJECT_KEY_WITHOUT_ACCESS_TYPE',
  'INVALID_ACCESS_TYPE',
  'ACCESS_TYPE_WITHOUT_PROJECT_ID',
  'CURRENT_PROJECT_NOT_FOUND',
  'BRANCH_DOES_NOT_EXIST',
  'SERVER_AUTHENTICATION_REQUIRED',
  'INVALID_SECRET_SERVER_KEY',
  'ADMIN_AUTHENTICATION_REQUIRED',
  'INVALID_SUPER_SECRET_ADMIN_KEY',
  'ADMIN_ACCESS_TOKEN_EXPIRED',
  'UNPARSABLE_ADMIN_ACCESS_TOKEN',
  'ADMIN_ACCESS_TOKEN_IS_NOT_ADMIN',
  'INSUFFICIENT_ACCESS_TYPE',
] as const

/** Known error code (section 4 of the API reference) → PaymentsError code. */
export const KNOWN_ERROR_CODES: Readonly<Record<string, PaymentsErrorCode>> = {
  ...Object.fromEntries(AUTH_CODES.map((code) => [code, 'forbidden' as const])),
  SCHEMA_ERROR: 'validation',
  BODY_PARSING_ERROR: 'validation',
  USER_NOT_FOUND: 'not_found',
  TEAM_NOT_FOUND: 'not_found',
  CUSTOMER_DOES_NOT_EXIST: 'not_found',
  PRODUCT_DOES_NOT_EXIST: 'product_not_found',
  PRODUCT_CUSTOMER_TYPE_DOES_NOT_MATCH: 'customer_type_mismatch',
  ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH: 'customer_type_mismatch',
  PRODUCT_ALREADY_GRANTED: 'product_already_owned',
  NEW_PURCHASES_BLOCKED: 'purchases_blocked',
  REDIRECT_URL_NOT_WHITELISTED: 'return_url_not_allowed',
  ITEM_NOT_FOUND: 'item_not_found',
  ITEM_QUANTITY_INSUFFICIENT_AMOUNT: 'insufficient_quantity',
  SUBSCRIPTION_INVOICE_NOT_FOUND: 'not_found',
  ONE_TIME_PURCHASE_NOT_FOUND: 'not_found',
  SUBSCRIPTION_ALREADY_REFUNDED: 'already_refunded',
  ONE_TIME_PURCHASE_ALREADY_REFUNDED: 'already_refunded',
  TEST_MODE_PURCHASE_NON_REFUNDABLE: 'not_refundable',
  DEFAULT_PAYMENT_METHOD_REQUIRED: 'validation',
  STRIPE_ACCOUNT_INFO_NOT_FOUND: 'payments_not_configured',
}

/** Plain-text messages (no code) → PaymentsError code, first match wins. */
const TEXT_PATTERNS: ReadonlyArray<[RegExp, PaymentsErrorCode]> = [
  [/^Payments are not set up/, 'payments_not_configured'],
  [/^Clients can only /, 'forbidden'],
  [/^Test mode is not enabled/, 'forbidden'],
  [/^The user associated with the admin access token/, 'forbidden'],
  [/^Customer does not have this product/, 'not_found'],
  [/^No active subscription found/, 'not_found'],
  [/cannot be canceled/, 'not_cancelable'],
  [/^404 — this page does not exist/, 'not_implemented'],
]

/** The code for a status without a more specific rule. */
function codeForStatus(status: number): PaymentsErrorCode {
  if (status === 429 || status === 503) return 'busy'
  if (status === 408 || status === 502 || status === 504) return 'network'
  if (status >= 500) return 'unknown'
  if (status === 401 || status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  return 'validation'
}

/** How long a message from the server may be to be shown as it is. */
const MAX_MESSAGE_LENGTH = 300

/**
 * Server text fit to show a user: one short line of plain text, or `undefined` for anything
 * else (an HTML error page, a stack trace, a megabyte of JSON). The full text stays in `details`.
 */
export function displayableText(text: string | undefined): string | undefined {
  const line = text?.replace(/\s+/g, ' ').trim()
  if (!line || line.length > MAX_MESSAGE_LENGTH || /<[a-z!/]/i.test(line)) return undefined
  return line
}

/**
 * `Retry-After` in ms (delta-seconds or an HTTP date), or `undefined` when absent or unreadable.
 * The caller caps it.
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim()
  if (!value) return undefined
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** Extra facts about a failed response: how long the server asked to wait. */
export interface ResponseFacts {
  retryAfterMs?: number
}

/** A known error (JSON body + known-error header) as a PaymentsError. */
export function knownError(
  code: string,
  body: { error?: unknown; details?: Record<string, unknown> },
  status: number,
  method?: AdapterMethod,
  facts: ResponseFacts = {},
): PaymentsError {
  let mapped = KNOWN_ERROR_CODES[code] ?? codeForStatus(status)
  if (code === 'PRODUCT_DOES_NOT_EXIST' && body.details?.context === 'server_only') mapped = 'server_only_product'
  return new PaymentsError(mapped, {
    message: displayableText(typeof body.error === 'string' ? body.error : undefined),
    status,
    method,
    details: { apiCode: code, ...(body.details ? { apiDetails: body.details } : {}), ...facts },
  })
}

/**
 * A plain-text error as a PaymentsError: the known texts by pattern, otherwise by status (429 and
 * 503 → `busy`, 408 / 502 / 504 → `network`, other 5xx → `unknown`). The text becomes the message
 * only when it is a short line of plain text from a 4xx; the start of the body is kept in details.
 */
export function textError(text: string, status: number, method?: AdapterMethod, facts: ResponseFacts = {}): PaymentsError {
  const trimmed = text.trim()
  const match = status < 500 ? TEXT_PATTERNS.find(([pattern]) => pattern.test(trimmed)) : undefined
  const code = match ? match[1] : codeForStatus(status)
  const showable = status < 500 && code !== 'busy' ? displayableText(trimmed) : undefined
  const details = { ...(trimmed ? { body: trimmed.slice(0, 500) } : {}), ...facts }
  return new PaymentsError(code, {
    message: showable,
    status,
    method,
    details: Object.keys(details).length > 0 ? details : undefined,
  })
}
