/** snake_case wire shapes → the contract's camelCase types. */
import type {
  BillingInfo,
  CustomerType,
  IncludedItem,
  Interval,
  ItemDefinition,
  OwnedProduct,
  Price,
  Product,
  ProductCatalog,
  ProductLine,
  ProductSnapshot,
  Transaction,
  TransactionEntry,
} from '../../adapter/types'
import type {
  ConfigPayments,
  ConfigPrice,
  ConfigProduct,
  WireBilling,
  WireEntry,
  WireInlineProduct,
  WireInterval,
  WireOwnedProduct,
  WirePrice,
  WireTransaction,
} from './wire'
import { PaymentsError } from '../../adapter/errors'
import { isoOf } from './customer-rows'
import { isRefunded, refundStateOf, type RefundIndex } from './refunds'

const NO_REFUNDS: RefundIndex = new Map()

const CURRENCY_RE = /^[A-Z]{3}$/

function intervalOf(value: unknown): Interval | null {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' ? (value as WireInterval) : null
}

/** The currency keys of a price map (`{ USD: '9', interval: [...] }` → `{ USD: '9' }`). */
function amountsOf(price: WirePrice | ConfigPrice): Record<string, string> {
  const amounts: Record<string, string> = {}
  for (const [key, value] of Object.entries(price)) {
    if (CURRENCY_RE.test(key) && typeof value === 'string') amounts[key] = value
  }
  return amounts
}

function priceOf(id: string, price: WirePrice | ConfigPrice): Price {
  const serverOnly = price.server_only ?? price.serverOnly
  return {
    id,
    amounts: amountsOf(price),
    interval: intervalOf(price.interval),
    freeTrial: intervalOf(price.free_trial ?? price.freeTrial),
    ...(typeof serverOnly === 'boolean' ? { serverOnly } : {}),
  }
}

function includedOf(itemId: string, item: { quantity: number; repeat?: WireInterval | 'never'; expires?: IncludedItem['expires'] }): IncludedItem {
  return { itemId, quantity: item.quantity, repeat: intervalOf(item.repeat) ?? 'never', expires: item.expires ?? 'when-repeated' }
}

/** An InlineProduct snapshot. The wire has no product line or add-on data (listOwnedProducts joins them from the config). */
export function snapshotOf(product: WireInlineProduct): ProductSnapshot {
  return {
    displayName: product.display_name,
    customerType: product.customer_type,
    productLineId: null,
    serverOnly: product.server_only,
    stackable: product.stackable,
    isAddOnTo: [],
    prices: Object.entries(product.prices ?? {}).map(([id, price]) => priceOf(id, price)),
    includedItems: Object.entries(product.included_items ?? {}).map(([id, item]) => includedOf(id, item)),
  }
}

/** An owned product row. */
export function ownedProductOf(row: WireOwnedProduct): OwnedProduct {
  const sub = row.subscription
  return {
    id: row.id,
    quantity: row.quantity,
    kind: row.type,
    product: snapshotOf(row.product),
    subscription: sub
      ? { id: sub.subscription_id, status: 'active', currentPeriodEnd: sub.current_period_end, cancelAtPeriodEnd: sub.cancel_at_period_end, isCancelable: sub.is_cancelable }
      : null,
  }
}

function entryOf(entry: WireEntry): TransactionEntry {
  if (entry.type === 'product_revocation') {
    return { type: 'product_revocation', adjustedTransactionId: entry.adjusted_transaction_id, adjustedEntryIndex: entry.adjusted_entry_index, quantity: entry.quantity }
  }
  const customer = { type: entry.customer_type, id: entry.customer_id }
  if (entry.type === 'money_transfer') return { type: 'money_transfer', customer, chargedAmount: { ...entry.charged_amount } }
  if (entry.type === 'item_quantity_change') return { type: 'item_quantity_change', customer, itemId: entry.item_id, quantity: entry.quantity }
  return {
    type: 'product_grant',
    customer,
    productId: entry.product_id,
    product: snapshotOf(entry.product),
    priceId: entry.price_id,
    quantity: entry.quantity,
    ...(entry.subscription_id !== undefined ? { subscriptionId: entry.subscription_id } : {}),
    ...(entry.one_time_purchase_id !== undefined ? { oneTimePurchaseId: entry.one_time_purchase_id } : {}),
  }
}

/**
 * A transaction of a customer's history (not a refund row). The wire only says *that* it was
 * refunded (`adjusted_by`); how much, when and whether in part come from its refund transaction
 * in `refunds` (see `./refunds`), and without one it is reported as `{ kind: 'full' }`.
 */
export function transactionOf(txn: WireTransaction, refunds: RefundIndex = NO_REFUNDS): Transaction {
  if (txn.type === 'refund') throw new PaymentsError('invalid_response', { path: 'type', message: 'A refund transaction is not part of a customer\'s history.' })
  return {
    id: txn.id,
    type: txn.type,
    createdAt: isoOf(txn.created_at_millis),
    testMode: txn.test_mode,
    entries: txn.entries.map(entryOf),
    refund: refundStateOf(txn, refunds),
  }
}

export { isRefunded }

/** Whether a transaction has an entry for this customer. */
export function involves(txn: WireTransaction, customer: { type: CustomerType; id: string }): boolean {
  return txn.entries.some((e) => e.type !== 'product_revocation' && e.customer_type === customer.type && e.customer_id === customer.id)
}

/** Billing state: whether a payment-provider customer exists, and its default card. */
export function billingOf(billing: WireBilling): BillingInfo {
  const card = billing.default_payment_method
  return {
    hasCustomer: billing.has_customer,
    defaultPaymentMethod: card ? { id: card.id, brand: card.brand, last4: card.last4, expMonth: card.exp_month, expYear: card.exp_year } : null,
  }
}

function configProductOf(id: string, p: ConfigProduct): Product {
  const prices = p.prices === 'include-by-default' || !p.prices ? [] : Object.entries(p.prices).map(([pid, price]) => priceOf(pid, price))
  return {
    id,
    displayName: p.displayName ?? id,
    customerType: p.customerType ?? 'user',
    productLineId: p.productLineId ?? null,
    serverOnly: p.serverOnly ?? false,
    stackable: p.stackable ?? false,
    isAddOnTo: p.isAddOnTo ? Object.keys(p.isAddOnTo).filter((key) => p.isAddOnTo && p.isAddOnTo[key]) : [],
    prices,
    includedItems: Object.entries(p.includedItems ?? {}).map(([itemId, item]) => includedOf(itemId, item)),
  }
}

/** The catalog in the config's `payments`, optionally only of one customer type. */
export function catalogOf(payments: ConfigPayments | undefined, customerType?: CustomerType): ProductCatalog {
  const keep = (type: CustomerType) => customerType === undefined || type === customerType
  const products = Object.entries(payments?.products ?? {}).map(([id, p]) => configProductOf(id, p))
  const productLines: ProductLine[] = Object.entries(payments?.productLines ?? {}).map(([id, l]) => ({ id, displayName: l.displayName ?? id, customerType: l.customerType ?? 'user' }))
  const items: ItemDefinition[] = Object.entries(payments?.items ?? {}).map(([id, i]) => ({ id, displayName: i.displayName ?? id, customerType: i.customerType ?? 'user' }))
  return {
    products: products.filter((p) => keep(p.customerType)),
    productLines: productLines.filter((l) => keep(l.customerType)),
    items: items.filter((i) => keep(i.customerType)),
  }
}
