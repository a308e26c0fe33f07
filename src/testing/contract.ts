import { describe, expect, it } from 'vitest'
import { isAbortError, isPaymentsError, type PaymentsErrorCode } from '../adapter/errors'
import type {
  Customer,
  CustomerRef,
  CustomerType,
  CustomerTypeFilter,
  Page,
  PaymentsAdapter,
  Product,
  Transaction,
} from '../adapter/types'
import { parseResponse } from '../adapter/validate'
import { isSafeCheckoutUrl } from '../lib/url'
import { customerKey } from '../lib/customer-key'

export interface AdapterContractOptions {
  /** Stop walking a list after this many rows (for huge datasets). @default 2000 */
  maxWalk?: number
  /** A return URL the backend does not trust. @default 'https://untrusted.invalid/return' */
  untrustedReturnUrl?: string
  /** A return URL the backend trusts, if any. */
  trustedReturnUrl?: string
  /** An adapter for the same backend with new purchases blocked (tests `purchases_blocked`). */
  makeBlockedAdapter?: () => PaymentsAdapter | Promise<PaymentsAdapter>
  /** An adapter for the same backend without payments set up (tests `payments_not_configured`). */
  makePaymentsNotConfiguredAdapter?: () => PaymentsAdapter | Promise<PaymentsAdapter>
  /** Per-test timeout in ms. @default 20000 */
  timeout?: number
}

const OPTIONAL_CAPABILITIES = ['getCustomerMetrics', 'getBilling', 'grantProduct', 'changeItemQuantity', 'cancelSubscription', 'refundTransaction'] as const

const key = customerKey

let keyCounter = 0
/** Unique idempotency keys without relying on crypto in every test environment. */
function freshKey(label: string): string {
  keyCounter += 1
  return `contract-${label}-${Date.now().toString(36)}-${keyCounter}`
}

/** Walks every page of a list and returns the rows in order. */
async function walk(
  adapter: PaymentsAdapter,
  params: { type: CustomerTypeFilter; search?: string; limit: number },
  maxWalk: number,
): Promise<{ rows: Customer[]; complete: boolean }> {
  const rows: Customer[] = []
  let cursor: string | null = null
  for (;;) {
    const page: Page<Customer> = parseResponse(
      'listCustomers',
      await adapter.listCustomers({ ...params, cursor, signal: new AbortController().signal }),
    )
    expect(page.items.length).toBeLessThanOrEqual(params.limit)
    rows.push(...page.items)
    cursor = page.nextCursor
    if (!cursor) return { rows, complete: true }
    if (rows.length >= maxWalk) return { rows, complete: false }
  }
}

async function expectCode(promise: Promise<unknown>, code: PaymentsErrorCode): Promise<void> {
  const error = await promise.then(
    () => new Error(`expected a PaymentsError with code "${code}", but the call succeeded`),
    (e: unknown) => e,
  )
  if (!isPaymentsError(error)) throw error
  expect(error.code).toBe(code)
}

function signal() {
  return new AbortController().signal
}

/**
 * A customer to try the checkout rules with: a custom one (`id`), or a user when the adapter
 * declares checkout for custom customers unavailable (`unavailable['createCheckoutUrl:custom']`).
 */
async function ruleCustomer(adapter: PaymentsAdapter, id: string): Promise<CustomerRef> {
  if (adapter.unavailable?.['createCheckoutUrl:custom'] === undefined) return { type: 'custom', id }
  const [user] = (await adapter.listCustomers({ type: 'user', limit: 1, signal: signal() })).items
  if (!user) throw new Error('needs a user (checkout for custom customers is unavailable)')
  return { type: 'user', id: user.id }
}

/**
 * The conformance suite every adapter must pass: cursor pages disjoint and complete, search and
 * type filter semantics, stable ordering, abort honoured, valid response shapes, the checkout
 * rules' typed errors, and idempotency keys. Call it at the top level of a Vitest test file.
 *
 * @example
 * describeAdapterContract('memory adapter', () => createMemoryAdapter({ seed: 3 }))
 */
export function describeAdapterContract(
  name: string,
  makeAdapter: () => PaymentsAdapter | Promise<PaymentsAdapter>,
  options: AdapterContractOptions = {},
): void {
  const maxWalk = options.maxWalk ?? 2000
  const timeout = options.timeout ?? 20_000
  const untrusted = options.untrustedReturnUrl ?? 'https://untrusted.invalid/return'

  /** A product the customer of this type can buy, and a customer of that type. */
  async function findPurchase(adapter: PaymentsAdapter, filter: (p: Product) => boolean) {
    for (const type of ['user', 'team', 'custom'] as CustomerType[]) {
      const catalog = await adapter.listProducts({ customerType: type, signal: signal() })
      const product = catalog.products.find((p) => p.customerType === type && !p.serverOnly && filter(p))
      if (!product) continue
      const customers = await adapter.listCustomers({ type, limit: 20, signal: signal() })
      for (const customer of customers.items) {
        const owned = await adapter.listOwnedProducts({ customer, limit: 100, signal: signal() })
        if (!owned.items.some((o) => o.id === product.id)) return { product, customer, type }
      }
    }
    return null
  }

  describe(`${name} — adapter contract`, () => {
    describe('listCustomers', () => {
      it('returns pages that are disjoint, complete and in a stable order', { timeout }, async () => {
        const adapter = await makeAdapter()
        for (const type of ['all', 'user', 'team', 'custom'] as const) {
          const small = await walk(adapter, { type, limit: 7 }, maxWalk)
          const keys = small.rows.map(key)
          expect(new Set(keys).size, `duplicate rows across pages of type "${type}"`).toBe(keys.length)
          const large = await walk(adapter, { type, limit: 50 }, maxWalk)
          const n = Math.min(small.rows.length, large.rows.length)
          expect(large.rows.slice(0, n).map(key)).toEqual(keys.slice(0, n))
          if (small.complete && large.complete) expect(large.rows.length).toBe(small.rows.length)
          const again = await walk(adapter, { type, limit: 7 }, maxWalk)
          expect(again.rows.map(key)).toEqual(keys)
        }
      })

      it('filters by customer type', { timeout }, async () => {
        const adapter = await makeAdapter()
        for (const type of ['user', 'team', 'custom'] as const) {
          const page = await adapter.listCustomers({ type, limit: 50, signal: signal() })
          for (const customer of page.items) expect(customer.type).toBe(type)
        }
        const all = await adapter.listCustomers({ type: 'all', limit: 50, signal: signal() })
        expect(all.items.length).toBeGreaterThan(0)
      })

      it('reports a total no smaller than what it lists, and exact when not approximate', { timeout }, async () => {
        const adapter = await makeAdapter()
        for (const type of ['user', 'team', 'custom'] as const) {
          const first = await adapter.listCustomers({ type, limit: 50, signal: signal() })
          if (!first.total) continue
          const listed = await walk(adapter, { type, limit: 100 }, maxWalk)
          expect(first.total.count).toBeGreaterThanOrEqual(listed.complete ? 0 : listed.rows.length)
          if (listed.complete && !first.total.approximate) expect(first.total.count).toBe(listed.rows.length)
        }
      })

      it('searches name, email and id case-insensitively', { timeout }, async () => {
        const adapter = await makeAdapter()
        const page = await adapter.listCustomers({ type: 'all', limit: 20, signal: signal() })
        const target = page.items.find((c) => (c.displayName ?? c.id).length >= 3)
        expect(target, 'needs at least one customer to search for').toBeDefined()
        if (!target) return
        const text = target.displayName ?? target.id
        const needle = text.slice(0, Math.min(5, text.length)).toUpperCase()
        const found = await walk(adapter, { type: 'all', search: needle, limit: 50 }, maxWalk)
        expect(found.rows.map(key)).toContain(key(target))
        for (const row of found.rows) {
          const haystack = [row.displayName, row.email, row.id].filter(Boolean).join(' ').toLowerCase()
          expect(haystack).toContain(needle.toLowerCase())
        }
      })

      it('returns an empty last page when nothing matches', { timeout }, async () => {
        const adapter = await makeAdapter()
        const page = await adapter.listCustomers({
          type: 'all',
          search: 'zz-no-such-customer-qq',
          limit: 50,
          signal: signal(),
        })
        expect(page.items).toEqual([])
        expect(page.nextCursor).toBeNull()
      })

      it('rejects with an AbortError when its signal is aborted', { timeout }, async () => {
        const adapter = await makeAdapter()
        const controller = new AbortController()
        controller.abort()
        const error = await adapter
          .listCustomers({ type: 'all', limit: 10, signal: controller.signal })
          .then(() => null, (e: unknown) => e)
        expect(isAbortError(error)).toBe(true)
      })
    })

    describe('reads of one customer', () => {
      it('resolves customers by reference in order, null only for unknown users and teams', { timeout }, async () => {
        const adapter = await makeAdapter()
        const page = await adapter.listCustomers({ type: 'all', limit: 10, signal: signal() })
        const refs: CustomerRef[] = page.items.map(({ type, id }) => ({ type, id }))
        const missing: CustomerRef = { type: 'user', id: '00000000-0000-4000-8000-00000000dead' }
        const custom: CustomerRef = { type: 'custom', id: 'contract suite/ünknown "id"' }
        const result = parseResponse(
          'getCustomers',
          await adapter.getCustomers({ refs: [...refs, missing, custom], signal: signal() }),
        )
        expect(result).toHaveLength(refs.length + 2)
        expect(result.slice(0, refs.length).map((c) => c && key(c))).toEqual(refs.map(key))
        expect(result[refs.length]).toBeNull()
        expect(result[refs.length + 1]).toMatchObject(custom)
      })

      it('returns well-formed products, owned products, balances and transactions', { timeout }, async () => {
        const adapter = await makeAdapter()
        parseResponse('listProducts', await adapter.listProducts({ signal: signal() }))
        for (const type of ['user', 'team', 'custom'] as const) {
          const catalog = parseResponse('listProducts', await adapter.listProducts({ customerType: type, signal: signal() }))
          for (const product of catalog.products) expect(product.customerType).toBe(type)
          const page = await adapter.listCustomers({ type, limit: 3, signal: signal() })
          for (const customer of page.items) {
            const owned = parseResponse('listOwnedProducts', await adapter.listOwnedProducts({ customer, limit: 50, signal: signal() }))
            // The optional price an owned product was bought at names one of its snapshot's prices.
            for (const row of owned.items) {
              if (typeof row.priceId === 'string') expect(row.product.prices.map((p) => p.id)).toContain(row.priceId)
            }
            parseResponse('listItemBalances', await adapter.listItemBalances({ customer, signal: signal() }))
            const txns = await walkTransactions(adapter, customer)
            const ids = txns.map((t) => t.id)
            expect(new Set(ids).size).toBe(ids.length)
            const times = txns.map((t) => Date.parse(t.createdAt))
            expect(times).toEqual([...times].sort((a, b) => b - a))
            if (adapter.getCustomerMetrics) {
              parseResponse('getCustomerMetrics', await adapter.getCustomerMetrics({ customer, signal: signal() }))
            }
          }
        }
      })
    })

    describe('createCheckoutUrl', () => {
      it('creates an https (or localhost http) URL for a product the customer may buy', { timeout }, async () => {
        const adapter = await makeAdapter()
        const purchase = await findPurchase(adapter, () => true)
        expect(purchase, 'needs a purchasable product and a customer').not.toBeNull()
        if (!purchase) return
        const result = parseResponse(
          'createCheckoutUrl',
          await adapter.createCheckoutUrl({
            customer: purchase.customer,
            productId: purchase.product.id,
            idempotencyKey: freshKey('create'),
          }),
        )
        expect(isSafeCheckoutUrl(result.url), `unsafe checkout URL ${result.url}`).toBe(true)
      })

      it('honours the idempotency key', { timeout }, async () => {
        const adapter = await makeAdapter()
        const purchase = await findPurchase(adapter, () => true)
        if (!purchase) throw new Error('needs a purchasable product and a customer')
        const params = { customer: purchase.customer, productId: purchase.product.id }
        const idempotencyKey = freshKey('idem')
        const first = await adapter.createCheckoutUrl({ ...params, idempotencyKey })
        const second = await adapter.createCheckoutUrl({ ...params, idempotencyKey })
        expect(second.url).toBe(first.url)
        const other = await adapter.createCheckoutUrl({ ...params, idempotencyKey: freshKey('idem2') })
        expect(other.url).not.toBe(first.url)
      })

      it('rejects an unknown product with product_not_found', { timeout }, async () => {
        const adapter = await makeAdapter()
        const page = await adapter.listCustomers({ type: 'user', limit: 1, signal: signal() })
        const customer = page.items[0] ?? { type: 'custom' as const, id: 'contract-customer' }
        await expectCode(
          adapter.createCheckoutUrl({ customer, productId: 'contract-no-such-product', idempotencyKey: freshKey('nf') }),
          'product_not_found',
        )
      })

      it('rejects a product of another customer type with customer_type_mismatch', { timeout }, async () => {
        const adapter = await makeAdapter()
        const catalog = await adapter.listProducts({ signal: signal() })
        const customer = await ruleCustomer(adapter, 'contract-type-mismatch')
        const product = catalog.products.find((p) => p.customerType !== customer.type && !p.serverOnly)
        if (!product) throw new Error(`needs a product for another customer type than ${customer.type}`)
        await expectCode(
          adapter.createCheckoutUrl({
            customer,
            productId: product.id,
            idempotencyKey: freshKey('tm'),
          }),
          'customer_type_mismatch',
        )
      })

      it('rejects a second purchase of an owned non-stackable product with product_already_owned', { timeout }, async () => {
        const adapter = await makeAdapter()
        for (const type of ['user', 'team', 'custom'] as const) {
          const page = await adapter.listCustomers({ type, limit: 30, signal: signal() })
          for (const customer of page.items) {
            const owned = await adapter.listOwnedProducts({ customer, limit: 100, signal: signal() })
            const product = owned.items.find((o) => o.id !== null && !o.product.stackable)
            if (!product?.id) continue
            await expectCode(
              adapter.createCheckoutUrl({ customer, productId: product.id, idempotencyKey: freshKey('owned') }),
              'product_already_owned',
            )
            return
          }
        }
        throw new Error('needs a customer who owns a non-stackable product')
      })

      it('rejects an untrusted return URL with return_url_not_allowed', { timeout }, async () => {
        const adapter = await makeAdapter()
        const purchase = await findPurchase(adapter, () => true)
        if (!purchase) throw new Error('needs a purchasable product and a customer')
        await expectCode(
          adapter.createCheckoutUrl({
            customer: purchase.customer,
            productId: purchase.product.id,
            returnUrl: untrusted,
            idempotencyKey: freshKey('ru'),
          }),
          'return_url_not_allowed',
        )
        if (options.trustedReturnUrl) {
          const ok = await adapter.createCheckoutUrl({
            customer: purchase.customer,
            productId: purchase.product.id,
            returnUrl: options.trustedReturnUrl,
            idempotencyKey: freshKey('ru-ok'),
          })
          expect(ok.url).toBeTruthy()
        }
      })

      if (options.makeBlockedAdapter) {
        const makeBlocked = options.makeBlockedAdapter
        it('rejects every checkout with purchases_blocked when new purchases are blocked, before any other rule', { timeout }, async () => {
          const adapter = await makeBlocked()
          await expectCode(
            adapter.createCheckoutUrl({
              customer: await ruleCustomer(adapter, 'contract-blocked'),
              productId: 'contract-no-such-product',
              idempotencyKey: freshKey('blocked'),
            }),
            'purchases_blocked',
          )
        })
      }

      if (options.makePaymentsNotConfiguredAdapter) {
        const makeUnconfigured = options.makePaymentsNotConfiguredAdapter
        it('rejects checkouts with payments_not_configured before checking the product', { timeout }, async () => {
          const adapter = await makeUnconfigured()
          await expectCode(
            adapter.createCheckoutUrl({
              customer: await ruleCustomer(adapter, 'contract-unconfigured'),
              productId: 'contract-no-such-product',
              idempotencyKey: freshKey('unconfigured'),
            }),
            'payments_not_configured',
          )
        })
      }
    })
  })

  describe(`${name} — what the adapter says it cannot do`, () => {
    it('leaves out every optional capability it names unavailable, and rejects a named customer type with not_implemented', { timeout }, async () => {
      const adapter = await makeAdapter()
      const unavailable = adapter.unavailable ?? {}
      for (const [feature, reason] of Object.entries(unavailable)) {
        expect(typeof reason === 'string' && reason.trim().length > 0, `a reason for ${feature}`).toBe(true)
        if ((OPTIONAL_CAPABILITIES as readonly string[]).includes(feature)) expect(Reflect.get(adapter, feature), `${feature} is named unavailable`).toBeUndefined()
      }
      if (unavailable['createCheckoutUrl:custom'] !== undefined) {
        const customer = { type: 'custom' as const, id: 'contract-unavailable' }
        await expectCode(adapter.createCheckoutUrl({ customer, productId: 'contract-any', idempotencyKey: freshKey('unavailable') }), 'not_implemented')
      }
    })
  })

  async function walkTransactions(adapter: PaymentsAdapter, customer: CustomerRef) {
    const rows: Transaction[] = []
    let cursor: string | null = null
    do {
      const page: Page<Transaction> = parseResponse(
        'listTransactions',
        await adapter.listTransactions({ customer, cursor, limit: 5, signal: signal() }),
      )
      rows.push(...page.items)
      cursor = page.nextCursor
    } while (cursor && rows.length < maxWalk)
    return rows
  }
}
