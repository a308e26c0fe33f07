// @vitest-environment node
/**
 * Issue 14, point 1, through the published SDK: a partial refund (`refundTransaction({ amountUsd })`)
 * subtracts only what was refunded, and the history says it was partial, with its amount. The SDK
 * reads the amount from the refund transactions (`listTransactions({ type: 'refund' })`).
 */
import { describe, expect, it } from 'vitest'
import type { CustomerRef, PaymentsAdapter, Transaction } from '../../../src/adapter/types'
import { createSdkAdapter } from '../../../src/adapters/sdk'
import { subtractDecimal } from '../../../src/lib/decimal'
import { allTransactions } from '../../rest-server/data'
import { adminApp, expectLoopbackOnly, recordFetches, signal, startServer } from './helpers'

recordFetches()
const main = startServer({ memory: { seed: 21, users: 10, teams: 4, customCustomers: 3 } })

async function walk(adapter: PaymentsAdapter, customer: CustomerRef): Promise<Transaction[]> {
  const rows: Transaction[] = []
  let cursor: string | null = null
  do {
    const page = await adapter.listTransactions({ customer, cursor, limit: 4, signal: signal() })
    rows.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return rows
}

describe('a partial refund through the SDK', () => {
  it('subtracts only the refunded USD 1 from total spent and lists the purchase as refunded in part', async () => {
    const adapter = createSdkAdapter({ app: adminApp(main()) })
    const live = (await allTransactions(main().memory)).find(
      ({ transaction: t }) =>
        t.type === 'purchase' && !t.testMode && t.refund === null && t.entries.some((e) => e.type === 'money_transfer' && Number(e.chargedAmount.USD ?? '0') > 1),
    )
    if (!live) throw new Error('needs a live USD purchase')
    const { customer, transaction } = live
    const before = (await adapter.getCustomerMetrics?.({ customer, signal: signal() }))?.totalSpent.USD ?? '0'
    await adapter.refundTransaction?.({ customer, transactionId: transaction.id, amount: { currency: 'USD', value: '1' } })
    const after = await adapter.getCustomerMetrics?.({ customer, signal: signal() })
    expect(after?.totalSpent.USD).toBe(subtractDecimal(before, '1'))
    expect(after?.totalSpent).toEqual((await main().memory.getCustomerMetrics({ customer, signal: signal() })).totalSpent)
    expect((await walk(adapter, customer)).find((t) => t.id === transaction.id)?.refund).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
  })

  it('contacted nothing but the loopback servers', () => {
    expectLoopbackOnly()
  })
})
