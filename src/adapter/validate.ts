import * as v from 'valibot'
import { PaymentsError, isAbortError, toPaymentsError } from './errors'
import { formatIssuePath } from './issue-path'
import { responseSchemas } from './schema'
import type { AdapterMethod, AdapterResponse, PaymentsAdapter } from './types'

const METHODS = Object.keys(responseSchemas) as AdapterMethod[]

/**
 * Checks one response against its method's schema and returns it as the contract type
 * (`Page<Customer>` for `listCustomers`…; `unknown` for the void mutations).
 *
 * @throws PaymentsError `invalid_response` naming the method and the first bad field.
 */
export function parseResponse<M extends AdapterMethod>(method: M, value: unknown): AdapterResponse<M> {
  const schema = responseSchemas[method] as v.GenericSchema
  const result = v.safeParse(schema, value)
  // The schema's output is exactly the contract type (checked in ./schema); TypeScript cannot see that through `M`.
  if (result.success) return result.output as AdapterResponse<M>
  const issue = result.issues[0]
  const path = formatIssuePath(issue)
  const where = path ? ` at "${path}"` : ''
  throw new PaymentsError('invalid_response', {
    method,
    path: path || undefined,
    message: `${method} returned an invalid response${where}: ${issue.message}`,
    details: { issues: result.issues.slice(0, 5).map((i) => ({ path: formatIssuePath(i), message: i.message })) },
  })
}

/**
 * `getCustomers` must answer exactly the refs asked, in order: one entry per ref, `null` for a
 * missing customer, never another customer in its place.
 */
function checkCustomersAnswer(params: unknown, answer: Array<{ type: string; id: string } | null>): void {
  const refs: unknown = typeof params === 'object' && params !== null ? Reflect.get(params, 'refs') : undefined
  if (!Array.isArray(refs)) return
  const fail = (path: string, message: string) => {
    throw new PaymentsError('invalid_response', { method: 'getCustomers', path, message: `getCustomers returned an invalid response${path ? ` at "${path}"` : ''}: ${message}` })
  }
  if (answer.length !== refs.length) fail('', `expected ${refs.length} entries (one per ref, null when missing), got ${answer.length}`)
  answer.forEach((customer, i) => {
    const ref: unknown = refs[i]
    if (customer === null || typeof ref !== 'object' || ref === null) return
    if (customer.type !== Reflect.get(ref, 'type') || customer.id !== Reflect.get(ref, 'id')) {
      fail(`[${i}]`, `expected the customer ${String(Reflect.get(ref, 'type'))}:${String(Reflect.get(ref, 'id'))} or null, got ${customer.type}:${customer.id}`)
    }
  })
}

function signalOf(params: unknown): AbortSignal | undefined {
  const signal: unknown = typeof params === 'object' && params !== null ? Reflect.get(params, 'signal') : undefined
  return signal instanceof AbortSignal ? signal : undefined
}

const validated = new WeakMap<PaymentsAdapter, PaymentsAdapter>()

/**
 * Wraps an adapter so every response is validated and every failure is a `PaymentsError`.
 * An abort stays an `AbortError` only when the caller's own signal aborted; an `AbortError` the
 * caller did not cause becomes a retryable `network` error. Capabilities the adapter lacks stay
 * absent, and its `unavailable` reasons are kept.
 */
export function validateAdapter(adapter: PaymentsAdapter): PaymentsAdapter {
  const cached = validated.get(adapter)
  if (cached) return cached
  const wrapped: Record<string, unknown> = { supportsPartialRefunds: adapter.supportsPartialRefunds, unavailable: adapter.unavailable }
  for (const method of METHODS) {
    const fn = adapter[method] as ((params: unknown) => Promise<unknown>) | undefined
    if (typeof fn !== 'function') continue
    wrapped[method] = async (params: unknown) => {
      let value: unknown
      try {
        value = await fn.call(adapter, params)
      } catch (error) {
        if (isAbortError(error)) {
          if (signalOf(params)?.aborted) throw error
          // The caller did not cancel: a stray abort (e.g. shared work stopped by someone else) is a
          // failure the UI shows and retries, never a silent "nothing happened".
          throw new PaymentsError('network', {
            method,
            cause: error,
            message: `${method} was aborted although its caller did not cancel it.`,
            details: { strayAbort: true },
          })
        }
        const err = toPaymentsError(error, method)
        throw err.method ? err : new PaymentsError(err.code, { ...err, message: err.message, method, cause: err.cause })
      }
      const output = parseResponse(method, value)
      if (method === 'getCustomers') checkCustomersAnswer(params, output as Array<{ type: string; id: string } | null>)
      return method === 'changeItemQuantity' || method === 'cancelSubscription' || method === 'refundTransaction'
        ? undefined
        : output
    }
  }
  const result = wrapped as unknown as PaymentsAdapter
  validated.set(adapter, result)
  return result
}

/** Which optional capabilities an adapter has. */
export function getCapabilities(adapter: PaymentsAdapter) {
  return {
    metrics: typeof adapter.getCustomerMetrics === 'function',
    billing: typeof adapter.getBilling === 'function',
    grantProduct: typeof adapter.grantProduct === 'function',
    changeItemQuantity: typeof adapter.changeItemQuantity === 'function',
    cancelSubscription: typeof adapter.cancelSubscription === 'function',
    refundTransaction: typeof adapter.refundTransaction === 'function',
    partialRefunds: typeof adapter.refundTransaction === 'function' && adapter.supportsPartialRefunds === true,
    /** Why what the adapter cannot do is missing (see `PaymentsAdapter.unavailable`); empty when it says nothing. */
    unavailable: { ...adapter.unavailable },
  }
}

export type AdapterCapabilities = ReturnType<typeof getCapabilities>
