/** What the REST and SDK refund-scan tests share: the dataset's live purchases and a walk of pages. */
import type { CustomerRef, PaymentsAdapter, Transaction } from '../../src/adapter/types'
import { allTransactions } from '../rest-server/data'
import type { ReferenceServer } from '../rest-server/server'

export interface Purchase {
  customer: CustomerRef
  id: string
}

/** Live (unrefunded, not test mode) purchases charged more than USD 2, by customer (`type:id`). */
export async function livePurchases(server: ReferenceServer): Promise<Map<string, Purchase[]>> {
  const byCustomer = new Map<string, Purchase[]>()
  for (const { customer, transaction: t } of await allTransactions(server.memory)) {
    const usd = t.entries.find((e) => e.type === 'money_transfer')?.chargedAmount.USD
    if (t.type !== 'purchase' || t.testMode || t.refund || usd === undefined || Number(usd) <= 2) continue
    const key = `${customer.type}:${customer.id}`
    byCustomer.set(key, [...(byCustomer.get(key) ?? []), { customer, id: t.id }])
  }
  return byCustomer
}

/** Every transaction of the customer, page by page, as the table and the CSV export read them. */
export async function walk(adapter: PaymentsAdapter, customer: CustomerRef, limit: number): Promise<Transaction[][]> {
  const pages: Transaction[][] = []
  let cursor: string | null = null
  do {
    const page = await adapter.listTransactions({ customer, cursor, limit, signal: new AbortController().signal })
    pages.push(page.items)
    cursor = page.nextCursor
  } while (cursor)
  return pages
}

/** The refund of transaction `id` among the pages. */
export const refundOf = (pages: Transaction[][], id: string) => pages.flat().find((t) => t.id === id)?.refund
