import { describe, expect, it } from 'vitest'
import type { CustomerPageParams, Page, Transaction } from '../../src/adapter/types'
import { PaymentsError, isPaymentsError } from '../../src/adapter/errors'
import { createTransactionsExport, TRANSACTION_CSV_COLUMNS } from '../../src/data/export-transactions'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { createTestAdapter } from '../../src/testing/test-adapter'
import { CUSTOM, USER, contract, custom, itemChange, multiCurrency, purchase, snapshot } from '../../stories/fixtures/customer-payments'
import { csvLines } from './csv-lines'

/** Offset pages over `transactions`; pages whose cursor `fails` says so answer `network`. */
function transactionsAdapter(transactions: Transaction[], fails: (params: CustomerPageParams) => boolean = () => false) {
  const calls: CustomerPageParams[] = []
  const adapter = createTestAdapter({
    listTransactions: async (params) => {
      calls.push(params)
      if (fails(params)) throw new PaymentsError('network')
      const start = Number(params.cursor ?? 0)
      const end = start + params.limit
      const page: Page<Transaction> = { items: transactions.slice(start, end), nextCursor: end < transactions.length ? String(end) : null }
      return page
    },
  })
  return { adapter, calls }
}

/** The fixture's chargeback: EUR -9.50 taken back. */
const chargeback = multiCurrency.transactions?.find((transaction) => transaction.id === 'chargeback') as Transaction

describe('createTransactionsExport', () => {
  it('writes one record per transaction and charged currency: plain amounts, refunds, test mode, products and item changes', async () => {
    const transactions: Transaction[] = [
      purchase({
        id: 'pack',
        customer: USER,
        productId: 'credit-pack',
        priceId: 'pack',
        amount: { USD: '30', EUR: '27.50' },
        quantity: 3,
        at: '2026-09-12T11:00:00+02:00',
        refund: { kind: 'partial', amount: { USD: '10' }, refundedAt: '2026-09-14T09:00:00Z' },
      }),
      chargeback,
      purchase({ id: 'test-pro', customer: USER, productId: 'pro', priceId: 'monthly', testMode: true, at: '2026-10-02T09:00:00Z', subscription: true }),
      itemChange('usage', USER, 'api-calls', -12000, '2026-10-30T09:00:00Z'),
    ]
    const { adapter, calls } = transactionsAdapter(transactions)
    const lines = await csvLines(await createTransactionsExport({ adapter, customer: USER }).start())
    const u = `user,${USER.id}`
    expect(lines).toEqual([
      TRANSACTION_CSV_COLUMNS.join(','),
      `${u},pack,2026-09-12T09:00:00.000Z,purchase,false,27.50,EUR,partial,,2026-09-14T09:00:00.000Z,"Credit pack (1,000) × 3",credit-pack,`,
      `${u},pack,2026-09-12T09:00:00.000Z,purchase,false,30,USD,partial,10,2026-09-14T09:00:00.000Z,"Credit pack (1,000) × 3",credit-pack,`,
      `${u},chargeback,2026-08-20T09:00:00.000Z,chargeback,false,-9.50,EUR,,,,,,`,
      `${u},test-pro,2026-10-02T09:00:00.000Z,purchase,true,,,,,,${snapshot('pro').displayName},pro,`,
      `${u},usage,2026-10-30T09:00:00.000Z,manual-item-quantity-change,false,,,,,,,,api-calls -12000`,
    ])
    expect(calls[0]).toMatchObject({ customer: USER, cursor: null, limit: 500 })
  })

  it('neutralises a hostile product name and a hostile custom customer id', async () => {
    const customer = { type: 'custom' as const, id: '=1+1' }
    const hostile = { ...contract, displayName: '@SUM(1+1)*cmd|\' /C calc\'!A0, "x"' }
    const { adapter } = transactionsAdapter([
      purchase({ id: '+tx', customer, productId: null, product: hostile, priceId: null, at: '2026-06-01T09:00:00Z' }),
    ])
    const lines = await csvLines(await createTransactionsExport({ adapter, customer }).start())
    expect(lines[1]).toBe(`custom,'=1+1,'+tx,2026-06-01T09:00:00.000Z,purchase,false,,,,,,"'@SUM(1+1)*cmd|' /C calc'!A0, ""x""",,`)
  })

  it('walks every page of the memory adapter’s ledger', async () => {
    const adapter = createMemoryAdapter({ data: { ledgers: [multiCurrency, custom] } })
    const job = createTransactionsExport({ adapter, customer: CUSTOM, pageSize: 1 })
    const lines = await csvLines(await job.start())
    expect(lines.slice(1).map((line) => line.split(',')[2])).toEqual(['api-usage', 'api', 'contract'])
    expect(job.getSnapshot()).toMatchObject({ status: 'success', rows: 3 })
  })

  it('retries a network failure twice, then keeps the transactions written, and Retry resumes from that page', async () => {
    const transactions = Array.from({ length: 5 }, (_, i) => itemChange(`t${i}`, USER, 'credits', i + 1, `2026-10-0${i + 1}T09:00:00Z`))
    let failing = true
    const { adapter, calls } = transactionsAdapter(transactions, (params) => failing && params.cursor === '4')
    const job = createTransactionsExport({ adapter, customer: USER, pageSize: 2 })
    expect(await job.start()).toBeNull()
    const failed = job.getSnapshot()
    expect(failed).toMatchObject({ status: 'error', rows: 4 })
    expect(isPaymentsError(failed.error) && [failed.error.code, failed.error.method]).toEqual(['network', 'listTransactions'])
    failing = false
    const lines = await csvLines(await job.retry())
    expect(lines.slice(1).map((line) => line.split(',')[2])).toEqual(['t0', 't1', 't2', 't3', 't4'])
    // A network failure is tried three times (two retries with backoff) before it stops the export.
    expect(calls.map((call) => call.cursor)).toEqual([null, '2', '4', '4', '4', '4'])
  })

  it('turns a malformed transaction into an error naming the method and the field', async () => {
    const broken = { ...itemChange('t', USER, 'credits', 1, '2026-10-01T09:00:00Z'), testMode: 'no' }
    const adapter = createTestAdapter({ listTransactions: async () => ({ items: [broken], nextCursor: null }) as never })
    const job = createTransactionsExport({ adapter, customer: USER })
    expect(await job.start()).toBeNull()
    const { error } = job.getSnapshot()
    expect(isPaymentsError(error) && [error.code, error.method, error.path]).toEqual(['invalid_response', 'listTransactions', 'items[0].testMode'])
  })
})
