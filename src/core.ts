/**
 * `@hexclave/payments-ui/core`: the adapter contract without any UI, safe on a server (a React
 * Server Component, a route handler, a Node script). It imports no React and is not a client
 * module, so `PaymentsError` and `isPaymentsError` here are the real ones, not client references.
 * Everything is re-exported from src/adapter/; the main entry exports the same values.
 */
export type * from './adapter/types'
export {
  DEFAULT_ERROR_MESSAGES,
  PAYMENTS_ERROR_CODES,
  PaymentsError,
  getCapabilities,
  isAbortError,
  isPaymentsError,
  parseResponse,
  throwIfAborted,
  toPaymentsError,
  validateAdapter,
} from './adapter/index'
export type { AdapterCapabilities, PaymentsErrorCode, PaymentsErrorOptions } from './adapter/index'
