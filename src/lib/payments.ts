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

/** The purchase entry that gave the customer an owned product, among the loaded transactions (newest first). */
export function purchaseOf(product: OwnedProduct, transactions: Transaction[]): { entry: ProductGrantEntry; transaction: Transaction } | null {
  const subscriptionId = product.subscription?.id ?? null
  for (const transaction of transactions) {
    if (transaction.type !== 'purchase') continue
    for (const entry of grantEntries(transaction)) {
      const matches = subscriptionId
        ? entry.subscriptionId === subscriptionId
        : product.id !== null
          ? entry.productId === product.id
          : // An inline one-time product has no id: match its grant by name.
            entry.productId === null && !entry.subscriptionId && entry.product.displayName === product.product.displayName
      if (matches) return { entry, transaction }
    }
  }
  return null
}

/**
 * What is known about an owned product's price: the price its purchase (among the loaded
 * transactions, newest first) was made at, with the currency charged; "granted" for a grant
 * without a price; else the product's only price, "free" when it has none, "unknown" when it has
 * several and no purchase says which.
 */
export function ownedProductPrice(product: OwnedProduct, transactions: Transaction[]): OwnedProductPrice {
  const purchase = purchaseOf(product, transactions)
  if (purchase) {
    const { entry, transaction } = purchase
    if (entry.priceId === null) return { kind: 'granted' }
    const price = entry.product.prices.find((p) => p.id === entry.priceId)
    if (price) return { kind: 'price', price, currency: Object.keys(transactionAmounts(transaction))[0] ?? null }
  }
  const [only, ...others] = product.product.prices
  if (!only) return { kind: 'free' }
  return others.length === 0 ? { kind: 'price', price: only, currency: null } : { kind: 'unknown' }
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
