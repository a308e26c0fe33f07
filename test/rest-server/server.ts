/**
 * A reference Hexclave API server over node:http, backed by a memory adapter: same paths,
 * headers, wire shapes and errors as the API reference (sections 1–4), for testing the REST adapter.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory'
import { accessError, header, type Credentials } from './auth'
import { HttpError, known, schemaError, text } from './errors'
import { ROUTES, type Route, type RouteContext } from './routes'

/**
 * A test hook's answer: drop the connection, never answer, send the headers of a 200 and then cut
 * the body off (`truncated-body`) or never finish it (`stalled-body`), or answer with a status,
 * text and headers.
 */
export type Interception = 'network' | 'hang' | 'truncated-body' | 'stalled-body' | { status: number; body?: string; headers?: Record<string, string> }

/** One request the server received. */
export interface RecordedRequest {
  method: string
  /** Path below `/api/v1`, without the query. */
  path: string
  query: string
}

/** Options of {@link startReferenceServer}. */
export interface ReferenceServerOptions extends Partial<Credentials> {
  /** Port on 127.0.0.1; 0 picks a free one. @default 0 */
  port?: number
  /** Options of the backing memory adapter (its `blockNewPurchases` also sets the config). */
  memory?: MemoryAdapterOptions
  /** Test hook run before anything else; return an {@link Interception} to fake a failure. */
  intercept?: (request: RecordedRequest) => Interception | undefined
}

/** A running reference server. */
export interface ReferenceServer {
  /** Base URL including `/api/v1`. */
  url: string
  credentials: Credentials
  /** Headers of an admin caller. */
  adminHeaders: Record<string, string>
  /** Every request received, oldest first. */
  requests: RecordedRequest[]
  memory: MemoryAdapter
  close(): Promise<void>
}

const PREFIX_RE = /^\/api\/(?:v1|latest)(\/.*)$/
const NOT_FOUND = "404 — this page does not exist in Stack Auth's API."

function send(res: ServerResponse, status: number, body: string, contentType: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store, max-age=0', 'x-stack-request-id': crypto.randomUUID(), ...extra })
  res.end(body)
}

/**
 * An error answer. A known error carries its code in `x-stack-known-error` and
 * `x-hexclave-known-error`. When the caller sent `x-*-override-error-status` (as the SDK does), a
 * 4xx answers 200 with the real status in `x-stack-actual-status` / `x-hexclave-actual-status`,
 * as the backend's smart response does; other statuses are left alone.
 */
function sendError(req: IncomingMessage, res: ServerResponse, error: HttpError): void {
  const override = header(req, 'override-error-status') !== undefined && error.status >= 400 && error.status < 500
  const status = override ? 200 : error.status
  const actual: Record<string, string> = override ? { 'x-stack-actual-status': String(error.status), 'x-hexclave-actual-status': String(error.status) } : {}
  if (!error.code) return send(res, status, error.message, 'text/plain; charset=utf-8', actual)
  const body = { code: error.code, ...(error.details ? { details: error.details } : {}), error: error.message }
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8', { ...actual, 'x-stack-known-error': error.code, 'x-hexclave-known-error': error.code })
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const raw = Buffer.concat(chunks).toString('utf8')
  if (req.method === 'GET' || raw === '') return {}
  const type = req.headers['content-type'] ?? ''
  if (!type.startsWith('application/json')) throw known(400, 'BODY_PARSING_ERROR', `Unknown content type in request body: ${type}`)
  try {
    const body: unknown = JSON.parse(raw)
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  } catch {
    throw known(400, 'BODY_PARSING_ERROR', 'Invalid JSON in request body')
  }
}

function match(method: string, path: string): { route: Route; params: string[] } | null {
  for (const route of ROUTES) {
    const found = route.method === method ? route.pattern.exec(path) : null
    if (found) return { route, params: found.slice(1) }
  }
  return null
}

interface Handler {
  creds: Credentials
  base: Omit<RouteContext, 'method' | 'path' | 'query' | 'body' | 'params'>
}

async function handle(h: Handler, req: IncomingMessage, res: ServerResponse, url: URL, path: string): Promise<void> {
  const method = req.method ?? 'GET'
  const found = match(method, path)
  if (!found) return send(res, 404, `${NOT_FOUND}\n`, 'text/plain; charset=utf-8')
  const denied = accessError(req, h.creds, found.route.level)
  if (denied) return sendError(req, res, denied)
  const extra = [...url.searchParams.keys()].find((k) => !found.route.queryKeys.includes(k))
  if (extra) return sendError(req, res, schemaError(method, url.pathname, `query contains unknown properties: ${extra}`))
  const ctx: RouteContext = { ...h.base, method, path: url.pathname, query: url.searchParams, body: await readBody(req), params: found.params }
  const result = await found.route.handle(ctx)
  send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8')
}

function onRequest(h: Handler, options: ReferenceServerOptions, requests: RecordedRequest[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const path = PREFIX_RE.exec(url.pathname)?.[1] ?? url.pathname
    const record = { method: req.method ?? 'GET', path, query: url.search }
    requests.push(record)
    const interception = options.intercept?.(record)
    if (interception === 'network') return void req.socket.destroy()
    if (interception === 'hang') return
    if (interception === 'truncated-body' || interception === 'stalled-body') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': '4096' })
      res.write('{"items":[{"id":"')
      if (interception === 'truncated-body') setTimeout(() => req.socket.destroy(), 10)
      return
    }
    if (interception) return send(res, interception.status, interception.body ?? '', 'text/plain; charset=utf-8', interception.headers)
    if (!PREFIX_RE.test(url.pathname)) return send(res, 404, `${NOT_FOUND}\n`, 'text/plain; charset=utf-8')
    handle(h, req, res, url, path).catch((error: unknown) => {
      sendError(req, res, error instanceof HttpError ? error : text(500, 'Something went wrong. Please make sure the data you entered is correct.'))
    })
  }
}

/**
 * Starts the reference server on 127.0.0.1.
 *
 * @example
 * const server = await startReferenceServer({ memory: { seed: 3 } })
 * const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
 * await server.close()
 */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const creds: Credentials = {
    projectId: options.projectId ?? '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    adminKey: options.adminKey ?? 'test-admin-key',
    serverKey: options.serverKey ?? 'test-server-key',
  }
  const memory = createMemoryAdapter(options.memory)
  const requests: RecordedRequest[] = []
  const h: Handler = { creds, base: { memory, projectId: creds.projectId, blockNewPurchases: options.memory?.blockNewPurchases ?? false, cache: {} } }
  const server = createServer(onRequest(h, options, requests))
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    credentials: creds,
    adminHeaders: { 'x-hexclave-access-type': 'admin', 'x-hexclave-project-id': creds.projectId, 'x-hexclave-super-secret-admin-key': creds.adminKey },
    requests,
    memory,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
