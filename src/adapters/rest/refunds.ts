/**
 * How much of a transaction was refunded, as far as the Hexclave wire can say it (shared by the
 * REST and SDK adapters).
 *
 * A refunded transaction carries only `adjusted_by: [{ transaction_id: '<id>:refund', entry_index }]`:
 * no amount, no date. The amount lives in the refund transaction itself, which the published SDK's
 * schema (`@stackframe/js` 2.8.108) lists as type `refund`, with a `money_transfer` entry whose
 * `adjusted_transaction_id` names the refunded transaction and whose `charged_amount` is what was
 * given back. The backend documented in April 2026 never lists refund transactions and rejects
 * `type=refund` with SCHEMA_ERROR: there a refund stays "refunded, amount unknown", counted in full.
 */
import { PaymentsError } from '../../adapter/errors'
import type { AdapterMethod, RefundState } from '../../adapter/types'
import { accumulate, compareDecimal, type Money } from '../../lib/decimal'
import { cursorWalk } from './shape'
import type { WireTransaction, WireTransactionPage } from './wire'

/** What the refund transactions say of one refunded transaction. */
export interface WireRefund {
  /** Currency → decimal string given back, summed over its refunds. */
  amount: Money
  /** When the (last) refund was made, epoch milliseconds. */
  atMillis: number
}

/** Refunds by the id of the transaction they refunded. */
export type RefundIndex = ReadonlyMap<string, WireRefund>

/** Whether a listed row is a refund transaction (type `refund`), not a transaction of the customer's history. */
export function isRefundRow(txn: WireTransaction): boolean {
  return txn.type === 'refund'
}

/** Whether a transaction was refunded (fully or partly; `adjusted_by` does not say which, nor how much). */
export function isRefunded(txn: WireTransaction): boolean {
  return txn.adjusted_by.length > 0
}

/** The refunds among `txns` (rows of type `refund`), by the transaction each one refunded. */
export function refundIndexOf(txns: Iterable<WireTransaction>): Map<string, WireRefund> {
  const index = new Map<string, WireRefund>()
  for (const txn of txns) {
    if (!isRefundRow(txn)) continue
    for (const entry of txn.entries) {
      if (entry.type !== 'money_transfer' || !entry.adjusted_transaction_id) continue
      const refund = index.get(entry.adjusted_transaction_id) ?? { amount: {}, atMillis: txn.created_at_millis }
      accumulate(refund.amount, entry.charged_amount)
      refund.atMillis = Math.max(refund.atMillis, txn.created_at_millis)
      index.set(entry.adjusted_transaction_id, refund)
    }
  }
  return index
}

/** What a transaction charged, summed over its money transfers. */
function chargedOf(txn: WireTransaction): Money {
  const total: Money = {}
  for (const entry of txn.entries) {
    if (entry.type === 'money_transfer') accumulate(total, entry.charged_amount)
  }
  return total
}

/**
 * The refund of a transaction: `null` when it was not refunded; with its amount, date and kind
 * (`partial` when less than was charged in some currency) when its refund transaction is known;
 * else `{ kind: 'full' }` without amount, as the wire says no more.
 */
export function refundStateOf(txn: WireTransaction, refunds: RefundIndex): RefundState | null {
  const refund = refunds.get(txn.id)
  if (!refund) return isRefunded(txn) ? { kind: 'full' } : null
  const charged = chargedOf(txn)
  const partial = Object.entries(charged).some(([currency, value]) => compareDecimal(refund.amount[currency] ?? '0', value) < 0)
  return { kind: partial ? 'partial' : 'full', amount: { ...refund.amount }, refundedAt: new Date(refund.atMillis).toISOString() }
}

/** What is left of a transaction's charge after its refund: the refunded amount when known, else all of it. */
export function refundedAmountOf(txn: WireTransaction, refunds: RefundIndex): Money {
  if (!isRefunded(txn) && !refunds.has(txn.id)) return {}
  return refunds.get(txn.id)?.amount ?? chargedOf(txn)
}

/**
 * What the refunds of `txns` (a customer's transactions) gave back: nothing to read when none was
 * refunded; the refund rows among `txns` when the backend lists refunds with the rest; else every
 * refund transaction of the customer, page by page with `readPage` (a `type=refund` listing). A
 * backend that does not list refunds answers that with a validation error: then nothing is known,
 * and every refund counts in full.
 */
export async function readRefunds(
  txns: WireTransaction[],
  readPage: (cursor: string | null) => Promise<WireTransactionPage>,
  involves: (txn: WireTransaction) => boolean,
  caller: AdapterMethod,
): Promise<RefundIndex> {
  const refunded = txns.filter(isRefunded)
  if (refunded.length === 0) return new Map()
  const listed = refundIndexOf(txns)
  if (refunded.every((txn) => listed.has(txn.id))) return listed
  const rows: WireTransaction[] = []
  const next = cursorWalk(caller, 'next_cursor')
  let cursor: string | null = null
  try {
    do {
      const page = await readPage(cursor)
      rows.push(...page.transactions.filter((txn) => isRefundRow(txn) && involves(txn)))
      cursor = next(page.next_cursor)
    } while (cursor)
  } catch (error) {
    if (error instanceof PaymentsError && error.code === 'validation') return listed
    throw error
  }
  return refundIndexOf(rows)
}
