/**
 * Shared in-flight work of the REST adapter (the custom-customer scan, the config read, a pending
 * checkout per idempotency key) is never bound to one caller's signal: StrictMode's throw-away
 * first mount, or one closed view, must not fail the callers that stay.
 */
import { describe, expect, it } from 'vitest'
import { isAbortError } from '../../../src/adapter/errors'
import { createRestAdapter } from '../../../src/adapters/rest'
import { referenceServers } from '../../rest-server/fixture'

const serve = referenceServers({ memory: { seed: 3, users: 20, teams: 5, customCustomers: 6 } })

/**
 * A reference server and an adapter whose requests wait at a gate until `open()`: the test decides
 * when the first request may leave, so callers can join and abort while it is in flight.
 */
async function gatedAdapter() {
  const server = await serve()
  let open!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  const sent: Array<{ url: string; signal: AbortSignal | null | undefined }> = []
  const adapter = createRestAdapter({
    baseUrl: server.url,
    headers: server.adminHeaders,
    fetch: async (input, init) => {
      sent.push({ url: String(input), signal: init?.signal })
      await gate
      return globalThis.fetch(input, init)
    },
  })
  return { server, adapter, open, sent }
}

const outcome = (promise: Promise<unknown>) => promise.then((value) => ({ value }), (error: unknown) => ({ error }))

describe('REST adapter: shared work and cancellation', () => {
  it('lists custom customers to the second caller when the first caller aborts during the scan', async () => {
    const { adapter, open, sent } = await gatedAdapter()
    const first = new AbortController()
    const firstCall = outcome(adapter.listCustomers({ type: 'custom', limit: 50, signal: first.signal }))
    await expect.poll(() => sent.length).toBeGreaterThan(0)
    const second = adapter.listCustomers({ type: 'custom', limit: 50, signal: new AbortController().signal })
    first.abort()
    const firstResult = await firstCall
    expect('error' in firstResult && isAbortError(firstResult.error)).toBe(true)
    open()
    const page = await second
    expect(page.items.length).toBe(6)
    expect(page.items.every((c) => c.type === 'custom')).toBe(true)
    expect(page.total).toEqual({ count: 6 })
  })

  it('aborts the scan once every caller stopped waiting, and scans again for the next caller', async () => {
    const { adapter, open, sent } = await gatedAdapter()
    const a = new AbortController()
    const b = new AbortController()
    const calls = [a, b].map((c) => outcome(adapter.listCustomers({ type: 'custom', limit: 50, signal: c.signal })))
    await expect.poll(() => sent.length).toBeGreaterThan(0)
    a.abort()
    b.abort()
    for (const result of await Promise.all(calls)) expect('error' in result && isAbortError(result.error)).toBe(true)
    expect(sent[0]?.signal?.aborted).toBe(true)
    open()
    const page = await adapter.listCustomers({ type: 'custom', limit: 50, signal: new AbortController().signal })
    expect(page.items).toHaveLength(6)
  })

  it('resolves a custom customer for getCustomers while a list that started the scan is aborted', async () => {
    const { server, adapter, open, sent } = await gatedAdapter()
    const list = new AbortController()
    const listed = outcome(adapter.listCustomers({ type: 'custom', limit: 50, signal: list.signal }))
    await expect.poll(() => sent.length).toBeGreaterThan(0)
    const id = (await server.memory.listCustomers({ type: 'custom', limit: 1, signal: new AbortController().signal })).items[0]?.id ?? ''
    const lookup = adapter.getCustomers({ refs: [{ type: 'custom', id }], signal: new AbortController().signal })
    list.abort()
    await listed
    open()
    const [customer] = await lookup
    expect(customer).toMatchObject({ type: 'custom', id })
    expect(customer?.createdAt).toEqual(expect.any(String))
  })

  it('shares one config read between a view that leaves and one that stays', async () => {
    const { adapter, open, sent } = await gatedAdapter()
    const leaving = new AbortController()
    const catalog = outcome(adapter.listProducts({ customerType: 'user', signal: leaving.signal }))
    await expect.poll(() => sent.length).toBe(1)
    const staying = adapter.listProducts({ customerType: 'user', signal: new AbortController().signal })
    leaving.abort()
    await catalog
    open()
    expect((await staying).products.length).toBeGreaterThan(0)
    expect(sent.filter((r) => r.url.includes('/internal/config'))).toHaveLength(1)
  })

  it('keeps a checkout in flight for a caller that repeats the idempotency key after the first closed', async () => {
    const { server, adapter, open, sent } = await gatedAdapter()
    const [user] = (await server.memory.listCustomers({ type: 'user', limit: 1, signal: new AbortController().signal })).items
    const { products } = await server.memory.listProducts({ customerType: 'user', signal: new AbortController().signal })
    const product = products.find((p) => p.stackable) ?? products[0]
    if (!user || !product) throw new Error('the reference dataset has no user or product')
    const params = { customer: { type: 'user' as const, id: user.id }, productId: product.id, idempotencyKey: 'attempt-1' }
    const closed = new AbortController()
    const firstTry = outcome(adapter.createCheckoutUrl({ ...params, signal: closed.signal }))
    await expect.poll(() => sent.length).toBe(1)
    const again = adapter.createCheckoutUrl({ ...params, signal: new AbortController().signal })
    closed.abort()
    await firstTry
    open()
    expect((await again).url).toMatch(/^https?:\/\//)
    expect(server.requests.filter((r) => r.path.endsWith('/create-purchase-url'))).toHaveLength(1)
  })
})
