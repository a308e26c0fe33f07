import { describe, expect, it } from 'vitest'
import { isPaymentsError } from '../../../src/adapter/errors'
import {
  createMemoryAdapter,
  DEFAULT_REFERENCE_DATE,
  memoryCustomerId,
  memoryOffsetCursor,
} from '../../../src/adapters/memory'
import { allTransactions, key, rejection, signal, walkCustomers } from './helpers'

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('memory adapter dataset', () => {
  describe('determinism', () => {
    it('generates the same customers, ledgers and dates for the same seed', async () => {
      const snapshot = async (seed: number) => {
        const adapter = createMemoryAdapter({ seed })
        const page = await adapter.listCustomers({ type: 'all', limit: 60, signal: signal() })
        const ledgers = await Promise.all(page.items.slice(0, 20).map((c) => allTransactions(adapter, c)))
        const balances = await Promise.all(page.items.slice(0, 20).map((customer) => adapter.listItemBalances({ customer, signal: signal() })))
        return { page, ledgers, balances }
      }
      expect(await snapshot(5)).toEqual(await snapshot(5))
    })

    it('generates different data for a different seed', async () => {
      const first = await createMemoryAdapter({ seed: 1 }).listCustomers({ type: 'user', limit: 10, signal: signal() })
      const second = await createMemoryAdapter({ seed: 2 }).listCustomers({ type: 'user', limit: 10, signal: signal() })
      expect(second.items.map((c) => c.id)).not.toEqual(first.items.map((c) => c.id))
      expect(second.items.map((c) => c.displayName)).not.toEqual(first.items.map((c) => c.displayName))
    })

    it('dates generated data relative to the reference date, never the wall clock', async () => {
      const adapter = createMemoryAdapter({ referenceDate: DEFAULT_REFERENCE_DATE })
      const page = await adapter.listCustomers({ type: 'all', limit: 1000, signal: signal() })
      const reference = Date.parse(DEFAULT_REFERENCE_DATE)
      for (const customer of page.items) expect(Date.parse(customer.createdAt ?? '')).toBeLessThanOrEqual(reference)
      const moved = createMemoryAdapter({ referenceDate: '2030-01-01T00:00:00.000Z' })
      const first = await moved.listCustomers({ type: 'user', limit: 1, signal: signal() })
      expect(first.items[0]?.createdAt?.startsWith('2029-12')).toBe(true)
    })
  })

  describe('customers', () => {
    it('generates users with names, emails, https avatars (some missing) and UUID ids', async () => {
      const adapter = createMemoryAdapter()
      const { rows } = await walkCustomers(adapter, { type: 'user', limit: 100 })
      expect(rows).toHaveLength(240)
      for (const user of rows) {
        expect(user.id).toMatch(UUID_RE)
        if (user.displayName) expect(user.displayName).toMatch(/^\S+ \S.*$/)
        if (user.email) expect(user.email).toMatch(/^[a-z0-9._-]+@[a-z.]+$/)
        if (user.avatarUrl) expect(user.avatarUrl).toMatch(/^https:\/\/avatars\.example\.com\/u\/\d+\.png$/)
      }
      expect(rows.some((u) => u.avatarUrl === null)).toBe(true)
      expect(rows.some((u) => u.displayName === null)).toBe(true)
      expect(new Set(rows.map((u) => u.id)).size).toBe(rows.length)
    })

    it('generates teams with company-like names and no email', async () => {
      const { rows } = await walkCustomers(createMemoryAdapter(), { type: 'team', limit: 100 })
      expect(rows).toHaveLength(60)
      for (const team of rows) {
        expect(team.id).toMatch(UUID_RE)
        expect(team.displayName).toMatch(/^[A-Z]/)
        expect(team.email).toBeUndefined()
      }
    })

    it('lists custom customers with free-form ids, enumerated from their transactions', async () => {
      const adapter = createMemoryAdapter()
      const { rows } = await walkCustomers(adapter, { type: 'custom', limit: 100 })
      expect(rows).toHaveLength(40)
      const ids = rows.map((c) => c.id)
      for (const id of ['acme corp/eu', 'o\'brien "ltd"', '客户-42', 'ünïcode ✓']) expect(ids).toContain(id)
      for (const customer of rows) {
        const transactions = await allTransactions(adapter, customer)
        expect(transactions.length).toBeGreaterThan(0)
        expect(customer.createdAt).toBe(transactions[transactions.length - 1]?.createdAt)
      }
    })

    it('orders every list newest first and interleaves types in the "all" list', async () => {
      const { rows } = await walkCustomers(createMemoryAdapter(), { type: 'all', limit: 100 })
      expect(rows).toHaveLength(340)
      const times = rows.map((c) => Date.parse(c.createdAt ?? ''))
      expect(times).toEqual([...times].sort((a, b) => b - a))
      expect(new Set(rows.slice(0, 30).map((c) => c.type)).size).toBeGreaterThan(1)
    })

    it('filters by customer type', async () => {
      const adapter = createMemoryAdapter()
      for (const type of ['user', 'team', 'custom'] as const) {
        const page = await adapter.listCustomers({ type, limit: 1000, signal: signal() })
        expect(page.items.every((c) => c.type === type)).toBe(true)
      }
    })

    it('looks customers up by ref in order: null for unknown users and teams, never for custom ids', async () => {
      const adapter = createMemoryAdapter()
      const page = await adapter.listCustomers({ type: 'all', limit: 5, signal: signal() })
      const known = page.items.map(({ type, id }) => ({ type, id }))
      const result = await adapter.getCustomers({
        refs: [
          ...known,
          { type: 'user', id: '00000000-0000-4000-8000-000000000000' },
          { type: 'team', id: known.find((r) => r.type === 'user')?.id ?? '' },
          { type: 'user', id: 'not-a-uuid' },
          { type: 'custom', id: 'never seen / ✓' },
        ],
        signal: signal(),
      })
      expect(result.slice(0, known.length)).toEqual(page.items)
      expect(result.slice(known.length, known.length + 3)).toEqual([null, null, null])
      expect(result[known.length + 3]).toEqual({ type: 'custom', id: 'never seen / ✓', displayName: null })
    })

    it('rejects reads of an unknown user with not_found', async () => {
      const adapter = createMemoryAdapter()
      const customer = { type: 'user' as const, id: memoryCustomerId('user', 240) }
      const error = await rejection(adapter.listOwnedProducts({ customer, limit: 10, signal: signal() }))
      expect(isPaymentsError(error) && error.code).toBe('not_found')
    })
  })

  describe('paging', () => {
    it('returns disjoint, complete pages in a stable order for every type filter', async () => {
      const adapter = createMemoryAdapter()
      for (const type of ['all', 'user', 'team', 'custom'] as const) {
        const small = await walkCustomers(adapter, { type, limit: 7 })
        const large = await walkCustomers(adapter, { type, limit: 1000 })
        expect(small.rows.map(key)).toEqual(large.rows.map(key))
        expect(new Set(small.rows.map(key)).size).toBe(small.rows.length)
        expect(small.pages[0]?.total).toEqual({ count: large.rows.length })
      }
    })

    it('rejects a page size below 1 with a validation error', async () => {
      const error = await rejection(createMemoryAdapter().listCustomers({ type: 'all', limit: 0, signal: signal() }))
      expect(isPaymentsError(error) && error.code).toBe('validation')
    })

    it('rejects a malformed cursor with a validation error', async () => {
      const error = await rejection(createMemoryAdapter().listCustomers({ type: 'all', limit: 5, cursor: 'garbage!', signal: signal() }))
      expect(isPaymentsError(error) && error.code).toBe('validation')
    })

    it('pages owned products and transactions with exact totals', async () => {
      const adapter = createMemoryAdapter()
      const page = await adapter.listCustomers({ type: 'user', limit: 100, signal: signal() })
      for (const customer of page.items) {
        const all = await allTransactions(adapter, customer)
        if (all.length < 5) continue
        const first = await adapter.listTransactions({ customer, limit: 3, signal: signal() })
        const rest = await adapter.listTransactions({ customer, limit: 1000, cursor: first.nextCursor, signal: signal() })
        expect([...first.items, ...rest.items]).toEqual(all)
        expect(first.total).toEqual({ count: all.length })
        return
      }
      throw new Error('no customer with five transactions')
    })
  })

  describe('search', () => {
    it('matches names, emails and ids case-insensitively', async () => {
      const adapter = createMemoryAdapter()
      const page = await adapter.listCustomers({ type: 'user', limit: 50, signal: signal() })
      const target = page.items.find((c) => c.displayName && c.email)
      if (!target?.displayName || !target.email) throw new Error('no user with name and email')
      for (const term of [target.displayName.toUpperCase(), target.email.slice(0, 8).toUpperCase(), target.id.slice(9, 23).toUpperCase()]) {
        const { rows } = await walkCustomers(adapter, { type: 'all', limit: 20, search: term })
        expect(rows.map(key)).toContain(key(target))
        for (const row of rows) {
          expect([row.displayName, row.email, row.id].join('\n').toLowerCase()).toContain(term.toLowerCase())
        }
      }
    })

    it('finds custom ids with special characters', async () => {
      const { rows } = await walkCustomers(createMemoryAdapter(), { type: 'all', limit: 50, search: 'O\'BRIEN "L' })
      expect(rows.map((c) => c.id)).toEqual(['o\'brien "ltd"'])
    })

    it('gives a lower-bound total while more may match, and the exact total on the last page', async () => {
      const adapter = createMemoryAdapter()
      const { rows, pages } = await walkCustomers(adapter, { type: 'all', limit: 5, search: 'a' })
      expect(rows.length).toBeGreaterThan(10)
      expect(pages[0]?.total).toEqual({ count: 6, approximate: true })
      expect(pages[pages.length - 1]?.total).toEqual({ count: rows.length })
      expect(pages[pages.length - 1]?.items.length).toBeGreaterThan(0)
    })

    it('returns an empty last page when nothing matches', async () => {
      const page = await createMemoryAdapter().listCustomers({ type: 'all', limit: 10, search: 'zz-nobody-qq', signal: signal() })
      expect(page).toEqual({ items: [], nextCursor: null, total: { count: 0 } })
    })
  })

  describe('ledgers', () => {
    it('contains every kind of transaction, test mode, grants, full and partial refunds, and negative balances', async () => {
      const adapter = createMemoryAdapter()
      const page = await adapter.listCustomers({ type: 'all', limit: 1000, signal: signal() })
      const seen = new Set<string>()
      for (const customer of page.items) {
        for (const t of await allTransactions(adapter, customer)) {
          seen.add(t.type)
          if (t.testMode) seen.add('test mode')
          if (t.refund) seen.add(`refund ${t.refund.kind}`)
          if (t.entries.some((e) => e.type === 'product_grant' && e.priceId === null)) seen.add('grant')
        }
        const balances = await adapter.listItemBalances({ customer, signal: signal() })
        if (balances.some((b) => b.quantity < 0)) seen.add('negative balance')
        for (const owned of (await adapter.listOwnedProducts({ customer, limit: 100, signal: signal() })).items) {
          if (owned.subscription?.status === 'trialing') seen.add('trialing')
          if (owned.subscription?.cancelAtPeriodEnd) seen.add('cancels at period end')
          if (owned.subscription && !owned.subscription.cancelAtPeriodEnd) seen.add('renews')
          if (owned.product.stackable && owned.quantity > 1) seen.add('stacked')
        }
      }
      expect([...seen].sort()).toEqual(
        [
          'cancels at period end',
          'grant',
          'manual-item-quantity-change',
          'negative balance',
          'purchase',
          'refund full',
          'refund partial',
          'renews',
          'stacked',
          'subscription-renewal',
          'test mode',
          'trialing',
        ].sort(),
      )
    })

    it('omits the money transfer of test-mode purchases and grants', async () => {
      const adapter = createMemoryAdapter()
      const page = await adapter.listCustomers({ type: 'all', limit: 1000, signal: signal() })
      for (const customer of page.items.slice(0, 120)) {
        for (const t of await allTransactions(adapter, customer)) {
          const grant = t.entries.find((e) => e.type === 'product_grant')
          const money = t.entries.some((e) => e.type === 'money_transfer')
          if (t.testMode || (grant?.type === 'product_grant' && grant.priceId === null)) expect(money).toBe(false)
        }
      }
    })

    it('lists owned products sorted by product id and transactions newest first', async () => {
      const adapter = createMemoryAdapter()
      const page = await adapter.listCustomers({ type: 'all', limit: 100, signal: signal() })
      for (const customer of page.items) {
        const owned = (await adapter.listOwnedProducts({ customer, limit: 100, signal: signal() })).items
        const ids = owned.map((o) => o.id ?? '\uffff')
        expect(ids).toEqual([...ids].sort())
        const times = (await allTransactions(adapter, customer)).map((t) => t.createdAt)
        expect(times).toEqual([...times].sort().reverse())
      }
    })

    it('hides server-only owned products from client callers', async () => {
      const customer = { type: 'user' as const, id: memoryCustomerId('user', 0) }
      const ledgers = [{ customer, products: ['founder-deal', 'lifetime'] }]
      const admin = createMemoryAdapter({ data: { ledgers } })
      const client = createMemoryAdapter({ data: { ledgers }, caller: { kind: 'client', userId: customer.id, adminTeamIds: [] } })
      const ids = async (adapter: typeof admin) => (await adapter.listOwnedProducts({ customer, limit: 10, signal: signal() })).items.map((o) => o.id)
      expect(await ids(admin)).toEqual(['founder-deal', 'lifetime'])
      expect(await ids(client)).toEqual(['lifetime'])
    })

    it('lists every item of the customer type, with 0 for untouched items', async () => {
      const adapter = createMemoryAdapter()
      const catalog = await adapter.listProducts({ customerType: 'team', signal: signal() })
      const team = (await adapter.listCustomers({ type: 'team', limit: 60, signal: signal() })).items
      for (const customer of team) {
        const balances = await adapter.listItemBalances({ customer, signal: signal() })
        expect(balances.map((b) => b.itemId)).toEqual(catalog.items.map((i) => i.id))
      }
    })

    it('keeps generating the same ledger after it left the bounded cache', async () => {
      const adapter = createMemoryAdapter({ users: 2000 })
      const customer = { type: 'user' as const, id: memoryCustomerId('user', 3) }
      const before = await allTransactions(adapter, customer)
      const page = await adapter.listCustomers({ type: 'user', limit: 1000, signal: signal() })
      for (const other of page.items) await adapter.listItemBalances({ customer: other, signal: signal() })
      expect(adapter.inspect().cachedLedgers).toBeLessThanOrEqual(500)
      expect(await allTransactions(adapter, customer)).toEqual(before)
    })
  })

  describe('catalog', () => {
    it('offers one-time, monthly, yearly, trial, stackable, server-only, free, add-on and multi-currency products', async () => {
      const { products } = await createMemoryAdapter().listProducts({ signal: signal() })
      const prices = products.flatMap((p) => p.prices)
      expect(prices.some((p) => p.interval === null)).toBe(true)
      expect(prices.some((p) => p.interval?.[1] === 'month')).toBe(true)
      expect(prices.some((p) => p.interval?.[1] === 'year')).toBe(true)
      expect(prices.some((p) => p.freeTrial !== null)).toBe(true)
      expect(prices.some((p) => p.amounts.JPY !== undefined && /^\d+$/.test(p.amounts.JPY))).toBe(true)
      expect(prices.some((p) => p.amounts.EUR !== undefined)).toBe(true)
      expect(products.some((p) => p.stackable)).toBe(true)
      expect(products.some((p) => p.serverOnly)).toBe(true)
      expect(products.some((p) => p.prices.length === 0)).toBe(true)
      expect(products.some((p) => p.isAddOnTo.length > 0)).toBe(true)
      expect(products.some((p) => p.includedItems.length > 0)).toBe(true)
    })

    it('filters products, product lines and items by customer type', async () => {
      const catalog = await createMemoryAdapter().listProducts({ customerType: 'custom', signal: signal() })
      for (const entry of [...catalog.products, ...catalog.productLines, ...catalog.items]) expect(entry.customerType).toBe('custom')
      expect(catalog.products.length).toBeGreaterThan(0)
    })
  })

  describe('explicit data', () => {
    it('gives an empty dataset for an empty customer list', async () => {
      const adapter = createMemoryAdapter({ data: { customers: [] } })
      expect(await adapter.listCustomers({ type: 'all', limit: 10, signal: signal() })).toEqual({ items: [], nextCursor: null, total: { count: 0 } })
    })

    it('gives a brand-new customer with no activity from an empty seeded ledger', async () => {
      const customer = { type: 'user' as const, id: '11111111-2222-4333-8444-555555555555', displayName: 'New Person', createdAt: '2026-10-31T00:00:00.000Z' }
      const adapter = createMemoryAdapter({ data: { customers: [customer], ledgers: [{ customer, transactions: [] }] } })
      expect((await adapter.listCustomers({ type: 'all', limit: 10, signal: signal() })).items).toEqual([customer])
      expect(await allTransactions(adapter, customer)).toEqual([])
      expect((await adapter.getCustomerMetrics({ customer, signal: signal() })).lastActivityAt).toBeNull()
    })

    it('seeds negative balances and owned products through the shorthands', async () => {
      const customer = { type: 'team' as const, id: memoryCustomerId('team', 0) }
      const adapter = createMemoryAdapter({ data: { ledgers: [{ customer, products: ['team-business'], itemChanges: { seats: -60 } }] } })
      const balances = await adapter.listItemBalances({ customer, signal: signal() })
      expect(balances.find((b) => b.itemId === 'seats')?.quantity).toBe(25 - 60)
      const owned = await adapter.listOwnedProducts({ customer, limit: 10, signal: signal() })
      expect(owned.items.map((o) => [o.id, o.kind])).toEqual([['team-business', 'subscription']])
    })
  })

  describe('one million users', () => {
    // How fast (start-up, first page, a search that matches nothing): `npm run measure:memory`.
    it('serves the first page with the exact total and reaches row 999,999 through a cursor far along', async () => {
      const adapter = createMemoryAdapter({ users: 1_000_000 })
      const first = await adapter.listCustomers({ type: 'user', limit: 50, signal: signal() })
      expect(first.items).toHaveLength(50)
      expect(first.total).toEqual({ count: 1_000_000 })

      const near = await adapter.listCustomers({ type: 'user', limit: 50, cursor: memoryOffsetCursor(999_970), signal: signal() })
      expect(near.items).toHaveLength(30)
      expect(near.items[29]?.id).toBe(memoryCustomerId('user', 999_999))
      expect(near.nextCursor).toBeNull()

      const last = await adapter.getCustomers({ refs: [{ type: 'user', id: memoryCustomerId('user', 999_999) }], signal: signal() })
      expect(last[0]).toEqual(near.items[29])
    })

    it('pages the merged "all" list from a cursor near the end without gaps', async () => {
      const adapter = createMemoryAdapter({ users: 1_000_000 })
      const total = 1_000_000 + 60 + 40
      const tail = await walkTailOfAll(adapter, total - 120)
      expect(tail.length).toBe(120)
      const times = tail.map((c) => Date.parse(c.createdAt ?? ''))
      expect(times).toEqual([...times].sort((a, b) => b - a))
    })

    it('scans every row for a search that matches nothing and reports an empty last page', async () => {
      const adapter = createMemoryAdapter({ users: 1_000_000 })
      const page = await adapter.listCustomers({ type: 'all', limit: 50, search: 'zz-nobody-qq', signal: signal() })
      expect(page).toEqual({ items: [], nextCursor: null, total: { count: 0 } })
    })
  })
})

async function walkTailOfAll(adapter: ReturnType<typeof createMemoryAdapter>, offset: number) {
  const rows = []
  let cursor: string | null = memoryOffsetCursor(offset)
  while (cursor) {
    const page: Awaited<ReturnType<typeof adapter.listCustomers>> = await adapter.listCustomers({ type: 'all', limit: 25, cursor, signal: signal() })
    rows.push(...page.items)
    cursor = page.nextCursor
  }
  return rows
}
