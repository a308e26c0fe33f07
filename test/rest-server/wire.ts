/** Contract types (from the memory adapter) → the API's snake_case wire shapes. */
import type { BillingInfo, Customer, CustomerRef, OwnedProduct, Price, ProductCatalog, ProductSnapshot, Transaction, TransactionEntry } from '../../src/adapter/types'
import type { ConfigPayments, WireBilling, WireEntry, WireInlineProduct, WireOwnedProduct, WirePrice, WireTransaction } from '../../src/adapters/rest/wire'

const ms = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : 0)

/** A full User object, every field of section 2.1 present (fields the memory adapter has no data for get the API's defaults). */
export function wireUser(c: Customer): Record<string, unknown> {
  return {
    id: c.id,
    display_name: c.displayName,
    primary_email: c.email ?? null,
    primary_email_verified: c.email != null,
    primary_email_auth_enabled: c.email != null,
    profile_image_url: c.avatarUrl ?? null,
    signed_up_at_millis: ms(c.createdAt),
    last_active_at_millis: ms(c.createdAt),
    has_password: false,
    otp_auth_enabled: false,
    passkey_auth_enabled: false,
    client_metadata: null,
    client_read_only_metadata: null,
    server_metadata: null,
    selected_team_id: null,
    selected_team: null,
    is_anonymous: false,
    is_restricted: false,
    restricted_reason: null,
    restricted_by_admin: false,
    restricted_by_admin_reason: null,
    restricted_by_admin_private_details: null,
    country_code: null,
    risk_scores: { sign_up: { bot: 0, free_trial_abuse: 0 } },
    oauth_providers: [],
    auth_with_email: c.email != null,
    requires_totp_mfa: false,
  }
}

/** A Team object. */
export function wireTeam(c: Customer): Record<string, unknown> {
  return {
    id: c.id,
    display_name: c.displayName ?? c.id,
    profile_image_url: c.avatarUrl ?? null,
    created_at_millis: ms(c.createdAt),
    client_metadata: null,
    client_read_only_metadata: null,
    server_metadata: null,
  }
}

function wirePrice(price: Price): WirePrice {
  return {
    ...price.amounts,
    ...(price.interval ? { interval: price.interval } : {}),
    ...(price.freeTrial ? { free_trial: price.freeTrial } : {}),
  }
}

/** An InlineProduct snapshot. */
export function wireProduct(p: ProductSnapshot): WireInlineProduct {
  return {
    display_name: p.displayName,
    customer_type: p.customerType,
    server_only: p.serverOnly,
    stackable: p.stackable,
    prices: Object.fromEntries(p.prices.map((price) => [price.id, wirePrice(price)])),
    included_items: Object.fromEntries(p.includedItems.map((i) => [i.itemId, { quantity: i.quantity, repeat: i.repeat, expires: i.expires }])),
    client_metadata: null,
    client_read_only_metadata: null,
    server_metadata: null,
  }
}

/** An owned product row. */
export function wireOwned(o: OwnedProduct): WireOwnedProduct {
  const s = o.subscription
  return {
    id: o.id,
    quantity: o.quantity,
    type: o.kind,
    subscription: s
      ? { subscription_id: s.id, current_period_end: s.currentPeriodEnd, cancel_at_period_end: s.cancelAtPeriodEnd, is_cancelable: true }
      : null,
    product: wireProduct(o.product),
  }
}

function wireEntry(e: TransactionEntry): WireEntry {
  if (e.type === 'product_revocation') {
    return { type: e.type, adjusted_transaction_id: e.adjustedTransactionId, adjusted_entry_index: e.adjustedEntryIndex, quantity: e.quantity }
  }
  const base = { adjusted_transaction_id: null, adjusted_entry_index: null, customer_type: e.customer.type, customer_id: e.customer.id }
  if (e.type === 'money_transfer') {
    return { ...base, type: e.type, charged_amount: e.chargedAmount, net_amount: { USD: e.chargedAmount.USD ?? '0' } }
  }
  if (e.type === 'item_quantity_change') return { ...base, type: e.type, item_id: e.itemId, quantity: e.quantity }
  return {
    ...base,
    type: e.type,
    product_id: e.productId,
    product: wireProduct(e.product),
    price_id: e.priceId,
    quantity: e.quantity,
    ...(e.subscriptionId ? { subscription_id: e.subscriptionId } : { one_time_purchase_id: e.oneTimePurchaseId ?? '' }),
  }
}

/** A transaction; a refund shows up only as `adjusted_by`. */
export function wireTransaction(t: Transaction): WireTransaction {
  const at = ms(t.createdAt)
  return {
    id: t.id,
    type: t.type,
    created_at_millis: at,
    effective_at_millis: at,
    test_mode: t.testMode,
    adjusted_by: t.refund ? [{ transaction_id: `${t.id}:refund`, entry_index: 0 }] : [],
    entries: t.entries.map(wireEntry),
  }
}

/**
 * The refund transaction of a refunded transaction, as `type=refund` lists it (the published SDK's
 * schema): one money transfer adjusting the refunded transaction's, whose `charged_amount` is what
 * was given back. `null` when the transaction was not refunded, or by an unknown amount.
 */
export function wireRefundTransaction(t: Transaction, customer: CustomerRef): WireTransaction | null {
  const refund = t.refund
  if (!refund?.amount) return null
  const at = ms(refund.refundedAt ?? t.createdAt)
  const index = t.entries.findIndex((e) => e.type === 'money_transfer')
  return {
    id: `${t.id}:refund`,
    type: 'refund',
    created_at_millis: at,
    effective_at_millis: at,
    test_mode: false,
    adjusted_by: [],
    entries: [
      {
        type: 'money_transfer',
        adjusted_transaction_id: t.id,
        adjusted_entry_index: Math.max(0, index),
        customer_type: customer.type,
        customer_id: customer.id,
        charged_amount: { ...refund.amount },
        net_amount: { USD: refund.amount.USD ?? '0' },
      },
    ],
  }
}

/** A billing answer: the customer flag and the default card, or `null`. */
export function wireBilling(b: BillingInfo): WireBilling {
  const card = b.defaultPaymentMethod
  return {
    has_customer: b.hasCustomer,
    default_payment_method: card ? { id: card.id, brand: card.brand, last4: card.last4, exp_month: card.expMonth, exp_year: card.expYear } : null,
  }
}

/** The camelCase `payments` config of a catalog. */
export function configOf(catalog: ProductCatalog, blockNewPurchases: boolean): ConfigPayments {
  return {
    testMode: true,
    blockNewPurchases,
    productLines: Object.fromEntries(catalog.productLines.map((l) => [l.id, { displayName: l.displayName, customerType: l.customerType }])),
    items: Object.fromEntries(catalog.items.map((i) => [i.id, { displayName: i.displayName, customerType: i.customerType }])),
    products: Object.fromEntries(
      catalog.products.map((p) => [
        p.id,
        {
          displayName: p.displayName,
          customerType: p.customerType,
          ...(p.productLineId ? { productLineId: p.productLineId } : {}),
          serverOnly: p.serverOnly,
          stackable: p.stackable,
          isAddOnTo: p.isAddOnTo.length ? Object.fromEntries(p.isAddOnTo.map((id) => [id, true])) : false,
          prices: Object.fromEntries(p.prices.map((price) => [price.id, { ...wirePrice(price), ...(price.serverOnly ? { serverOnly: true } : {}) }])),
          includedItems: Object.fromEntries(p.includedItems.map((i) => [i.itemId, { quantity: i.quantity, repeat: i.repeat, expires: i.expires }])),
        },
      ]),
    ),
  }
}
