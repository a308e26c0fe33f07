/**
 * Customer metrics. The API has no metrics endpoint, so they are derived from the customer's owned
 * products and transactions with the memory adapter's semantics (`metricsOf`).
 */
import type { CustomerMetrics, CustomerReadParams, CustomerRef, OwnedProduct } from '../../adapter/types'
import { accumulate, type Money } from '../../lib/decimal'
import type { Requester } from './http'
import { isoOf } from './customer-rows'
import { customerRefunds, ownedProductsPage, scanTransactions } from './payments'
import { isRefundRow, isRefunded, refundIndexOf, refundedAmountOf, type RefundIndex } from './refunds'
import { cursorWalk } from './shape'
import type { WireEntry, WireTransaction } from './wire'

const CALLER = 'getCustomerMetrics'
/** Page size of the owned-products reads (the API's maximum). */
const OWNED_PAGE_SIZE = 100

/** Every owned product of the customer, walking the API's pages. */
async function allOwned(request: Requester, p: CustomerReadParams): Promise<OwnedProduct[]> {
  const rows: OwnedProduct[] = []
  const next = cursorWalk(CALLER, 'pagination.next_cursor')
  let cursor: string | null = null
  do {
    const page = await ownedProductsPage(request, { customer: p.customer, cursor, limit: OWNED_PAGE_SIZE, signal: p.signal }, CALLER, { links: false })
    rows.push(...page.items)
    cursor = next(page.nextCursor)
  } while (cursor)
  return rows
}

/** Every transaction of the customer, newest first: one scan of all transactions of its type. */
async function allTransactions(request: Requester, p: CustomerReadParams): Promise<WireTransaction[]> {
  const from = { a: null, s: 0 }
  const rows = await scanTransactions(request, { from, customer: p.customer, want: Number.POSITIVE_INFINITY, signal: p.signal, caller: CALLER })
  return rows.map((row) => row.txn)
}

function isCustomerEntry(entry: WireEntry, customer: CustomerRef): boolean {
  return entry.type !== 'product_revocation' && entry.customer_type === customer.type && entry.customer_id === customer.id
}

/** What the customer was charged in one transaction, summed over its money transfers. */
function chargedOf(txn: WireTransaction, customer: CustomerRef): Money {
  const total: Money = {}
  // Amounts were checked with the page (wire-schema.ts): currency codes → decimal strings.
  for (const entry of txn.entries) {
    if (entry.type === 'money_transfer' && isCustomerEntry(entry, customer)) accumulate(total, entry.charged_amount)
  }
  return total
}

/** Spend per currency: test mode excluded, what each refund gave back subtracted (its whole charge when the amount is unknown). */
function totalSpentOf(txns: WireTransaction[], customer: CustomerRef, refunds: RefundIndex): Money {
  const total: Money = {}
  for (const txn of txns) {
    if (txn.test_mode) continue
    accumulate(total, chargedOf(txn, customer))
    accumulate(total, refundedAmountOf(txn, refunds), -1)
  }
  return total
}

/** The newest transaction's or refund's time; `null` without transactions. */
function lastActivityOf(txns: WireTransaction[], refunds: RefundIndex): string | null {
  let last: number | null = null
  for (const txn of txns) {
    for (const at of [txn.created_at_millis, refunds.get(txn.id)?.atMillis]) {
      if (at !== undefined && (last === null || at > last)) last = at
    }
  }
  return last === null ? null : isoOf(last)
}

/**
 * Derived figures of one customer, with the memory adapter's semantics: spend per currency (test
 * mode excluded, refunds subtracted, exact decimals), active subscriptions and products owned,
 * transaction and refund counts, last activity.
 *
 * Cost: the owned-products pages (100 per request; a missing user or team fails there with
 * `not_found`, before the scan), then one scan of **every** transaction of the customer's type
 * (200 per request), as the API has no customer filter (see `listTransactions`), and when some
 * were refunded, the `type=refund` scan for the refunded amounts, shared with the customer's
 * transaction pages and the other reads of its type (see `readRefunds`).
 *
 * What the wire cannot tell: a refund shows only as `adjusted_by`; its amount and date come from
 * the refund transactions, which a backend that does not list them (`type=refund` refused) cannot
 * give. Then a refunded transaction counts as fully refunded (its whole charge is subtracted,
 * matching `listTransactions`, which reports it as `{ kind: 'full' }`), and `lastActivityAt` is the
 * newest transaction's time.
 */
export async function getCustomerMetrics(request: Requester, p: CustomerReadParams): Promise<CustomerMetrics> {
  const owned = await allOwned(request, p)
  const txns = await allTransactions(request, p)
  return metricsOf(owned, txns, p.customer, await customerRefunds(request, p.customer, txns, p.signal, CALLER))
}

/**
 * The figures of `customer` from every product it owns and every transaction of it (newest
 * first; refund rows, when the backend lists them, only say how much was refunded), with the
 * memory adapter's semantics; a refund of unknown amount counts in full.
 */
export function metricsOf(owned: OwnedProduct[], txns: WireTransaction[], customer: CustomerRef, refunds: RefundIndex = refundIndexOf(txns)): CustomerMetrics {
  const history = txns.filter((txn) => !isRefundRow(txn))
  return {
    totalSpent: totalSpentOf(history, customer, refunds),
    activeSubscriptions: owned.filter((row) => row.subscription !== null).length,
    productsOwned: owned.length,
    transactionCount: history.length,
    refundCount: history.filter(isRefunded).length,
    lastActivityAt: lastActivityOf(history, refunds),
  }
}
