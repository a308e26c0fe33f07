// @vitest-environment node
/**
 * The SDK adapter over an admin app reads what the REST adapter reads from the same reference
 * server (catalog, customers, owned products, balances, transactions, metrics), and its mutations
 * land in the server's store: grants, item changes with their description, full and partial USD
 * refunds.
 */
import { describe, expect, it } from 'vitest'
import type { CustomerRef, Page, PaymentsAdapter, Transaction } from '../../../src/adapter/types'
import { createRestAdapter } from '../../../src/adapters/rest'
import { createSdkAdapter } from '../../../src/adapters/sdk'
import { allCustomers, allOwned, allTransactions } from '../../rest-server/data'
import { adminApp, expectLoopbackOnly, paymentsErrorOf, recordFetches, signal, startServer } from './helpers'

recordFetches()
const main = startServer({ memory: { seed: 13, users: 10, teams: 4, customCustomers: 3 } })
const sdk = () => createSdkAdapter({ app: adminApp(main()) })
const rest = () => createRestAdapter({ baseUrl: main().url, headers: main().adminHeaders })

async function walkTransactions(adapter: PaymentsAdapter, customer: CustomerRef): Promise<Transaction[]> {
  const rows: Transaction[] = []
  let cursor: string | null = null
  do {
    const page: Page<Transaction> = await adapter.listTransactions({ customer, cursor, limit: 3, signal: signal() })
    rows.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return rows
}

async function someCustomers(): Promise<CustomerRef[]> {
  const refs: CustomerRef[] = []
  for (const type of ['user', 'team', 'custom'] as const) refs.push(...(await allCustomers(main().memory, type)).slice(0, 3).map((c) => ({ type, id: c.id })))
  return refs
}

describe('reads agree with the REST adapter', () => {
  it('catalog, customers, owned products, balances, transactions and metrics', async () => {
    const [s, r] = [sdk(), rest()]
    expect(await s.listProducts({ signal: signal() })).toEqual(await r.listProducts({ signal: signal() }))
    for (const type of ['all', 'user', 'team', 'custom'] as const) {
      expect(await s.listCustomers({ type, limit: 50, signal: signal() })).toEqual(await r.listCustomers({ type, limit: 50, signal: signal() }))
    }
    const refs = await someCustomers()
    expect(await s.getCustomers({ refs, signal: signal() })).toEqual(await r.getCustomers({ refs, signal: signal() }))
    for (const customer of refs) {
      const [mine, theirs] = await Promise.all([s.listOwnedProducts({ customer, limit: 100, signal: signal() }), r.listOwnedProducts({ customer, limit: 100, signal: signal() })])
      expect(mine.items.map((o) => ({ ...o, product: { ...o.product, prices: o.id === null ? [] : o.product.prices } }))).toEqual(
        theirs.items.map((o) => ({ ...o, product: { ...o.product, prices: o.id === null ? [] : o.product.prices, includedItems: o.id === null ? [] : o.product.includedItems } })),
      )
      expect(await s.listItemBalances({ customer, signal: signal() })).toEqual(await r.listItemBalances({ customer, signal: signal() }))
      expect(await walkTransactions(s, customer)).toEqual(await walkTransactions(r, customer))
      expect(await s.getCustomerMetrics?.({ customer, signal: signal() })).toEqual(await r.getCustomerMetrics({ customer, signal: signal() }))
    }
  })
})

describe('mutations land in the store', () => {
  it('grants a product and changes an item with its description', async () => {
    const adapter = sdk()
    const [team] = await allCustomers(main().memory, 'team')
    if (!team) throw new Error('needs a team')
    const ref = { type: 'team' as const, id: team.id }
    const { products } = await main().memory.listProducts({ customerType: 'team', signal: signal() })
    const owned = new Set((await allOwned(main().memory, ref)).map((o) => o.id))
    const product = products.find((p) => !owned.has(p.id) && p.productLineId === null)
    if (!product) throw new Error('needs a team product the team does not own')
    await adapter.grantProduct?.({ customer: ref, productId: product.id })
    expect((await allOwned(main().memory, ref)).map((o) => o.id)).toContain(product.id)
    await adapter.changeItemQuantity?.({ customer: ref, itemId: 'seats', delta: -2, allowNegative: true, description: 'sdk adapter' })
    const latest = (await main().memory.listTransactions({ customer: ref, limit: 1, signal: signal() })).items[0]
    expect(latest?.entries).toContainEqual(expect.objectContaining({ type: 'item_quantity_change', itemId: 'seats', quantity: -2 }))
  })

  it('refunds part of a USD purchase, then the rest is refused; other currencies are refused', async () => {
    const adapter = sdk()
    const live = (await allTransactions(main().memory)).find(
      (t) => t.transaction.type === 'purchase' && !t.transaction.testMode && t.transaction.refund === null && t.transaction.entries.some((e) => e.type === 'money_transfer' && e.chargedAmount.USD !== undefined && Number(e.chargedAmount.USD) > 1),
    )
    if (!live) throw new Error('needs a live USD purchase')
    const euro = await paymentsErrorOf(adapter.refundTransaction?.({ customer: live.customer, transactionId: live.transaction.id, amount: { currency: 'EUR', value: '1' } }) ?? Promise.resolve())
    expect(euro.code).toBe('validation')
    await adapter.refundTransaction?.({ customer: live.customer, transactionId: live.transaction.id, amount: { currency: 'USD', value: '1' } })
    const after = (await allTransactions(main().memory)).find((t) => t.transaction.id === live.transaction.id)
    expect(after?.transaction.refund).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
    const other = await paymentsErrorOf(adapter.refundTransaction?.({ customer: { type: 'custom', id: 'nobody' }, transactionId: live.transaction.id }) ?? Promise.resolve())
    expect(other.code).toBe('not_found')
  })

  it('contacted nothing but the loopback servers', () => {
    expectLoopbackOnly()
  })
})
