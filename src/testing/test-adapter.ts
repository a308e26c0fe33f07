import { PaymentsError } from '../adapter/errors'
import { REQUIRED_METHODS } from '../adapter/methods'
import type { PaymentsAdapter, RequiredAdapterMethod } from '../adapter/types'

function notImplemented(method: RequiredAdapterMethod) {
  return () =>
    Promise.reject(
      new PaymentsError('not_implemented', { method, message: `${method} is not implemented` }),
    )
}

/**
 * An adapter for tests: pass only the methods a test needs. Required methods you leave out
 * reject with "`<method>` is not implemented"; optional capabilities you leave out stay absent,
 * so the UI hides them.
 *
 * @example
 * const adapter = createTestAdapter({
 *   listCustomers: async () => ({ items: [], nextCursor: null }),
 * })
 */
export function createTestAdapter(overrides: Partial<PaymentsAdapter> = {}): PaymentsAdapter {
  const base = Object.fromEntries(REQUIRED_METHODS.map((method) => [method, notImplemented(method)]))
  return { ...base, ...overrides } as PaymentsAdapter
}
