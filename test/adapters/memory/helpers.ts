import { expect } from 'vitest'
import { isPaymentsError, type PaymentsError, type PaymentsErrorCode } from '../../../src/adapter/errors'
import type { Customer, CustomerRef, CustomerTypeFilter, Page, Transaction } from '../../../src/adapter/types'
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory'

export const NOW = new Date('2026-11-05T12:00:00.000Z')

export function signal(): AbortSignal {
  return new AbortController().signal
}

/** An adapter with a fixed clock, so mutation dates are predictable. */
export function adapterWith(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return createMemoryAdapter({ now: () => NOW, ...options })
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail, but it succeeded')
    },
    (error: unknown) => error,
  )
}

/** Asserts that a call fails with a `PaymentsError` of this code, and returns the error. */
export async function expectCode(promise: Promise<unknown>, code: PaymentsErrorCode): Promise<PaymentsError> {
  const error = await rejection(promise)
  if (!isPaymentsError(error)) throw error
  expect(error.code).toBe(code)
  return error
}

/** Every row of a customer list, page by page. */
export async function walkCustomers(
  adapter: MemoryAdapter,
  params: { type: CustomerTypeFilter; limit: number; search?: string },
): Promise<{ rows: Customer[]; pages: Page<Customer>[] }> {
  const rows: Customer[] = []
  const pages: Page<Customer>[] = []
  let cursor: string | null = null
  do {
    const page: Page<Customer> = await adapter.listCustomers({ ...params, cursor, signal: signal() })
    pages.push(page)
    rows.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return { rows, pages }
}

export async function allTransactions(adapter: MemoryAdapter, customer: CustomerRef): Promise<Transaction[]> {
  const page = await adapter.listTransactions({ customer, limit: 1000, signal: signal() })
  return page.items
}

export const key = (ref: CustomerRef): string => `${ref.type}:${ref.id}`

/** Whether a transaction moved money (a paid purchase or a renewal). */
export function isPaid(transaction: Transaction): boolean {
  return transaction.entries.some((entry) => entry.type === 'money_transfer')
}

/** The first generated customer of a type with a transaction that passes `test`. */
export async function findTransaction(
  adapter: MemoryAdapter,
  type: 'user' | 'team' | 'custom',
  test: (transaction: Transaction) => boolean,
): Promise<{ customer: Customer; transaction: Transaction }> {
  const page = await adapter.listCustomers({ type, limit: 200, signal: signal() })
  for (const customer of page.items) {
    const transaction = (await allTransactions(adapter, customer)).find(test)
    if (transaction) return { customer, transaction }
  }
  throw new Error(`no ${type} customer has such a transaction`)
}
