/**
 * The payments domain, without React or formatting: what a transaction charged, which price an
 * owned product was bought at, and which products and transactions the cancel and refund actions
 * apply to. The components, the hooks and the dialogs all use these; unit tests in
 * test/lib/payments.test.ts.
 */
import type { OwnedProduct, Price, ProductGrantEntry, Transaction } from '../adapter/types'
import { accumulate, type Money } from './decimal'

/** What is known about the price of an owned product. */
export type OwnedProductPrice =
  /** The price paid (from the purchase), or the product's only price; `currency` when known. */
  | { kind: 'price'; price: Price; currency: string | null }
  /** The product has no prices. */
  | { kind: 'free' }
  /** Granted without charge. */
  | { kind: 'granted' }
  /** Several prices and no purchase loaded that says which one. */
  | { kind: 'unknown' }

/** The money a transaction moved, summed per currency over its money-transfer entries. */
export function transactionAmounts(transaction: Transaction): Record<string, string> {
  const amounts: Money = {}
  for (const entry of transaction.entries) {
    if (entry.type === 'money_transfer') accumulate(amounts, entry.chargedAmount)
  }
  return amounts
}

/** Whether a transaction moved any non-zero money. */
export function hasMoney(transaction: Transaction): boolean {
  return Object.values(transactionAmounts(transaction)).some((value) => /[1-9]/.test(value))
}

/** The product grants of a transaction. */
export function grantEntries(transaction: Transaction): ProductGrantEntry[] {
  return transaction.entries.filter((entry): entry is ProductGrantEntry => entry.type === 'product_grant')
}

/** A purchase's product grant with its transaction. */
export interface PurchaseMatch {
  entry: ProductGrantEntry
  transaction: Transaction
}

/** Whether a product-grant entry is a purchase of this owned product (its subscription, or the same product). */
function grants(product: OwnedProduct, entry: ProductGrantEntry, bySubscription: boolean): boolean {
  const subscriptionId = product.subscription?.id ?? null
  if (bySubscription) return subscriptionId !== null && entry.subscriptionId === subscriptionId
  if (product.id !== null) return entry.productId === product.id && (product.kind === 'subscription') === Boolean(entry.subscriptionId)
  // An inline product has no id: match its grant by name.
  return entry.productId === null && (product.kind === 'subscription') === Boolean(entry.subscriptionId) && entry.product.displayName === product.product.displayName
}

/** Whether a purchase charged money: not test mode, and a non-zero amount. */
export function isPaid(transaction: Transaction): boolean {
  return !transaction.testMode && hasMoney(transaction)
}

/** Every product grant of the loaded purchases, newest first. */
function purchaseGrants(transactions: Transaction[]): PurchaseMatch[] {
  const matches: PurchaseMatch[] = []
  for (const transaction of transactions) {
    if (transaction.type !== 'purchase') continue
    for (const entry of grantEntries(transaction)) matches.push({ entry, transaction })
  }
  return matches
}

/**
 * The purchase that says for sure what an owned product was bought at, among the loaded
 * transactions (newest first): a subscription's own purchase (by subscription id); for a one-time
 * product, the newest purchase that charged money (never a later free grant or test purchase).
 */
export function purchaseOf(product: OwnedProduct, transactions: Transaction[]): PurchaseMatch | null {
  const matches = purchaseGrants(transactions)
  if (product.kind === 'subscription') return matches.find((m) => grants(product, m.entry, true)) ?? null
  return matches.find((m) => grants(product, m.entry, false) && isPaid(m.transaction)) ?? null
}

/** The newest loaded purchase of the same product (a subscription whose own purchase is not loaded, or an unpaid one-time grant). */
function latestPurchaseOf(product: OwnedProduct, transactions: Transaction[]): PurchaseMatch | null {
  return purchaseGrants(transactions).find((m) => grants(product, m.entry, false)) ?? null
}

/** What a purchase says of the price: "granted" without a price, the price with the currency charged, or `undefined` for a price the snapshot lacks. */
function purchasePrice({ entry, transaction }: PurchaseMatch): OwnedProductPrice | undefined {
  if (entry.priceId === null) return { kind: 'granted' }
  const price = entry.product.prices.find((p) => p.id === entry.priceId)
  return price ? { kind: 'price', price, currency: Object.keys(transactionAmounts(transaction))[0] ?? null } : undefined
}

/** The currency of an amount map when it has exactly one. */
function onlyCurrency(amounts: Record<string, string>): string | null {
  const [first, ...rest] = Object.keys(amounts)
  return first !== undefined && rest.length === 0 ? first : null
}

/** The price an adapter reported with an owned product (`priceId` / `price`); `undefined` when it did not say. */
function reportedPrice(product: OwnedProduct): OwnedProductPrice | undefined {
  const bought = product.price ?? null
  if (product.priceId === undefined && !bought) return undefined
  if (product.priceId === null && !bought) return { kind: 'granted' }
  const listed = product.product.prices.find((p) => p.id === product.priceId)
  if (!listed && !bought) return undefined
  const price: Price = {
    id: product.priceId ?? listed?.id ?? '',
    amounts: { ...(bought ?? listed)?.amounts },
    interval: bought ? bought.interval : (listed?.interval ?? null),
    freeTrial: listed?.freeTrial ?? null,
  }
  return { kind: 'price', price, currency: bought ? onlyCurrency(bought.amounts) : null }
}

/**
 * What is known about an owned product's price, most certain first: the purchase that bought it
 * among the loaded transactions (a subscription's own purchase; a one-time product's newest paid
 * purchase, never a later free grant's zero), with the currency charged; the price the adapter
 * reported with the product (`priceId` / `price`); the newest loaded purchase of the same product
 * ("granted" for a grant without a price); the product's only price; "free" when it has none;
 * "unknown" when it has several and nothing says which.
 */
export function ownedProductPrice(product: OwnedProduct, transactions: Transaction[]): OwnedProductPrice {
  const exact = purchaseOf(product, transactions)
  const known = (exact && purchasePrice(exact)) ?? reportedPrice(product)
  if (known) return known
  const latest = latestPurchaseOf(product, transactions)
  const guessed = latest && purchasePrice(latest)
  if (guessed) return guessed
  const [only, ...others] = product.product.prices
  if (!only) return { kind: 'free' }
  return others.length === 0 ? { kind: 'price', price: only, currency: null } : { kind: 'unknown' }
}

/**
 * What a transaction's refund gave back, per currency: its amount when the adapter knows it; all
 * that was charged for a full refund without one; nothing for a partial refund of unknown amount
 * (and for a transaction not refunded).
 */
export function refundedAmounts(transaction: Transaction): Record<string, string> {
  const refund = transaction.refund
  if (!refund) return {}
  if (refund.amount) return { ...refund.amount }
  return refund.kind === 'full' ? transactionAmounts(transaction) : {}
}

/**
 * What a customer spent, per currency, over `transactions`: every charge outside test mode, less
 * what its refund gave back (only the refunded part of a partial refund).
 */
export function totalSpent(transactions: Transaction[]): Record<string, string> {
  const total: Money = {}
  for (const transaction of transactions) {
    if (transaction.testMode) continue
    accumulate(total, transactionAmounts(transaction))
    accumulate(total, refundedAmounts(transaction), -1)
  }
  return total
}

/** An active, cancelable subscription not already cancelling. */
export function isCancelable(product: OwnedProduct): boolean {
  const subscription = product.subscription
  return product.kind === 'subscription' && subscription !== null && subscription.isCancelable && !subscription.cancelAtPeriodEnd
}

/** A purchase that moved money, not in test mode, not refunded. */
export function isRefundable(transaction: Transaction): boolean {
  return transaction.type === 'purchase' && !transaction.testMode && transaction.refund === null && hasMoney(transaction)
}

/** How many decimals `currency` has in `locale` (2 for USD, 0 for JPY); 2 for an unknown or malformed code. */
export function currencyDigits(locale: string, currency: string | undefined): number {
  if (currency === undefined) return 2
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}
