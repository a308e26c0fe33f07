/** The HTTP core: headers, timeout, abort, retries of reads, and error mapping. */
import { MAX_RETRY_AFTER_MS, abortError, isAbortError, PaymentsError, throwIfAborted } from '../../adapter/errors'
import type { AdapterMethod } from '../../adapter/types'
import { knownError, retryAfterMs, textError } from './errors'
import type { WireKnownError } from './wire'

/** Options of {@link createRestAdapter}. */
export interface RestAdapterOptions {
  /** API base including the version, e.g. `https://api.example.com/api/v1`. A trailing slash is ignored. */
  baseUrl: string
  /** Headers sent with every request (access type, project id, admin key…). */
  headers?: Record<string, string>
  /** Headers computed per request (e.g. a fresh admin access token); merged over `headers`. */
  getHeaders?: () => Record<string, string> | Promise<Record<string, string>>
  /** The fetch to use. @default globalThis.fetch */
  fetch?: typeof fetch
  /** Per-attempt timeout in ms; a timeout is reported as `network`. @default 30000 */
  timeoutMs?: number
  /**
   * Extra attempts of a read after a network error or a 5xx; mutations never retry. Leave it at 0
   * when the adapter backs the components: their query layer already retries failed reads (one
   * owner of retries, see docs/adapter.md). Set it for use without the components, e.g. on a server.
   * @default 0
   */
  retries?: number
  /** Delay before the first retry in ms, doubled on each further retry. @default 200 */
  retryDelayMs?: number
}

type QueryValue = string | number | boolean | null | undefined

/** One request to the API. */
export interface RequestSpec {
  method: 'GET' | 'POST' | 'DELETE'
  /** Path below the base URL, starting with `/`. */
  path: string
  query?: Record<string, QueryValue>
  body?: unknown
  signal?: AbortSignal
  /** The adapter method, for error reports. */
  caller?: AdapterMethod
}

/** Sends requests; returns the parsed JSON body or throws a PaymentsError / AbortError. */
export type Requester = (spec: RequestSpec) => Promise<unknown>

function urlOf(baseUrl: string, spec: RequestSpec): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(spec.query ?? {})) {
    if (value !== null && value !== undefined) params.set(name, String(value))
  }
  const search = params.toString()
  return `${baseUrl.replace(/\/+$/, '')}${spec.path}${search ? `?${search}` : ''}`
}

function headerOf(response: Response, name: string): string | null {
  return response.headers.get(`x-hexclave-${name}`) ?? response.headers.get(`x-stack-${name}`)
}

/** The real status, also when the server was asked to answer 4xx as 200 with `x-*-actual-status`. */
function statusOf(response: Response): number {
  const actual = Number(headerOf(response, 'actual-status'))
  return Number.isInteger(actual) && actual > 0 ? actual : response.status
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** A failed response as a PaymentsError: known errors by header, otherwise the plain text. */
function errorOf(response: Response, text: string, status: number, caller?: AdapterMethod): PaymentsError {
  const wait = retryAfterMs(response.headers.get('retry-after'))
  const facts = wait === undefined ? {} : { retryAfterMs: wait }
  const code = headerOf(response, 'known-error')
  if (!code) return textError(text, status, caller, facts)
  const body = parseJson(text) as Partial<WireKnownError> | undefined
  if (!body || typeof body !== 'object' || body.code !== code) {
    return new PaymentsError('invalid_response', { status, method: caller, message: `Known-error header ${code} does not match the body.` })
  }
  return knownError(code, body, status, caller, facts)
}

function bodyOf(text: string, status: number, caller?: AdapterMethod): unknown {
  const body = text ? parseJson(text) : {}
  if (body === undefined) throw new PaymentsError('invalid_response', { method: caller, status, message: 'The response is not JSON.' })
  return body
}

/** Resolves after `ms`, or rejects with an AbortError when the signal aborts first. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer)
      reject(abortError(signal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', done)
      resolve()
    }, ms)
    signal?.addEventListener('abort', done, { once: true })
  })
}

function isRetryable(error: unknown): boolean {
  return error instanceof PaymentsError && (error.code === 'network' || error.code === 'busy' || (error.status !== undefined && error.status >= 500))
}

/** How long the server asked to wait before the next attempt (capped), if it said. */
function askedWait(error: unknown): number {
  const asked: unknown = error instanceof PaymentsError ? error.details?.retryAfterMs : undefined
  return typeof asked === 'number' ? Math.min(asked, MAX_RETRY_AFTER_MS) : 0
}

interface Attempt {
  url: string
  init: RequestInit
  caller?: AdapterMethod
  callerSignal?: AbortSignal
  timeoutMs: number
}

/**
 * One attempt, the whole exchange (headers and body) inside the caller's signal and the timeout:
 * a body cut off mid-way or slower than the timeout is a `network` failure like a refused
 * connection, then the body is parsed or mapped to an error.
 */
async function attempt(fetchFn: typeof fetch, a: Attempt): Promise<unknown> {
  const timeout = AbortSignal.timeout(a.timeoutMs)
  const signal = a.callerSignal ? AbortSignal.any([a.callerSignal, timeout]) : timeout
  let response: Response
  let text: string
  try {
    response = await fetchFn(a.url, { ...a.init, signal })
    text = await response.text()
  } catch (error) {
    throwIfAborted(a.callerSignal)
    if (timeout.aborted) {
      throw new PaymentsError('network', { method: a.caller, cause: error, message: `The request timed out after ${a.timeoutMs} ms.`, details: { timeoutMs: a.timeoutMs } })
    }
    if (isAbortError(error)) throw error
    throw new PaymentsError('network', { method: a.caller, cause: error })
  }
  const status = statusOf(response)
  if (status >= 400) throw errorOf(response, text, status, a.caller)
  return bodyOf(text, response.status, a.caller)
}

/** Creates the requester an adapter instance uses for every call. */
export function createRequester(options: RestAdapterOptions): Requester {
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const timeoutMs = options.timeoutMs ?? 30_000
  const retries = Math.max(0, options.retries ?? 0)
  const retryDelayMs = options.retryDelayMs ?? 200

  return async (spec) => {
    const headers: Record<string, string> = { ...options.headers, ...(await options.getHeaders?.()) }
    if (spec.body !== undefined) headers['content-type'] = 'application/json'
    const init: RequestInit = { method: spec.method, headers, body: spec.body === undefined ? undefined : JSON.stringify(spec.body) }
    const run: Attempt = { url: urlOf(options.baseUrl, spec), init, caller: spec.caller, callerSignal: spec.signal, timeoutMs }
    const attempts = spec.method === 'GET' ? retries + 1 : 1
    let lastError: unknown
    for (let i = 1; ; i++) {
      throwIfAborted(spec.signal)
      try {
        return await attempt(fetchFn, run)
      } catch (error) {
        if (i >= attempts || !isRetryable(error)) throw error
        lastError = error
      }
      await sleep(Math.max(retryDelayMs * 2 ** (i - 1), askedWait(lastError)), spec.signal)
    }
  }
}
