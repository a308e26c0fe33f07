/**
 * Fault injection: a seeded generator of malformed wire responses, run against the REST adapter
 * (wrapped by `validateAdapter`, as the components use it) over the reference server. Every answer
 * is a real one from the server, then broken in one of the classes below. The suite asserts that
 * none of them surfaces as a raw JavaScript error and none yields an invented value, and prints
 * its counts.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { isAbortError, isPaymentsError } from '../../../src/adapter/errors'
import type { CustomerRef, PaymentsAdapter } from '../../../src/adapter/types'
import { validateAdapter } from '../../../src/adapter/validate'
import { createRestAdapter } from '../../../src/adapters/rest'
import { createRandom } from '../../../src/lib/random'
import { referenceServers } from '../../rest-server/fixture'
import type { ReferenceServer } from '../../rest-server/server'

const serve = referenceServers({ memory: { seed: 11, users: 30, teams: 6, customCustomers: 20 } })
const SEED = 20261204
const CASES_PER_CALL = 40

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** One way to break an answer: returns the text to send instead of the real body. */
type Breaker = (body: Json, random: () => number) => string

const HTML_PAGE = '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>'
const pick = <T,>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T

/** Every path to a value inside `body` (object keys and array indexes). */
function pathsOf(body: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (body !== null && typeof body === 'object') {
    const entries: Array<[string | number, Json]> = Array.isArray(body) ? body.map((v, i) => [i, v]) : Object.entries(body)
    for (const [key, value] of entries) {
      out.push([...prefix, key])
      pathsOf(value, [...prefix, key], out)
    }
  }
  return out
}

/** A copy of `body` with the value at `path` replaced (or removed when `value` is undefined). */
function withValue(body: Json, path: Array<string | number>, value: Json | undefined): Json {
  const copy = structuredClone(body)
  let parent: Json = copy
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json
  const last = path.at(-1)
  if (last === undefined || parent === null || typeof parent !== 'object') return copy
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else delete (parent as Record<string, Json>)[String(last)]
  } else {
    ;(parent as Record<string | number, Json>)[last] = value
  }
  return copy
}

/** Replaces one value at a random path. */
const atRandomPath = (make: (old: Json, random: () => number) => Json | undefined): Breaker => (body, random) => {
  const paths = pathsOf(body)
  if (paths.length === 0) return JSON.stringify(make(body, random) ?? null)
  const path = pick(paths, random)
  const old = path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, body)
  return JSON.stringify(withValue(body, path, make(old, random)))
}

const wrongType = (old: Json, random: () => number): Json =>
  typeof old === 'string' ? pick([42, true, [], {}], random) : typeof old === 'number' ? pick(['12', true, [], '1e999'], random) : pick(['x', 0, []], random)

/** The classes of broken answers. */
const BREAKERS: Record<string, Breaker> = {
  'wrong type': atRandomPath(wrongType),
  'missing field': atRandomPath(() => undefined),
  null: atRandomPath(() => null),
  'huge string': atRandomPath(() => 'W'.repeat(100_000)),
  'odd enum': atRandomPath((old) => (typeof old === 'string' ? 'subscription-ish' : old)),
  'odd number': atRandomPath((_, random) => pick([-1, 1.5, Number.MAX_SAFE_INTEGER * 4, -0.0001], random)),
  'non-JSON': () => '{"items": [oops',
  'HTML error page': () => HTML_PAGE,
  '200 with an error body': () => JSON.stringify({ code: 'INTERNAL', error: 'Something broke' }),
  'empty body': () => '',
  truncated: (body, random) => {
    const text = JSON.stringify(body)
    return text.slice(0, Math.max(1, Math.floor(text.length * random())))
  },
  'repeated cursor': (body) => JSON.stringify(withCursor(body, 'c2FtZQ')),
  'missing cursor': (body) => JSON.stringify(withCursor(body, undefined)),
}

function withCursor(body: Json, cursor: string | undefined): Json {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body
  if ('next_cursor' in body) return withValue(body, ['next_cursor'], cursor)
  if ('pagination' in body) return withValue(body, ['pagination', 'next_cursor'], cursor)
  return body
}

interface Tally {
  cases: number
  succeeded: number
  rejected: Record<string, number>
  raw: string[]
  invented: string[]
}

const tally: Tally = { cases: 0, succeeded: 0, rejected: {}, raw: [], invented: [] }
const perClass: Record<string, number> = {}

/** Values no real answer produces, so a success that contains one invented it. */
function inventedIn(value: unknown): string | null {
  const text = JSON.stringify(value)
  if (text.includes('1970-01-01T')) return 'a 1970 date'
  if (/"(NaN|Infinity|-Infinity)"/.test(text)) return 'NaN or Infinity'
  return null
}

/** The adapter calls to attack, each with the path of the answer it reads. */
function calls(customer: CustomerRef): Array<{ name: string; path: string; run: (a: PaymentsAdapter) => Promise<unknown> }> {
  const signal = () => new AbortController().signal
  const customerPath = `/${customer.type}/${encodeURIComponent(customer.id)}`
  return [
    { name: 'listCustomers(user)', path: '/users', run: (a) => a.listCustomers({ type: 'user', limit: 10, signal: signal() }) },
    { name: 'listCustomers(team)', path: '/teams', run: (a) => a.listCustomers({ type: 'team', limit: 10, signal: signal() }) },
    { name: 'listCustomers(custom)', path: '/internal/payments/transactions', run: (a) => a.listCustomers({ type: 'custom', limit: 10, signal: signal() }) },
    { name: 'listProducts', path: '/internal/config', run: (a) => a.listProducts({ signal: signal() }) },
    { name: 'listOwnedProducts', path: `/payments/products${customerPath}`, run: (a) => a.listOwnedProducts({ customer, limit: 50, signal: signal() }) },
    { name: 'listTransactions', path: '/internal/payments/transactions', run: (a) => a.listTransactions({ customer, limit: 20, signal: signal() }) },
    { name: 'listItemBalances', path: `/payments/items${customerPath}/`, run: (a) => a.listItemBalances({ customer, signal: signal() }) },
    { name: 'getCustomerMetrics', path: '/internal/payments/transactions', run: (a) => (a.getCustomerMetrics ? a.getCustomerMetrics({ customer, signal: signal() }) : Promise.resolve(null)) },
    { name: 'getBilling', path: `/payments/billing${customerPath}`, run: (a) => (a.getBilling ? a.getBilling({ customer, signal: signal() }) : Promise.resolve(null)) },
  ]
}

/** An adapter whose answers for `path` are broken once each by `breaker`; other answers are real. */
function brokenAdapter(server: ReferenceServer, path: string, breaker: Breaker, random: () => number): PaymentsAdapter {
  return validateAdapter(
    createRestAdapter({
      baseUrl: server.url,
      headers: server.adminHeaders,
      timeoutMs: 10_000,
      fetch: async (input, init) => {
        const response = await globalThis.fetch(input, init)
        if (!new URL(String(input)).pathname.includes(path) || !response.ok) return response
        const text = breaker((await response.json()) as Json, random)
        return new Response(text, { status: 200, headers: { 'content-type': text.startsWith('<') ? 'text/html' : 'application/json' } })
      },
    }),
  )
}

afterAll(() => {
  const rejected = Object.entries(tally.rejected).map(([code, n]) => `${code} ${n}`).join(', ')
  console.log(
    `REST fault suite (seed ${SEED}): ${tally.cases} malformed answers over ${Object.keys(perClass).length} classes — ` +
      `${tally.succeeded} still valid, rejected: ${rejected}; raw errors: ${tally.raw.length}, invented values: ${tally.invented.length}`,
  )
})

describe('REST fault suite', () => {
  it(`turns ${CASES_PER_CALL} malformed answers per call into clear errors or valid data, never raw errors or invented values`, { timeout: 240_000 }, async () => {
    const server = await serve()
    const subscriber = (await server.memory.listCustomers({ type: 'custom', limit: 50, signal: new AbortController().signal })).items[0]
    if (!subscriber) throw new Error('the reference dataset has no custom customer')
    const random = createRandom(SEED)
    const classes = Object.keys(BREAKERS)
    for (const call of calls({ type: subscriber.type, id: subscriber.id })) {
      for (let i = 0; i < CASES_PER_CALL; i++) {
        const kind = classes[(i + Math.floor(random() * classes.length)) % classes.length] ?? 'null'
        perClass[kind] = (perClass[kind] ?? 0) + 1
        tally.cases += 1
        const adapter = brokenAdapter(server, call.path, BREAKERS[kind] as Breaker, random)
        try {
          const value = await call.run(adapter)
          tally.succeeded += 1
          const invented = inventedIn(value)
          if (invented) tally.invented.push(`${call.name} / ${kind}: ${invented}`)
        } catch (error) {
          // Raw: anything but a PaymentsError naming the method, or a JavaScript error passed off as
          // `unknown` ("Something went wrong: Invalid time value").
          const cause: unknown = isPaymentsError(error) ? error.cause : error
          const jsError = cause instanceof TypeError || cause instanceof RangeError || cause instanceof SyntaxError
          const raw = !isPaymentsError(error) || isAbortError(error) || !error.method || (error.code === 'unknown' && jsError)
          if (raw) tally.raw.push(`${call.name} / ${kind}: ${String(error)} (cause: ${String(cause)})`)
          else tally.rejected[error.code] = (tally.rejected[error.code] ?? 0) + 1
        }
      }
    }
    expect(tally.raw).toEqual([])
    expect(tally.invented).toEqual([])
    expect(tally.cases).toBe(CASES_PER_CALL * 9)
    expect(Object.keys(perClass).length).toBe(classes.length)
  })
})
