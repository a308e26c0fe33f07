/** Views of a memory adapter as the API sees them: whole user, team and transaction lists. */
import type { Customer, CustomerRef, CustomerType, OwnedProduct, PaymentsAdapter, Transaction } from '../../src/adapter/types'

const signal = () => new AbortController().signal

/** Every customer of one type, newest first, walking the memory adapter's pages. */
export async function allCustomers(memory: PaymentsAdapter, type: CustomerType): Promise<Customer[]> {
  const rows: Customer[] = []
  let cursor: string | null = null
  do {
    const page = await memory.listCustomers({ type, limit: 1000, cursor, signal: signal() })
    rows.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return rows
}

/** Every owned product of a customer, sorted by product id (inline products first). */
export async function allOwned(memory: PaymentsAdapter, customer: CustomerRef): Promise<OwnedProduct[]> {
  const rows: OwnedProduct[] = []
  let cursor: string | null = null
  do {
    const page = await memory.listOwnedProducts({ customer, limit: 1000, cursor, signal: signal() })
    rows.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return rows.sort((a, b) => ((a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0))
}

async function transactionsOf(memory: PaymentsAdapter, customer: CustomerRef): Promise<Transaction[]> {
  const rows: Transaction[] = []
  let cursor: string | null = null
  do {
    const page = await memory.listTransactions({ customer, limit: 1000, cursor, signal: signal() })
    rows.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return rows
}

/** A transaction with the customer whose ledger holds it. */
export interface OwnedTransaction {
  customer: CustomerRef
  transaction: Transaction
}

/** Every transaction of the project, newest first, then by id descending (as the API orders them). */
export async function allTransactions(memory: PaymentsAdapter): Promise<OwnedTransaction[]> {
  const rows: OwnedTransaction[] = []
  for (const type of ['user', 'team', 'custom'] as const) {
    for (const c of await allCustomers(memory, type)) {
      const customer = { type: c.type, id: c.id }
      for (const transaction of await transactionsOf(memory, customer)) rows.push({ customer, transaction })
    }
  }
  const at = (r: OwnedTransaction) => Date.parse(r.transaction.createdAt)
  return rows.sort((a, b) => at(b) - at(a) || (a.transaction.id < b.transaction.id ? 1 : a.transaction.id > b.transaction.id ? -1 : 0))
}
