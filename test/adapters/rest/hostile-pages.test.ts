/**
 * A backend whose cursors do not move forward (missing or repeated) must not send the REST
 * adapter into an endless scan: every walk ends with an `invalid_response` naming the cursor.
 */
import { describe, expect, it } from 'vitest'
import { isPaymentsError, type PaymentsError } from '../../../src/adapter/errors'
import { cursorWalk } from '../../../src/adapters/rest/shape'
import { referenceServers, rewritingAdapter } from '../../rest-server/fixture'

const serve = referenceServers({ memory: { seed: 6, users: 40, teams: 8, customCustomers: 60 } })
const signal = () => new AbortController().signal

type Page = Record<string, unknown>

/** The reference server behind a fetch that rewrites the JSON answers of one path. */
async function rewritten(path: string, rewrite: (body: Page) => Page) {
  const server = await serve()
  const adapter = rewritingAdapter(server, path, (body) => rewrite(body as Page))
  const requestsTo = () => server.requests.filter((r) => r.path.endsWith(path)).length
  return { server, adapter, requestsTo }
}

async function rejection(promise: Promise<unknown>): Promise<PaymentsError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  if (!isPaymentsError(error)) throw new Error(`expected a PaymentsError, got ${String(error)}`)
  return error
}

/** Every page points at the same (real) next page, so the walk would read page 2 forever. */
function repeatCursor(): (body: Page) => Page {
  let first: unknown
  return (body) => {
    first ??= body.next_cursor
    return { ...body, next_cursor: first }
  }
}
/** A transactions page without `next_cursor`: a naive walk restarts at page 1 forever. */
const dropCursor = ({ next_cursor: _dropped, ...body }: Page): Page => body
const nobody = { type: 'custom' as const, id: 'nobody-has-this-id' }
const TXNS = '/internal/payments/transactions'

describe('REST adapter: walks that cannot end', () => {
  it.each([
    ['repeats the same cursor', repeatCursor()],
    ['leaves the cursor out', dropCursor],
  ])('listTransactions fails with invalid_response when the backend %s', async (_, rewrite) => {
    const { adapter, requestsTo } = await rewritten(TXNS, rewrite)
    const error = await rejection(adapter.listTransactions({ customer: nobody, limit: 20, signal: signal() }))
    expect(error.code).toBe('invalid_response')
    expect(error.method).toBe('listTransactions')
    expect(error.path).toBe('next_cursor')
    expect(requestsTo()).toBeLessThanOrEqual(3)
  })

  it('ends getCustomerMetrics, the custom-customer scan and a refund without a signal the same way', async () => {
    const { adapter, requestsTo } = await rewritten(TXNS, repeatCursor())
    const metrics = await rejection(adapter.getCustomerMetrics({ customer: nobody, signal: signal() }))
    expect([metrics.code, metrics.method]).toEqual(['invalid_response', 'getCustomerMetrics'])
    const customers = await rejection(adapter.listCustomers({ type: 'custom', limit: 10, signal: signal() }))
    expect([customers.code, customers.method]).toEqual(['invalid_response', 'listCustomers'])
    const refund = await rejection(adapter.refundTransaction({ customer: nobody, transactionId: 'txn-1' }))
    expect([refund.code, refund.method]).toEqual(['invalid_response', 'refundTransaction'])
    expect(requestsTo()).toBeLessThanOrEqual(6)
  })

  it('rejects a users page without pagination.next_cursor instead of guessing the end', async () => {
    const { adapter } = await rewritten('/users', ({ pagination: _dropped, ...body }) => body)
    const error = await rejection(adapter.listCustomers({ type: 'user', limit: 10, signal: signal() }))
    expect([error.code, error.path]).toEqual(['invalid_response', 'pagination.next_cursor'])
  })

  it('stops a walk after its page cap even when every cursor is new', () => {
    const next = cursorWalk('listTransactions', 'next_cursor', null, 3)
    expect(next('a')).toBe('a')
    expect(next('b')).toBe('b')
    expect(() => next('c')).toThrow('Stopped after reading 3 pages')
    expect(cursorWalk('listTransactions', 'next_cursor')(null)).toBeNull()
  })
})
