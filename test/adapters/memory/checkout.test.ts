import { describe, expect, it } from 'vitest'
import type { CreateCheckoutParams, CustomerRef } from '../../../src/adapter/types'
import { memoryCustomerId, type MemoryAdapterOptions, type MemoryCaller } from '../../../src/adapters/memory'
import { adapterWith, expectCode, NOW, signal } from './helpers'

const alice: CustomerRef = { type: 'user', id: memoryCustomerId('user', 0) }
const bob: CustomerRef = { type: 'user', id: memoryCustomerId('user', 1) }
const team: CustomerRef = { type: 'team', id: memoryCustomerId('team', 0) }
const otherTeam: CustomerRef = { type: 'team', id: memoryCustomerId('team', 1) }
const custom: CustomerRef = { type: 'custom', id: 'acme corp/eu' }
const aliceClient: MemoryCaller = { kind: 'client', userId: alice.id, adminTeamIds: [team.id] }

/** Alice owns Pro (non-stackable subscription) and nothing else. */
function checkoutAdapter(options: MemoryAdapterOptions = {}) {
  return adapterWith({ data: { ledgers: [{ customer: alice, products: ['pro'] }, { customer: bob, transactions: [] }] }, ...options })
}

let keys = 0
function checkout(overrides: Partial<CreateCheckoutParams> = {}): CreateCheckoutParams {
  keys += 1
  return { customer: bob, productId: 'max', idempotencyKey: `key-${keys}`, ...overrides }
}

describe('memory adapter createCheckoutUrl', () => {
  it('returns a purchase URL with the encoded return URL, valid for 24 hours', async () => {
    const adapter = checkoutAdapter()
    const result = await adapter.createCheckoutUrl(checkout({ returnUrl: 'https://app.example.com/billing?tab=plans' }))
    expect(result.url).toMatch(/^https:\/\/checkout\.hexclave\.example\/purchase\/[0-9a-f]{8}_[0-9a-f]{24}\?return_url=/)
    expect(new URL(result.url).searchParams.get('return_url')).toBe('https://app.example.com/billing?tab=plans')
    expect(result.expiresAt).toBe(new Date(NOW.getTime() + 24 * 3600 * 1000).toISOString())
  })

  it('omits the return_url parameter when no return URL is given', async () => {
    const result = await checkoutAdapter().createCheckoutUrl(checkout())
    expect(result.url).not.toContain('?')
  })

  describe('rules, in the backend order', () => {
    it('rejects every checkout with purchases_blocked first, even one a client may not create', async () => {
      const adapter = checkoutAdapter({ blockNewPurchases: true, caller: aliceClient, paymentsConfigured: false })
      await expectCode(adapter.createCheckoutUrl(checkout({ customer: bob, productId: 'nope' })), 'purchases_blocked')
    })

    it('rejects a client acting for another user with forbidden before payments_not_configured', async () => {
      const adapter = checkoutAdapter({ caller: aliceClient, paymentsConfigured: false })
      await expectCode(adapter.createCheckoutUrl(checkout({ customer: bob })), 'forbidden')
    })

    it('rejects a client acting for a team it does not administer, or any custom customer, with forbidden', async () => {
      const adapter = checkoutAdapter({ caller: aliceClient })
      await expectCode(adapter.createCheckoutUrl(checkout({ customer: otherTeam, productId: 'team-starter' })), 'forbidden')
      await expectCode(adapter.createCheckoutUrl(checkout({ customer: custom, productId: 'api-basic' })), 'forbidden')
    })

    it('lets a client check out for its own user and for teams it administers', async () => {
      const adapter = checkoutAdapter({ caller: aliceClient })
      await expect(adapter.createCheckoutUrl(checkout({ customer: alice, productId: 'credit-pack' }))).resolves.toHaveProperty('url')
      await expect(adapter.createCheckoutUrl(checkout({ customer: team, productId: 'team-starter' }))).resolves.toHaveProperty('url')
    })

    it('rejects with payments_not_configured before looking at the product', async () => {
      const adapter = checkoutAdapter({ paymentsConfigured: false })
      await expectCode(adapter.createCheckoutUrl(checkout({ productId: 'nope' })), 'payments_not_configured')
    })

    it('rejects an unknown product with product_not_found before the return URL check', async () => {
      const adapter = checkoutAdapter()
      await expectCode(adapter.createCheckoutUrl(checkout({ productId: 'nope', returnUrl: 'https://evil.example' })), 'product_not_found')
    })

    it('rejects a server-only product for a client with server_only_product, but allows it for admins', async () => {
      await expectCode(
        checkoutAdapter({ caller: aliceClient }).createCheckoutUrl(checkout({ customer: alice, productId: 'founder-deal' })),
        'server_only_product',
      )
      await expect(checkoutAdapter().createCheckoutUrl(checkout({ customer: alice, productId: 'founder-deal' }))).resolves.toHaveProperty('url')
    })

    it('reports server_only_product before customer_type_mismatch', async () => {
      const adapter = checkoutAdapter({ caller: aliceClient })
      await expectCode(adapter.createCheckoutUrl(checkout({ customer: alice, productId: 'onboarding' })), 'server_only_product')
    })

    it('rejects a product of another customer type with customer_type_mismatch before the ownership check', async () => {
      const adapter = checkoutAdapter()
      await expectCode(adapter.createCheckoutUrl(checkout({ customer: team, productId: 'pro' })), 'customer_type_mismatch')
      await expectCode(adapter.createCheckoutUrl(checkout({ customer: custom, productId: 'team-starter' })), 'customer_type_mismatch')
    })

    it('rejects a second purchase of a non-stackable product with product_already_owned before the return URL check', async () => {
      const adapter = checkoutAdapter()
      await expectCode(
        adapter.createCheckoutUrl(checkout({ customer: alice, productId: 'pro', returnUrl: 'https://evil.example' })),
        'product_already_owned',
      )
    })

    it('allows buying more of an owned stackable product', async () => {
      const adapter = checkoutAdapter({ data: { ledgers: [{ customer: alice, products: [{ productId: 'credit-pack', quantity: 2 }] }] } })
      await expect(adapter.createCheckoutUrl(checkout({ customer: alice, productId: 'credit-pack', quantity: 3 }))).resolves.toHaveProperty('url')
    })

    it('rejects an untrusted return URL with return_url_not_allowed, checked last', async () => {
      const adapter = checkoutAdapter()
      for (const returnUrl of ['https://evil.example/back', 'http://app.example.com/', 'https://app.example.com:8443/', 'not a url', 'javascript:alert(1)']) {
        await expectCode(adapter.createCheckoutUrl(checkout({ returnUrl })), 'return_url_not_allowed')
      }
    })

    it('trusts the default origins, localhost on any port, and configured wildcard subdomains', async () => {
      const adapter = checkoutAdapter()
      for (const returnUrl of ['https://app.example.com/done', 'http://localhost:6006/?path=x', 'http://localhost/', 'http://127.0.0.1:3000/']) {
        await expect(adapter.createCheckoutUrl(checkout({ returnUrl }))).resolves.toHaveProperty('url')
      }
      const wildcard = checkoutAdapter({ trustedReturnUrlOrigins: ['https://*.shop.example'] })
      await expect(wildcard.createCheckoutUrl(checkout({ returnUrl: 'https://eu.shop.example/x' }))).resolves.toHaveProperty('url')
      await expectCode(wildcard.createCheckoutUrl(checkout({ returnUrl: 'https://shop.example.evil.example/' })), 'return_url_not_allowed')
    })

    it('rejects an unknown price id with a validation error on priceId', async () => {
      const error = await expectCode(checkoutAdapter().createCheckoutUrl(checkout({ priceId: 'weekly' })), 'validation')
      expect(error.fieldErrors).toHaveProperty('priceId')
    })

    it('rejects a quantity above 1 of a non-stackable product with a validation error on quantity', async () => {
      const error = await expectCode(checkoutAdapter().createCheckoutUrl(checkout({ quantity: 2 })), 'validation')
      expect(error.fieldErrors).toHaveProperty('quantity')
    })

    it('creates a checkout for a user that does not exist, as the backend does', async () => {
      const ghost = { type: 'user' as const, id: '00000000-0000-4000-8000-000000000001' }
      await expect(checkoutAdapter().createCheckoutUrl(checkout({ customer: ghost }))).resolves.toHaveProperty('url')
    })
  })

  describe('idempotency', () => {
    it('returns exactly the same result for a repeated key and records one checkout', async () => {
      const adapter = checkoutAdapter()
      const params = checkout({ returnUrl: 'http://localhost:6006/' })
      const first = await adapter.createCheckoutUrl(params)
      const second = await adapter.createCheckoutUrl(params)
      expect(second).toEqual(first)
      expect(second).not.toBe(first)
      expect(adapter.inspect().checkoutsCreated).toBe(1)
      const other = await adapter.createCheckoutUrl({ ...params, idempotencyKey: 'another key' })
      expect(other.url).not.toBe(first.url)
      expect(adapter.inspect().checkoutsCreated).toBe(2)
    })

    it('records what each checkout was for', async () => {
      const adapter = checkoutAdapter()
      await adapter.createCheckoutUrl(checkout({ customer: custom, productId: 'api-credits', quantity: 2, idempotencyKey: 'k' }))
      expect(adapter.inspect().checkouts).toEqual([
        expect.objectContaining({ idempotencyKey: 'k', customer: custom, productId: 'api-credits', priceId: 'pack', quantity: 2, returnUrl: null }),
      ])
    })

    it('does not record a checkout that failed, so the same key may be retried', async () => {
      const adapter = checkoutAdapter()
      await expectCode(adapter.createCheckoutUrl(checkout({ idempotencyKey: 'retry', returnUrl: 'https://evil.example' })), 'return_url_not_allowed')
      expect(adapter.inspect().checkoutsCreated).toBe(0)
      await expect(adapter.createCheckoutUrl(checkout({ idempotencyKey: 'retry' }))).resolves.toHaveProperty('url')
    })

    it('does not create a transaction, so a new custom id stays unlisted', async () => {
      const adapter = checkoutAdapter()
      const newcomer = { type: 'custom' as const, id: 'checkout only ✓' }
      await adapter.createCheckoutUrl(checkout({ customer: newcomer, productId: 'api-basic' }))
      const page = await adapter.listCustomers({ type: 'custom', limit: 100, search: 'checkout only', signal: signal() })
      expect(page.items).toEqual([])
    })
  })
})
