export type * from './types'
export {
  PaymentsError,
  PAYMENTS_ERROR_CODES,
  DEFAULT_ERROR_MESSAGES,
  isPaymentsError,
  isAbortError,
  toPaymentsError,
  throwIfAborted,
} from './errors'
export type { PaymentsErrorCode, PaymentsErrorOptions } from './errors'
export { validateAdapter, parseResponse, getCapabilities } from './validate'
export type { AdapterCapabilities } from './validate'
