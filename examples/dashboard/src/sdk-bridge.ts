/**
 * SDK mode's browser side: an adapter whose every call is answered by the Hexclave SDK adapter
 * running in the demo's Vite server (demo-api.ts, sdk-bridge-server.ts). The SDK needs the
 * project's secret key, so it never runs in the page: this adapter only posts the call's
 * parameters to the server and rebuilds the answer or the `PaymentsError`. The server says which
 * methods and capability values its adapter has (`GET <base>/describe`), so the UI shows the SDK's
 * capabilities exactly — e.g. no checkout for custom customers.
 */
import type { PaymentsAdapter } from '@hexclave/payments-ui'
import { PaymentsError, type PaymentsErrorCode } from '@hexclave/payments-ui/core'

/** What the server's adapter offers: its method names and its non-function members. */
export interface BridgeDescription {
  methods: string[]
  values: Record<string, unknown>
}

/** The serialised form of a `PaymentsError` (the cause stays on the server). */
export interface BridgeError {
  code: PaymentsErrorCode
  message: string
  fieldErrors?: Record<string, string>
  details?: Record<string, unknown>
  method?: string
  path?: string
  status?: number
}

/** One call's answer: the method's result, or its error. */
export type BridgeAnswer = { result: unknown } | { error: BridgeError }

/** Reads what the server's SDK adapter offers; rejects when the bridge is unreachable. */
export async function describeBridge(base: string): Promise<BridgeDescription> {
  const response = await fetch(`${base}/describe`)
  if (!response.ok) throw new Error(`The SDK bridge at ${base} answered ${response.status}`)
  return (await response.json()) as BridgeDescription
}

function rebuild(error: BridgeError): PaymentsError {
  const { code, message, fieldErrors, details, path, status } = error
  return new PaymentsError(code, { message, fieldErrors, details, path, status })
}

/** The browser adapter over the server's SDK adapter described by `description`. */
export function createBridgeAdapter(base: string, description: BridgeDescription): PaymentsAdapter {
  const call = async (method: string, params: { signal?: AbortSignal } = {}): Promise<unknown> => {
    const { signal, ...rest } = params
    let response: Response
    try {
      response = await fetch(`${base}/call/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(rest),
        signal,
      })
    } catch (error) {
      if (signal?.aborted) throw error
      throw new PaymentsError('network', { cause: error })
    }
    if (!response.ok) throw new PaymentsError('network', { status: response.status })
    const answer = (await response.json()) as BridgeAnswer
    if ('error' in answer) throw rebuild(answer.error)
    return answer.result ?? undefined
  }
  const adapter: Record<string, unknown> = { ...description.values }
  for (const method of description.methods) adapter[method] = (params?: { signal?: AbortSignal }) => call(method, params)
  // The provider validates every answer against the contract, as for any host adapter.
  return adapter as unknown as PaymentsAdapter
}
