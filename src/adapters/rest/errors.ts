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
  if (status >= 500) return 'unknown'
  if (status === 401 || status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  return 'validation'
}

/** A known error (JSON body + known-error header) as a PaymentsError. */
export function knownError(code: string, body: { error?: string; details?: Record<string, unknown> }, status: number, method?: AdapterMethod): PaymentsError {
  let mapped = KNOWN_ERROR_CODES[code] ?? codeForStatus(status)
  if (code === 'PRODUCT_DOES_NOT_EXIST' && body.details?.context === 'server_only') mapped = 'server_only_product'
  return new PaymentsError(mapped, {
    message: body.error,
    status,
    method,
    details: { apiCode: code, ...(body.details ? { apiDetails: body.details } : {}) },
  })
}

/** A plain-text error as a PaymentsError (5xx → `unknown` with the status). */
export function textError(text: string, status: number, method?: AdapterMethod): PaymentsError {
  const trimmed = text.trim()
  const match = status < 500 ? TEXT_PATTERNS.find(([pattern]) => pattern.test(trimmed)) : undefined
  return new PaymentsError(match ? match[1] : codeForStatus(status), {
    message: trimmed && status < 500 ? trimmed : undefined,
    status,
    method,
    details: trimmed ? { body: trimmed.slice(0, 500) } : undefined,
  })
}
