/**
 * The REST adapter's code split (issue 13, point 3): a customer list needs no code beyond the
 * adapter's entry, and the other methods load theirs on first call. Here that chunk's module is
 * made to fail its first load, as a dropped connection or a new deployment would.
 */
import { describe, expect, it, vi } from 'vitest'
import { isPaymentsError, type PaymentsError } from '../../../src/adapter/errors'
import { validateAdapter } from '../../../src/adapter/validate'
import { createRestAdapter } from '../../../src/adapters/rest'
import { referenceServers } from '../../rest-server/fixture'

const chunk = vi.hoisted(() => ({ loads: 0, failures: 0 }))
vi.mock('../../../src/adapters/rest/on-demand', async (importOriginal) => {
  chunk.loads += 1
  if (chunk.failures > 0) {
    chunk.failures -= 1
    throw new TypeError('Failed to fetch dynamically imported module')
  }
  return importOriginal()
})

const serve = referenceServers({ memory: { seed: 4, users: 12, teams: 3, customCustomers: 4 } })
const signal = () => new AbortController().signal

async function rejection(promise: Promise<unknown>): Promise<PaymentsError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  if (!isPaymentsError(error)) throw new Error(`expected a PaymentsError, got ${String(error)}`)
  return error
}

// In order: the module loads once per test file, so the first test sees it unloaded.
describe('REST adapter: code loaded on first call', () => {
  it('lists every type of customer without loading the code of the other methods', async () => {
    const server = await serve()
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
    const page = await adapter.listCustomers({ type: 'all', limit: 50, signal: signal() })
    expect(page.items.map((c) => c.type)).toEqual(expect.arrayContaining(['user', 'team', 'custom']))
    expect(chunk.loads).toBe(0)
  })

  it('fails a method whose code did not load with a retryable network error naming it, then loads it on the next call', async () => {
    const server = await serve()
    const adapter = validateAdapter(createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders }))
    const [customer] = (await adapter.listCustomers({ type: 'user', limit: 1, signal: signal() })).items
    if (!customer) throw new Error('the dataset has users')
    const customerRef = { type: customer.type, id: customer.id }
    chunk.failures = 1
    const requestsBefore = server.requests.length

    const error = await rejection(adapter.listTransactions({ customer: customerRef, limit: 5, signal: signal() }))
    expect(error).toMatchObject({ code: 'network', method: 'listTransactions', details: { codeNotLoaded: true } })
    expect(error.message).toContain('listTransactions')
    expect(server.requests.length).toBe(requestsBefore)

    const page = await adapter.listTransactions({ customer: customerRef, limit: 5, signal: signal() })
    const expected = await server.memory.listTransactions({ customer: customerRef, limit: 5, signal: signal() })
    expect(page.items.map((t) => t.id)).toEqual(expected.items.map((t) => t.id))
    expect(chunk.loads).toBe(2)

    // Loaded once for every method and instance from then on.
    const other = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
    expect(await other.getBilling({ customer: customerRef, signal: signal() })).toEqual(await server.memory.getBilling({ customer: customerRef, signal: signal() }))
    expect(chunk.loads).toBe(2)
  })
})
