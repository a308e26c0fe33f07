/**
 * Honest failures from the REST transport: the whole exchange (headers and body) is one attempt
 * inside the timeout, busy servers are named and their `Retry-After` honoured, raw bodies are
 * never shown, and a malformed item balance is never a silent zero.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isPaymentsError, type PaymentsError } from '../../../src/adapter/errors'
import { createRestAdapter } from '../../../src/adapters/rest'
import { displayableText, retryAfterMs, textError } from '../../../src/adapters/rest/errors'
import { retryDelay, shouldRetry } from '../../../src/data/query-client'
import { createTranslator } from '../../../src/lib/create-translator'
import { errorMessage } from '../../../src/lib/messages'
import { referenceServers } from '../../rest-server/fixture'
import type { Interception, RecordedRequest } from '../../rest-server/server'

const serve = referenceServers({ memory: { seed: 4, users: 12, teams: 3, customCustomers: 3 } })
const signal = () => new AbortController().signal
const t = createTranslator(undefined, 'en-US')

afterEach(() => {
  vi.useRealTimers()
})

async function rejection(promise: Promise<unknown>): Promise<PaymentsError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  if (!isPaymentsError(error)) throw new Error(`expected a PaymentsError, got ${String(error)}`)
  return error
}

async function adapterFailing(on: (r: RecordedRequest) => boolean, interception: Interception, options: { retries?: number; timeoutMs?: number } = {}) {
  const server = await serve({ intercept: (r) => (on(r) ? interception : undefined) })
  const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders, retryDelayMs: 1, ...options })
  return { server, adapter }
}

const isUsers = (r: RecordedRequest) => r.path === '/users'
const HTML_PAGE = '<!DOCTYPE html><html><head><title>429 Too Many Requests</title></head><body><h1>Slow down</h1></body></html>'

describe('REST transport: the body is part of the attempt', () => {
  it('reports a body cut off mid-way as network and retries it', async () => {
    const { server, adapter } = await adapterFailing(isUsers, 'truncated-body', { retries: 1 })
    const error = await rejection(adapter.listCustomers({ type: 'user', limit: 10, signal: signal() }))
    expect(error.code).toBe('network')
    expect(error.method).toBe('listCustomers')
    expect(server.requests.filter(isUsers)).toHaveLength(2)
  })

  it('reports a body slower than the timeout as a network timeout', async () => {
    const { adapter } = await adapterFailing(isUsers, 'stalled-body', { timeoutMs: 300 })
    const error = await rejection(adapter.listCustomers({ type: 'user', limit: 10, signal: signal() }))
    expect(error.code).toBe('network')
    expect(error.message).toMatch(/timed out after 300 ms/)
  })
})

describe('REST transport: busy servers', () => {
  it('maps a 429 with an HTML page to busy, keeps the wait it asked for, and never shows the page', async () => {
    const { adapter } = await adapterFailing(isUsers, { status: 429, body: HTML_PAGE, headers: { 'retry-after': '2' } })
    const error = await rejection(adapter.listCustomers({ type: 'user', limit: 10, signal: signal() }))
    expect(error.code).toBe('busy')
    expect(error.details?.retryAfterMs).toBe(2000)
    expect(errorMessage(t, error)).toBe('The server is busy. Try again in a moment.')
    expect(shouldRetry(1, error)).toBe(true)
  })

  it('maps a 503 to busy and 502 / 504 to network, each retried by the query layer', async () => {
    for (const [status, code] of [[503, 'busy'], [502, 'network'], [504, 'network']] as const) {
      const error = textError('upstream failed', status)
      expect(error.code).toBe(code)
      expect(shouldRetry(1, error)).toBe(true)
    }
    expect(shouldRetry(2, textError('upstream failed', 503))).toBe(false)
    expect(shouldRetry(1, textError('nope', 400))).toBe(false)
  })

  it('waits at least what Retry-After asked before the query layer retries, capped at 30 s', () => {
    const busy = textError('', 503, 'listCustomers', { retryAfterMs: 3000 })
    expect(retryDelay(1, busy)).toBeGreaterThanOrEqual(3000)
    expect(retryDelay(1, textError('', 503, 'listCustomers', { retryAfterMs: 10 * 60_000 }))).toBe(30_000)
    expect(retryDelay(1, textError('', 503))).toBeLessThan(3000)
  })

  it("waits for the server's Retry-After before the adapter's own retry", async () => {
    vi.useFakeTimers()
    const sent: number[] = []
    const fetch = vi.fn(async () => {
      sent.push(sent.length)
      return sent.length === 1
        ? new Response('busy', { status: 503, headers: { 'retry-after': '2' } })
        : new Response(JSON.stringify({ items: [], pagination: { next_cursor: null } }), { status: 200 })
    })
    const adapter = createRestAdapter({ baseUrl: 'http://127.0.0.1:9/api/v1', fetch, retries: 1, retryDelayMs: 10 })
    const page = adapter.listCustomers({ type: 'user', limit: 10, signal: signal() })
    await vi.advanceTimersByTimeAsync(1_990)
    expect(fetch).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(20)
    expect(fetch).toHaveBeenCalledTimes(2)
    await expect(page).resolves.toMatchObject({ items: [] })
  })

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-12-04T10:00:00Z')
    expect(retryAfterMs('3', now)).toBe(3000)
    expect(retryAfterMs('Fri, 04 Dec 2026 10:00:05 GMT', now)).toBe(5000)
    expect(retryAfterMs('soon', now)).toBeUndefined()
    expect(retryAfterMs(null, now)).toBeUndefined()
  })
})

describe('REST transport: messages a user may see', () => {
  it('shows short plain text and never HTML or a wall of text', () => {
    expect(displayableText('  quantity must be\n positive ')).toBe('quantity must be positive')
    expect(displayableText(HTML_PAGE)).toBeUndefined()
    expect(displayableText('x'.repeat(5000))).toBeUndefined()
    const validation = textError(HTML_PAGE, 400)
    expect(validation.code).toBe('validation')
    expect(errorMessage(t, validation)).toBe('Some values are not valid.')
    expect(validation.details?.body).toEqual(expect.stringContaining('Slow down'))
  })
})

describe('REST item balances: never a silent zero', () => {
  const isItem = (r: RecordedRequest) => r.path.startsWith('/payments/items/')
  it.each([
    ['a 200 with an error body', { status: 200, body: '{"error":"Something broke"}' }],
    ['an empty body', { status: 200, body: '' }],
    ['a quantity that is a string', { status: 200, body: '{"id":"credits","display_name":"Credits","quantity":"7000"}' }],
    ['a fractional quantity', { status: 200, body: '{"id":"credits","display_name":"Credits","quantity":1.5}' }],
  ] as const)('rejects %s as invalid_response naming quantity', async (_, interception) => {
    const { adapter } = await adapterFailing(isItem, interception)
    const error = await rejection(adapter.listItemBalances({ customer: { type: 'custom', id: 'acme' }, signal: signal() }))
    expect(error.code).toBe('invalid_response')
    expect(error.method).toBe('listItemBalances')
    expect(error.path).toBe('quantity')
  })
})
