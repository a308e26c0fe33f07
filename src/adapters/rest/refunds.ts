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
import type { AdapterMethod, CustomerType, RefundState } from '../../adapter/types'
import { accumulate, compareDecimal, type Money } from '../../lib/decimal'
import { isReusable, shareWork, type SharedWork } from '../../lib/shared-work'
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
 * Every refund transaction of one customer type (of every customer of that type), or `null` when
 * the backend does not list refunds: it refused `type=refund` with a validation error, so no
 * refund's amount is known.
 */
export type RefundRows = readonly WireTransaction[] | null

/**
 * How long one refund scan serves further reads of the same adapter instance and customer type
 * once it has answered (while it runs, every read joins it). A customer view's transactions and
 * metrics, the later pages of its transactions and the pages of a CSV export read within this
 * time share one scan, and so do the views of other customers of the same type.
 */
export const REFUND_SCAN_REUSE_MS = 5_000

/** Where the refund transactions of one customer type are listed, and which adapter instance shares the scan. */
export interface RefundListing {
  /** The adapter instance the scan is shared in: a REST requester, an SDK admin app. */
  owner: object
  customerType: CustomerType
  /** One page of the `type=refund` listing of `customerType`, on the shared scan's own `signal`. */
  readPage: (cursor: string | null, signal: AbortSignal) => Promise<WireTransactionPage>
  /** The method that starts the scan, named in its errors. */
  caller: AdapterMethod
}

/** Per adapter instance: the refund scan of each customer type, in flight or recently answered. */
const refundScans = new WeakMap<object, Map<CustomerType, SharedWork<RefundRows>>>()

/** Every refund transaction of the type, page by page; `null` when the backend refuses `type=refund`. */
async function scanRefundRows(listing: RefundListing, signal: AbortSignal): Promise<RefundRows> {
  const rows: WireTransaction[] = []
  const next = cursorWalk(listing.caller, 'next_cursor')
  let cursor: string | null = null
  try {
    do {
      const page = await listing.readPage(cursor, signal)
      rows.push(...page.transactions.filter(isRefundRow))
      cursor = next(page.next_cursor)
    } while (cursor)
  } catch (error) {
    if (error instanceof PaymentsError && error.code === 'validation') return null
    throw error
  }
  return rows
}

/**
 * The refund transactions of `listing`'s customer type: one scan shared by every read of the same
 * adapter instance and type, while it runs or answered less than {@link REFUND_SCAN_REUSE_MS} ago
 * (the refusal of a backend that does not list refunds is shared the same way). The scan is not
 * tied to any one caller's signal: `signal` stops only this caller's wait, and the scan is aborted
 * once nobody waits. A failed or abandoned scan is not kept.
 */
export function sharedRefundRows(listing: RefundListing, signal: AbortSignal | undefined): Promise<RefundRows> {
  let scans = refundScans.get(listing.owner)
  if (!scans) refundScans.set(listing.owner, (scans = new Map()))
  let scan = scans.get(listing.customerType)
  if (!isReusable(scan, REFUND_SCAN_REUSE_MS)) {
    scan = shareWork((own) => scanRefundRows(listing, own))
    scans.set(listing.customerType, scan)
  }
  return scan.join(signal)
}

/**
 * Forgets the shared refund scan of `owner` (an adapter instance) for `customerType`, or for every
 * type: the next read scans again. A refund calls it, so its amount shows on the next read.
 */
export function forgetRefundScans(owner: object, customerType?: CustomerType): void {
  if (customerType === undefined) refundScans.delete(owner)
  else refundScans.get(owner)?.delete(customerType)
}

/**
 * What the refunds of `txns` (a customer's transactions) gave back: nothing to read when none was
 * refunded; the refund rows among `txns` when the backend lists refunds with the rest; else the
 * refund transactions of the customer, found among every refund transaction of its type (one scan
 * shared by the adapter instance, see {@link sharedRefundRows}). A backend that does not list
 * refunds answers that with a validation error: then nothing is known, and every refund counts in
 * full.
 */
export async function readRefunds(
  txns: WireTransaction[],
  listing: RefundListing,
  involves: (txn: WireTransaction) => boolean,
  signal: AbortSignal | undefined,
): Promise<RefundIndex> {
  const refunded = txns.filter(isRefunded)
  if (refunded.length === 0) return new Map()
  const listed = refundIndexOf(txns)
  if (refunded.every((txn) => listed.has(txn.id))) return listed
  const rows = await sharedRefundRows(listing, signal)
  return rows === null ? listed : refundIndexOf(rows.filter(involves))
}
