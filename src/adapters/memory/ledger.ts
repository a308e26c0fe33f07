/**
 * One ledger per customer: its transactions plus the state of its subscriptions. Owned products,
 * item balances and metrics are all derived from it, so they can never disagree.
 */
import type {
  CustomerMetrics,
  CustomerRef,
  ItemBalance,
  ItemDefinition,
  OwnedProduct,
  Price,
  ProductGrantEntry,
  SubscriptionState,
  Transaction,
  TransactionEntry,
} from '../../adapter/types'
import { snapshotOf, type PurchasableProduct } from './catalog'
import { accumulate, multiplyMoney, type Money } from '../../lib/decimal'
import { totalSpent } from '../../lib/payments'
import { addInterval, iso } from './time'

/** A subscription as the ledger tracks it. */
export interface SubscriptionRecord {
  id: string
  productId: string | null
  /** The product line of its product; a grant into the line ends it. */
  productLineId: string | null
  status: SubscriptionState['status']
  currentPeriodEnd: string | null
  cancelAtPeriodEnd: boolean
  /** When it ended (replaced by a grant in its product line, or fully refunded); `null` while it runs. */
  endedAt: string | null
}

export interface Ledger {
  customer: CustomerRef
  /** Newest first; among equal times, the last recorded first. */
  transactions: Transaction[]
  subscriptions: Map<string, SubscriptionRecord>
}

export function emptyLedger(customer: CustomerRef): Ledger {
  return { customer: { type: customer.type, id: customer.id }, transactions: [], subscriptions: new Map() }
}

/** Inserts a transaction at its place in the newest-first order (before others of the same time). */
export function insertTransaction(ledger: Ledger, transaction: Transaction): void {
  const list = ledger.transactions
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((list[mid]?.createdAt ?? '') > transaction.createdAt) lo = mid + 1
    else hi = mid
  }
  list.splice(lo, 0, transaction)
}

/** What one purchase (paid, test-mode or granted) consists of. */
export interface PurchaseInput {
  id: string
  product: PurchasableProduct
  /** `null` for grants. */
  price: Price | null
  currency: string | null
  quantity: number
  at: string
  testMode: boolean
  /** Whether money moved (`false` for grants, test mode and a free trial's start). */
  charged: boolean
  /** Present when the purchase starts a subscription. */
  subscription?: Omit<SubscriptionRecord, 'id' | 'productId' | 'productLineId'>
}

/** The interval that makes a purchase a subscription: the price's, or for grants the first price's. */
export function subscriptionIntervalOf(product: PurchasableProduct, price: Price | null) {
  return price ? price.interval : (product.prices[0]?.interval ?? null)
}

/** The amount charged for a purchase: price × quantity in one currency. */
export function chargeOf(price: Price, currency: string, quantity: number): Money {
  const amount = price.amounts[currency]
  return amount === undefined ? {} : multiplyMoney({ [currency]: amount }, quantity)
}

function purchaseEntries(customer: CustomerRef, input: PurchaseInput): TransactionEntry[] {
  const isSubscription = input.subscription !== undefined
  const grant: ProductGrantEntry = {
    type: 'product_grant',
    customer: { ...customer },
    productId: input.product.id,
    product: snapshotOf(input.product),
    priceId: input.price?.id ?? null,
    quantity: input.quantity,
    ...(isSubscription ? { subscriptionId: input.id } : { oneTimePurchaseId: input.id }),
  }
  const entries: TransactionEntry[] = [grant]
  if (input.charged && input.price && input.currency) {
    entries.push({ type: 'money_transfer', customer: { ...customer }, chargedAmount: chargeOf(input.price, input.currency, input.quantity) })
  }
  for (const item of input.product.includedItems) {
    entries.push({ type: 'item_quantity_change', customer: { ...customer }, itemId: item.itemId, quantity: item.quantity * input.quantity })
  }
  return entries
}

/** Records a purchase: its transaction, and its subscription when it starts one. */
export function recordPurchase(ledger: Ledger, input: PurchaseInput): Transaction {
  const transaction: Transaction = {
    id: input.id,
    type: 'purchase',
    createdAt: input.at,
    testMode: input.testMode,
    entries: purchaseEntries(ledger.customer, input),
    refund: null,
  }
  insertTransaction(ledger, transaction)
  if (input.subscription) {
    const { id, productLineId } = input.product
    ledger.subscriptions.set(input.id, { id: input.id, productId: id, productLineId, ...input.subscription })
  }
  return transaction
}

/** Ends the running subscriptions of a product line (a plan change, or a grant into the line). */
export function endSubscriptionsInLine(ledger: Ledger, productLineId: string | null, at: string): void {
  if (productLineId === null) return
  for (const record of ledger.subscriptions.values()) {
    if (record.productLineId === productLineId && record.endedAt === null) record.endedAt = at
  }
}

/**
 * Grants a product without charge (`priceId: null`, no money transfer): a product whose first
 * price has an interval becomes an active subscription; granting into a product line ends the
 * line's running subscriptions. A product without prices does nothing, as in the backend.
 *
 * @returns the new subscription's id, when the grant started one.
 */
export function grantInto(ledger: Ledger, product: PurchasableProduct, quantity: number, atMs: number, id: string): string | undefined {
  if (product.prices.length === 0) return undefined
  const interval = subscriptionIntervalOf(product, null)
  const at = iso(atMs)
  endSubscriptionsInLine(ledger, product.productLineId, at)
  recordPurchase(ledger, {
    id,
    product,
    price: null,
    currency: null,
    quantity,
    at,
    testMode: false,
    charged: false,
    subscription: interval
      ? { status: 'active', currentPeriodEnd: iso(addInterval(atMs, interval)), cancelAtPeriodEnd: false, endedAt: null }
      : undefined,
  })
  return interval ? id : undefined
}

/** Records a manual change of an item's balance. */
export function recordItemChange(ledger: Ledger, id: string, itemId: string, delta: number, at: string): Transaction {
  const transaction: Transaction = {
    id,
    type: 'manual-item-quantity-change',
    createdAt: at,
    testMode: false,
    entries: [{ type: 'item_quantity_change', customer: { ...ledger.customer }, itemId, quantity: delta }],
    refund: null,
  }
  insertTransaction(ledger, transaction)
  return transaction
}

/** Records a subscription renewal that charged `amount`. */
export function recordRenewal(ledger: Ledger, id: string, amount: Money, at: string): Transaction {
  const transaction: Transaction = {
    id,
    type: 'subscription-renewal',
    createdAt: at,
    testMode: false,
    entries: [{ type: 'money_transfer', customer: { ...ledger.customer }, chargedAmount: { ...amount } }],
    refund: null,
  }
  insertTransaction(ledger, transaction)
  return transaction
}

/** The money a transaction charged, summed over its money-transfer entries. */
export function chargedAmountOf(transaction: Transaction): Money {
  const total: Money = {}
  for (const entry of transaction.entries) {
    if (entry.type === 'money_transfer') accumulate(total, entry.chargedAmount)
  }
  return total
}

/** The product-grant entry of a purchase. */
export function grantEntryOf(transaction: Transaction): ProductGrantEntry | undefined {
  return transaction.entries.find((entry): entry is ProductGrantEntry => entry.type === 'product_grant')
}

/** The subscription a product-grant entry started, if it still runs. */
export function activeSubscriptionOf(ledger: Ledger, entry: ProductGrantEntry): SubscriptionRecord | undefined {
  const record = entry.subscriptionId ? ledger.subscriptions.get(entry.subscriptionId) : undefined
  return record && record.endedAt === null ? record : undefined
}

function toState(record: SubscriptionRecord): SubscriptionState {
  return {
    id: record.id,
    status: record.status,
    currentPeriodEnd: record.currentPeriodEnd,
    cancelAtPeriodEnd: record.cancelAtPeriodEnd,
    isCancelable: true,
  }
}

function ownedKey(transaction: Transaction, entry: ProductGrantEntry): string {
  return entry.productId ?? `\u0000inline:${transaction.id}`
}

function byProductId(a: OwnedProduct, b: OwnedProduct): number {
  if (a.id === b.id) return 0
  if (a.id === null) return 1
  if (b.id === null) return -1
  return a.id < b.id ? -1 : 1
}

/** Whether a purchase moved money: not test mode, and a non-zero charge. */
function paid(transaction: Transaction): boolean {
  return !transaction.testMode && Object.values(chargedAmountOf(transaction)).some((value) => /[1-9]/.test(value))
}

/**
 * The price a grant entry was bought at: its id, and the price's amount per unit in the currency
 * charged (every currency when nothing was charged) with its interval; `null` for a grant.
 */
function boughtAt(transaction: Transaction, entry: ProductGrantEntry): Pick<OwnedProduct, 'priceId' | 'price'> {
  const price = entry.priceId === null ? undefined : entry.product.prices.find((p) => p.id === entry.priceId)
  if (!price) return { priceId: entry.priceId, price: null }
  const charged = Object.keys(chargedAmountOf(transaction)).filter((currency) => price.amounts[currency] !== undefined)
  const amounts = charged.length > 0 ? Object.fromEntries(charged.map((currency) => [currency, price.amounts[currency] ?? '0'])) : { ...price.amounts }
  return { priceId: price.id, price: { amounts, interval: price.interval } }
}

/**
 * Adds one product-grant entry to the owned rows (oldest purchase first). A subscription takes the
 * price of the purchase that started it; a one-time product the price of its newest purchase that
 * charged money (a later free grant or test purchase does not replace it).
 */
function addGrant(ledger: Ledger, rows: Map<string, OwnedProduct>, transaction: Transaction, entry: ProductGrantEntry, paidRows: Set<string>): void {
  const subscription = activeSubscriptionOf(ledger, entry)
  if (entry.subscriptionId && !subscription) return
  const key = ownedKey(transaction, entry)
  const row: OwnedProduct = rows.get(key) ?? { id: entry.productId, quantity: 0, kind: 'one_time', product: entry.product, subscription: null }
  row.quantity += entry.quantity
  if (subscription) {
    row.kind = 'subscription'
    row.subscription = toState(subscription)
    row.product = entry.product
    Object.assign(row, boughtAt(transaction, entry))
  } else if (paid(transaction) || !paidRows.has(key)) {
    Object.assign(row, boughtAt(transaction, entry))
    if (paid(transaction)) paidRows.add(key)
  }
  rows.set(key, row)
}

/**
 * What a customer owns: grants of purchases that were not fully refunded and whose subscription
 * (if any) still runs, summed per product and sorted by product id (inline products last).
 */
export function ownedProducts(ledger: Ledger, options: { hideServerOnly?: boolean } = {}): OwnedProduct[] {
  const rows = new Map<string, OwnedProduct>()
  const paidRows = new Set<string>()
  for (let i = ledger.transactions.length - 1; i >= 0; i--) {
    const transaction = ledger.transactions[i]
    if (!transaction || transaction.type !== 'purchase' || transaction.refund?.kind === 'full') continue
    for (const entry of transaction.entries) {
      if (entry.type === 'product_grant') addGrant(ledger, rows, transaction, entry, paidRows)
    }
  }
  return [...rows.values()]
    .filter((row) => row.quantity > 0 && !(options.hideServerOnly && row.product.serverOnly))
    .sort(byProductId)
    .map((row) => structuredClone(row))
}

/** Whether the customer owns the product with this id. */
export function ownsProduct(ledger: Ledger, productId: string): boolean {
  return ownedProducts(ledger).some((row) => row.id === productId)
}

/** The balance of every item of the customer's type (0 when untouched; may be negative). */
export function itemBalances(ledger: Ledger, items: ItemDefinition[]): ItemBalance[] {
  const totals = new Map<string, number>()
  for (const transaction of ledger.transactions) {
    for (const entry of transaction.entries) {
      if (entry.type === 'item_quantity_change') totals.set(entry.itemId, (totals.get(entry.itemId) ?? 0) + entry.quantity)
    }
  }
  return items.map((item) => ({ itemId: item.id, displayName: item.displayName, quantity: totals.get(item.id) ?? 0 }))
}

/** The balance of one item. */
export function itemBalance(ledger: Ledger, item: ItemDefinition): number {
  return itemBalances(ledger, [item])[0]?.quantity ?? 0
}

function lastActivity(ledger: Ledger): string | null {
  let last: string | null = null
  for (const transaction of ledger.transactions) {
    for (const at of [transaction.createdAt, transaction.refund?.refundedAt]) {
      if (at && (last === null || at > last)) last = at
    }
  }
  return last
}

/** Figures derived from the ledger: spend (test mode excluded, refunds subtracted), counts, last activity. */
export function metricsOf(ledger: Ledger): CustomerMetrics {
  const owned = ownedProducts(ledger)
  return {
    totalSpent: totalSpent(ledger.transactions),
    activeSubscriptions: owned.filter((row) => row.subscription !== null).length,
    productsOwned: owned.length,
    transactionCount: ledger.transactions.length,
    refundCount: ledger.transactions.filter((t) => t.refund !== null).length,
    lastActivityAt: lastActivity(ledger),
  }
}
