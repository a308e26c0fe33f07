/**
 * SDK mode's server side: answers the browser's bridge adapter (src/sdk-bridge.ts) by calling the
 * Hexclave SDK adapter (`@hexclave/payments-ui/adapters/sdk` over the published `@stackframe/js`
 * admin app) in the Vite server, where the project's keys live. Only the call's parameters and
 * the result or `PaymentsError` cross to the page; the keys never do. A request the browser
 * aborts (a closed connection) aborts the adapter call.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PaymentsAdapter } from '@hexclave/payments-ui'
import { toPaymentsError } from '../../dist/core.js'
import type { BridgeAnswer, BridgeDescription } from './src/sdk-bridge'

/** The adapter's method names and its JSON-serialisable members (capability flags, reasons). */
export function describeAdapter(adapter: PaymentsAdapter): BridgeDescription {
  const methods: string[] = []
  const values: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(adapter)) {
    if (typeof value === 'function') methods.push(name)
    else if (value !== undefined) values[name] = value
  }
  return { methods, values }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  const parsed: unknown = text ? JSON.parse(text) : {}
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('The call parameters must be a JSON object')
  return parsed as Record<string, unknown>
}

/** Serves `GET /describe` and `POST /call/<method>` (`path` is below the bridge's mount). */
export async function serveBridge(adapter: PaymentsAdapter, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(path, 'http://bridge')
  if (req.method === 'GET' && url.pathname === '/describe') return sendJson(res, 200, describeAdapter(adapter))
  const match = /^\/call\/([A-Za-z]+)$/.exec(url.pathname)
  const name = match?.[1]
  const method: unknown = name === undefined ? undefined : Reflect.get(adapter, name)
  if (req.method !== 'POST' || name === undefined || typeof method !== 'function') return sendJson(res, 404, { error: 'No such bridge call' })

  const controller = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished) controller.abort(new DOMException('The page aborted the call', 'AbortError'))
  })
  let answer: BridgeAnswer
  try {
    const params = await readJson(req)
    const result: unknown = await Reflect.apply(method, adapter, [{ ...params, signal: controller.signal }])
    answer = { result: result ?? null }
  } catch (caught) {
    if (controller.signal.aborted) return
    const error = toPaymentsError(caught)
    answer = {
      error: {
        code: error.code,
        message: error.message,
        fieldErrors: error.fieldErrors,
        details: error.details,
        method: error.method,
        path: error.path,
        status: error.status,
      },
    }
  }
  sendJson(res, 200, answer)
}
