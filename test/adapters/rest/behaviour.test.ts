import { afterEach, describe, expect, it, vi } from 'vitest'
import { isAbortError, isPaymentsError, type PaymentsError } from '../../../src/adapter/errors'
import { createRestAdapter, KNOWN_ERROR_CODES } from '../../../src/adapters/rest'
import { knownError, textError } from '../../../src/adapters/rest/errors'
import { ownedProductOf, transactionOf } from '../../../src/adapters/rest/map'
import type { WireOwnedProduct, WireTransaction } from '../../../src/adapters/rest/wire'
import { allTransactions, type OwnedTransaction } from '../../rest-server/data'
import { startReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../../rest-server/server'

const servers: ReferenceServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

async function serve(options: ReferenceServerOptions = {}) {
  const server = await startReferenceServer({ memory: { seed: 3, users: 20, teams: 5, customCustomers: 5 }, ...options })
  servers.push(server)
  return server
}

const signal = () => new AbortController().signal
const customer = { type: 'custom' as const, id: 'acme' }

async function rejection(promise: Promise<unknown>): Promise<PaymentsError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  if (!isPaymentsError(error)) throw new Error(`expected a PaymentsError, got ${String(error)}`)
  return error
}

describe('error mapping', () => {
  it.each([
    ['PRODUCT_ALREADY_GRANTED', 'product_already_owned'],
    ['PRODUCT_CUSTOMER_TYPE_DOES_NOT_MATCH', 'customer_type_mismatch'],
    ['PRODUCT_DOES_NOT_EXIST', 'product_not_found'],
    ['NEW_PURCHASES_BLOCKED', 'purchases_blocked'],
    ['REDIRECT_URL_NOT_WHITELISTED', 'return_url_not_allowed'],
    ['USER_NOT_FOUND', 'not_found'],
    ['TEAM_NOT_FOUND', 'not_found'],
    ['ITEM_NOT_FOUND', 'item_not_found'],
    ['ITEM_QUANTITY_INSUFFICIENT_AMOUNT', 'insufficient_quantity'],
    ['ONE_TIME_PURCHASE_ALREADY_REFUNDED', 'already_refunded'],
    ['SUBSCRIPTION_ALREADY_REFUNDED', 'already_refunded'],
    ['TEST_MODE_PURCHASE_NON_REFUNDABLE', 'not_refundable'],
    ['SCHEMA_ERROR', 'validation'],
    ['INSUFFICIENT_ACCESS_TYPE', 'forbidden'],
    ['INVALID_SUPER_SECRET_ADMIN_KEY', 'forbidden'],
  ])('maps %s to %s', (code, expected) => {
    expect(KNOWN_ERROR_CODES[code]).toBe(expected)
    expect(knownError(code, { error: 'x' }, 400).code).toBe(expected)
  })

  it('maps a server-only PRODUCT_DOES_NOT_EXIST to server_only_product', () => {
    expect(knownError('PRODUCT_DOES_NOT_EXIST', { details: { context: 'server_only' } }, 400).code).toBe('server_only_product')
  })

  it('maps the plain-text errors and statuses', () => {
    expect(textError('Payments are not set up in this Stack Auth project. Please…', 400).code).toBe('payments_not_configured')
    expect(textError('Clients can only access their own user or team products.', 403).code).toBe('forbidden')
    expect(textError('This product is a one time purchase and cannot be canceled.', 400).code).toBe('not_cancelable')
    expect(textError('Customer does not have this product.', 400).code).toBe('not_found')
    const fatal = textError('Something went wrong.', 500)
    expect([fatal.code, fatal.status]).toEqual(['unknown', 500])
  })
})

describe('REST adapter transport', () => {
  it('retries reads on 5xx and network errors, counting requests at the server', async () => {
    let failures = 2
    const server = await serve({ intercept: (r) => (r.path === '/internal/config' && failures-- > 0 ? (failures === 1 ? { status: 502 } : 'network') : undefined) })
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders, retries: 2, retryDelayMs: 1 })
    const catalog = await adapter.listProducts({ signal: signal() })
    expect(catalog.products.length).toBeGreaterThan(0)
    expect(server.requests.filter((r) => r.path === '/internal/config')).toHaveLength(3)
  })

  it('gives up after the retries with unknown and the status', async () => {
    const server = await serve({ intercept: () => ({ status: 500, body: 'boom' }) })
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders, retries: 1, retryDelayMs: 1 })
    const error = await rejection(adapter.listProducts({ signal: signal() }))
    expect([error.code, error.status]).toEqual(['unknown', 500])
    expect(server.requests).toHaveLength(2)
  })

  it('never retries a mutation', async () => {
    const server = await serve({ intercept: (r) => (r.method === 'POST' ? { status: 503 } : undefined) })
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders, retries: 3, retryDelayMs: 1 })
    const error = await rejection(adapter.grantProduct({ customer, productId: 'api-basic' }))
    expect(error.code).toBe('busy')
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
  })

  it('reports a dropped connection as network', async () => {
    const server = await serve({ intercept: () => 'network' })
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders, retries: 0 })
    expect((await rejection(adapter.listProducts({ signal: signal() }))).code).toBe('network')
  })

  it('honours an abort while the request is in flight', async () => {
    // Abort once the server holds the request, not after a fixed delay: a slow machine may not
    // have sent it yet, and then the test would prove nothing about an in-flight abort.
    const controller = new AbortController()
    const server = await serve({
      intercept: () => {
        setTimeout(() => controller.abort(), 0)
        return 'hang'
      },
    })
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
    const pending = adapter.listProducts({ signal: controller.signal }).then(() => null, (e: unknown) => e)
    expect(isAbortError(await pending)).toBe(true)
    expect(server.requests).toHaveLength(1)
  })

  it('times out as network', async () => {
    const server = await serve({ intercept: () => 'hang' })
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders, timeoutMs: 50, retries: 0 })
    const error = await rejection(adapter.listProducts({ signal: signal() }))
    expect(error.code).toBe('network')
    expect(error.details).toMatchObject({ timeoutMs: 50 })
  })

  it('reports a wrong admin key as forbidden, from the known error', async () => {
    const server = await serve()
    const adapter = createRestAdapter({ baseUrl: server.url, headers: { ...server.adminHeaders, 'x-hexclave-super-secret-admin-key': 'wrong' } })
    const error = await rejection(adapter.listProducts({ signal: signal() }))
    expect(error.code).toBe('forbidden')
    expect(error.details).toMatchObject({ apiCode: 'INVALID_SUPER_SECRET_ADMIN_KEY' })
  })

  it('reports a server key on an admin-only endpoint as forbidden', async () => {
    const server = await serve()
    const headers = { 'x-stack-access-type': 'server', 'x-stack-project-id': server.credentials.projectId, 'x-stack-secret-server-key': server.credentials.serverKey }
    const error = await rejection(createRestAdapter({ baseUrl: server.url, headers }).listProducts({ signal: signal() }))
    expect(error.details).toMatchObject({ apiCode: 'INSUFFICIENT_ACCESS_TYPE' })
  })

  it('returns the same checkout for a repeated idempotency key with one request', async () => {
    const server = await serve()
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
    const params = { customer: { type: 'custom' as const, id: 'fresh-customer' }, productId: 'api-basic', idempotencyKey: 'k1' }
    const catalog = await adapter.listProducts({ customerType: 'custom', signal: signal() })
    params.productId = catalog.products.find((p) => !p.serverOnly)?.id ?? params.productId
    const [a, b] = [await adapter.createCheckoutUrl(params), await adapter.createCheckoutUrl(params)]
    expect(b.url).toBe(a.url)
    expect(server.requests.filter((r) => r.path === '/payments/purchases/create-purchase-url')).toHaveLength(1)
  })
  it('creates a fresh checkout for a repeated key once the first link has expired', async () => {
    const server = await serve()
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
    const catalog = await adapter.listProducts({ customerType: 'custom', signal: signal() })
    const productId = catalog.products.find((p) => !p.serverOnly && !p.stackable)?.id ?? 'api-basic'
    const params = { customer: { type: 'custom' as const, id: 'expiring-customer' }, productId, idempotencyKey: 'k-expiry' }
    const first = await adapter.createCheckoutUrl(params)
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.parse(first.expiresAt ?? '') + 1000)
      const second = await adapter.createCheckoutUrl(params)
      expect(second.url).not.toBe(first.url)
      expect(Date.parse(second.expiresAt ?? '')).toBeGreaterThan(Date.parse(first.expiresAt ?? ''))
      expect(server.requests.filter((r) => r.path === '/payments/purchases/create-purchase-url')).toHaveLength(2)
      // …and that new link is the one the key returns from now on.
      expect((await adapter.createCheckoutUrl(params)).url).toBe(second.url)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('config reads', () => {
  const configRequests = (server: ReferenceServer) => server.requests.filter((r) => r.path === '/internal/config').length

  it('shares one config request among the reads of a customer view, and reads it again later', async () => {
    const server = await serve()
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
    const customer = { type: 'user' as const, id: (await server.memory.listCustomers({ type: 'user', limit: 1, signal: signal() })).items[0]?.id ?? '' }
    const [catalog, balances, owned] = await Promise.all([
      adapter.listProducts({ customerType: 'user', signal: signal() }),
      adapter.listItemBalances({ customer, signal: signal() }),
      adapter.listOwnedProducts({ customer, limit: 100, signal: signal() }),
    ])
    expect(catalog.products.length).toBeGreaterThan(0)
    expect(balances.length).toBeGreaterThan(0)
    expect(owned.items.length).toBeGreaterThanOrEqual(0)
    expect(configRequests(server)).toBe(1)
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + 6_000)
      await adapter.listProducts({ signal: signal() })
      expect(configRequests(server)).toBe(2)
    } finally {
      vi.useRealTimers()
    }
  })

  it('lets one caller abort without failing the others sharing the request', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const server = await serve()
    const adapter = createRestAdapter({
      baseUrl: server.url,
      headers: server.adminHeaders,
      fetch: async (input, init) => {
        await held
        return fetch(input, init)
      },
    })
    const controller = new AbortController()
    const aborted = adapter.listProducts({ signal: controller.signal }).then(() => null, (e: unknown) => e)
    const kept = adapter.listProducts({ customerType: 'team', signal: signal() })
    controller.abort()
    expect(isAbortError(await aborted)).toBe(true)
    release()
    expect((await kept).products.every((p) => p.customerType === 'team')).toBe(true)
    expect(configRequests(server)).toBe(1)
  })

  it('does not keep a failed read', async () => {
    let failures = 1
    const server = await serve({ intercept: (r) => (r.path === '/internal/config' && failures-- > 0 ? { status: 503 } : undefined) })
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders, retries: 0 })
    expect((await rejection(adapter.listProducts({ signal: signal() }))).status).toBe(503)
    expect((await adapter.listProducts({ signal: signal() })).products.length).toBeGreaterThan(0)
  })
})

describe('REST adapter mutations over HTTP', () => {
  it('maps insufficient quantity and unknown items, and changes balances', async () => {
    const server = await serve()
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
    const change = { customer, itemId: 'api-calls', delta: -1_000_000_000, allowNegative: false }
    expect((await rejection(adapter.changeItemQuantity(change))).code).toBe('insufficient_quantity')
    expect((await rejection(adapter.changeItemQuantity({ ...change, itemId: 'nope' }))).code).toBe('item_not_found')
    await adapter.changeItemQuantity({ ...change, delta: 7, allowNegative: true })
    const balances = await adapter.listItemBalances({ customer, signal: signal() })
    expect(balances.find((b) => b.itemId === 'api-calls')?.quantity).toBe(7)
    const listed = await adapter.listCustomers({ type: 'custom', search: 'acme', limit: 10, signal: signal() })
    expect(listed.items.map((c) => c.id)).toContain('acme')
  })

  it('gives owned products their product line and add-on links from the config', async () => {
    const server = await serve()
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
    const { items: [user] } = await server.memory.listCustomers({ type: 'user', limit: 1, signal: signal() })
    if (!user) throw new Error('the reference server has no users')
    const ref = { type: 'user' as const, id: user.id }
    await adapter.grantProduct({ customer: ref, productId: 'priority-support' })
    const links = (page: { items: Array<{ id: string | null; product: { productLineId: string | null; isAddOnTo: string[] } }> }) =>
      page.items.map((o) => [o.id, o.product.productLineId, o.product.isAddOnTo])
    const viaHttp = links(await adapter.listOwnedProducts({ customer: ref, limit: 100, signal: signal() }))
    expect(viaHttp).toContainEqual(['priority-support', null, ['pro', 'max']])
    expect(viaHttp).toEqual(links(await server.memory.listOwnedProducts({ customer: ref, limit: 100, signal: signal() })))
  })

  it('refunds with the SDK’s body: part of a USD purchase stays partial, no amount refunds it all', async () => {
    const server = await serve()
    const bodies: unknown[] = []
    const adapter = createRestAdapter({
      baseUrl: server.url,
      headers: server.adminHeaders,
      fetch: (input, init) => {
        if (String(input).endsWith('/refund')) bodies.push(JSON.parse(String(init?.body)))
        return globalThis.fetch(input, init)
      },
    })
    const paid = (await allTransactions(server.memory)).filter(
      ({ transaction: t }) => t.type === 'purchase' && !t.testMode && !t.refund && t.entries.some((e) => e.type === 'money_transfer' && Number(e.chargedAmount.USD) > 1),
    )
    const [part, whole] = paid
    if (!part || !whole) throw new Error('the reference server has fewer than two paid USD purchases')
    await adapter.refundTransaction({ customer: part.customer, transactionId: part.transaction.id, amount: { currency: 'USD', value: '1' } })
    await adapter.refundTransaction({ customer: whole.customer, transactionId: whole.transaction.id })
    const refundOf = async ({ customer: ref, transaction }: OwnedTransaction) =>
      (await server.memory.listTransactions({ customer: ref, limit: 1000, signal: signal() })).items.find((t) => t.id === transaction.id)?.refund?.kind
    expect([await refundOf(part), await refundOf(whole)]).toEqual(['partial', 'full'])
    expect(bodies).toEqual([
      { type: expect.any(String), id: part.transaction.id, amount_usd: '1' },
      { type: expect.any(String), id: whole.transaction.id, amount_usd: expect.any(String) },
    ])
  })

  it('maps a missing user to not_found', async () => {
    const server = await serve()
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
    const missing = { type: 'user' as const, id: '00000000-0000-4000-8000-00000000dead' }
    expect((await rejection(adapter.listOwnedProducts({ customer: missing, limit: 5, signal: signal() }))).code).toBe('not_found')
  })
})

describe('customer totals', () => {
  /** Every row of a listing, following the cursors; the first page's total. */
  async function listAll(adapter: ReturnType<typeof createRestAdapter>, params: { type: 'all' | 'user' | 'team' | 'custom'; search?: string; limit: number }) {
    const pages = []
    let cursor: string | null = null
    do {
      const page = await adapter.listCustomers({ ...params, cursor, signal: signal() })
      pages.push(page)
      cursor = page.nextCursor
    } while (cursor)
    return { rows: pages.flatMap((p) => p.items), totals: pages.map((p) => p.total) }
  }

  it('reports exact totals for teams and custom customers on every page (the API lists them whole)', async () => {
    const server = await serve()
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
    for (const type of ['team', 'custom'] as const) {
      const { rows, totals } = await listAll(adapter, { type, limit: 2 })
      expect(rows.length, type).toBeGreaterThan(2)
      expect(totals.every((t) => t?.count === rows.length && !t.approximate), type).toBe(true)
    }
  })

  it('counts users only when they are known in full, and keeps that total on later pages', async () => {
    const server = await serve()
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
    // 20 users do not fit a page of 5: the API gives no count, so none is invented.
    expect((await adapter.listCustomers({ type: 'user', limit: 5, signal: signal() })).total).toBeUndefined()
    // All users fit the first page: an exact total for every type, carried through the cursor.
    const all = await listAll(adapter, { type: 'all', limit: 25 })
    expect(all.totals.length).toBeGreaterThan(1)
    expect(all.totals.every((t) => t?.count === all.rows.length)).toBe(true)
    const users = await adapter.listCustomers({ type: 'user', limit: 25, signal: signal() })
    expect(users.total).toEqual({ count: users.items.length })
  })

  it('counts only the matches of a search', async () => {
    const server = await serve()
    const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
    const { rows, totals } = await listAll(adapter, { type: 'custom', search: 'acme', limit: 2 })
    expect(rows.length).toBeGreaterThan(0)
    expect(totals[0]?.count).toBe(rows.length)
    expect(totals[0]?.count).toBeLessThan((await adapter.listCustomers({ type: 'custom', limit: 100, signal: signal() })).total?.count ?? 0)
    expect(rows.every((c) => c.id.toLowerCase().includes('acme'))).toBe(true)
  })
})

describe('snake_case mapping', () => {
  const product = {
    display_name: 'Pro', customer_type: 'user', server_only: false, stackable: false,
    prices: { monthly: { USD: '29.99', interval: [1, 'month'] } },
    included_items: { credits: { quantity: 1000, repeat: [1, 'month'], expires: 'when-repeated' } },
    client_metadata: null, client_read_only_metadata: null, server_metadata: null,
  } as const satisfies WireOwnedProduct['product']

  it('maps an owned product', () => {
    const row: WireOwnedProduct = {
      id: 'pro', quantity: 1, type: 'subscription', product,
      subscription: { subscription_id: 's1', current_period_end: '2026-05-20T09:30:00.000Z', cancel_at_period_end: false, is_cancelable: true },
    }
    expect(ownedProductOf(row)).toEqual({
      id: 'pro', quantity: 1, kind: 'subscription',
      subscription: { id: 's1', status: 'active', currentPeriodEnd: '2026-05-20T09:30:00.000Z', cancelAtPeriodEnd: false, isCancelable: true },
      product: {
        displayName: 'Pro', customerType: 'user', productLineId: null, serverOnly: false, stackable: false, isAddOnTo: [],
        prices: [{ id: 'monthly', amounts: { USD: '29.99' }, interval: [1, 'month'], freeTrial: null }],
        includedItems: [{ itemId: 'credits', quantity: 1000, repeat: [1, 'month'], expires: 'when-repeated' }],
      },
    })
  })

  it('maps a transaction', () => {
    const base = { adjusted_transaction_id: null, adjusted_entry_index: null, customer_type: 'user', customer_id: 'u1' } as const
    const txn: WireTransaction = {
      id: 't1', type: 'purchase', created_at_millis: 1775829900000, effective_at_millis: 1775829900000, test_mode: false,
      adjusted_by: [{ transaction_id: 't1:refund', entry_index: 0 }],
      entries: [
        { ...base, type: 'product_grant', product_id: 'pro', product, price_id: 'monthly', quantity: 1, one_time_purchase_id: 't1' },
        { ...base, type: 'money_transfer', charged_amount: { USD: '49' }, net_amount: { USD: '49' } },
        { ...base, type: 'item_quantity_change', item_id: 'credits', quantity: 1000 },
      ],
    }
    const mapped = transactionOf(txn)
    expect(mapped).toMatchObject({ id: 't1', type: 'purchase', createdAt: '2026-04-10T14:05:00.000Z', testMode: false, refund: { kind: 'full' } })
    expect(mapped.entries[0]).toMatchObject({ type: 'product_grant', customer: { type: 'user', id: 'u1' }, productId: 'pro', priceId: 'monthly', oneTimePurchaseId: 't1' })
    expect(mapped.entries[1]).toEqual({ type: 'money_transfer', customer: { type: 'user', id: 'u1' }, chargedAmount: { USD: '49' } })
    expect(mapped.entries[2]).toEqual({ type: 'item_quantity_change', customer: { type: 'user', id: 'u1' }, itemId: 'credits', quantity: 1000 })
  })
})
