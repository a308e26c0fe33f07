/** The Hexclave API's snake_case wire shapes (see the API reference, sections 2 and 3). */

/** `[count, unit]` as the API sends it. */
export type WireInterval = [number, 'day' | 'week' | 'month' | 'year']

/** A user as `GET /users` returns it (only the fields the adapter reads are typed). */
export interface WireUser {
  id: string
  display_name: string | null
  primary_email: string | null
  profile_image_url: string | null
  signed_up_at_millis: number
}

/** A team as `GET /teams` returns it. */
export interface WireTeam {
  id: string
  display_name: string
  profile_image_url: string | null
  created_at_millis: number
}

/** The list shape of users, teams and owned products. */
export interface WireList<T> {
  items: T[]
  is_paginated: boolean
  pagination?: { next_cursor: string | null }
}

/** One price: currency codes → money strings, plus optional `interval` / `free_trial` / `server_only`. */
export type WirePrice = Record<string, string | WireInterval | boolean | undefined>

export interface WireIncludedItem {
  quantity: number
  repeat: WireInterval | 'never'
  expires: 'never' | 'when-purchase-expires' | 'when-repeated'
}

/** A product snapshot (InlineProduct). */
export interface WireInlineProduct {
  display_name: string
  customer_type: 'user' | 'team' | 'custom'
  server_only: boolean
  stackable: boolean
  prices: Record<string, WirePrice>
  included_items: Record<string, WireIncludedItem>
  client_metadata: unknown
  client_read_only_metadata: unknown
  server_metadata: unknown
}

export interface WireOwnedProduct {
  id: string | null
  quantity: number
  type: 'one_time' | 'subscription'
  subscription: {
    subscription_id: string | null
    current_period_end: string | null
    cancel_at_period_end: boolean
    is_cancelable: boolean
  } | null
  product: WireInlineProduct
}

interface WireEntryBase {
  adjusted_transaction_id: string | null
  adjusted_entry_index: number | null
}

interface WireCustomerEntry extends WireEntryBase {
  customer_type: 'user' | 'team' | 'custom'
  customer_id: string
}

export interface WireProductGrantEntry extends WireCustomerEntry {
  type: 'product_grant'
  product_id: string | null
  product: WireInlineProduct
  price_id: string | null
  quantity: number
  subscription_id?: string
  one_time_purchase_id?: string
}

export interface WireMoneyTransferEntry extends WireCustomerEntry {
  type: 'money_transfer'
  charged_amount: Record<string, string>
  net_amount: Record<string, string>
}

export interface WireItemQuantityChangeEntry extends WireCustomerEntry {
  type: 'item_quantity_change'
  item_id: string
  quantity: number
}

export interface WireProductRevocationEntry {
  type: 'product_revocation'
  adjusted_transaction_id: string
  adjusted_entry_index: number
  quantity: number
}

export type WireEntry = WireProductGrantEntry | WireMoneyTransferEntry | WireItemQuantityChangeEntry | WireProductRevocationEntry

export interface WireTransaction {
  id: string
  type:
    | 'purchase'
    | 'subscription-renewal'
    | 'manual-item-quantity-change'
    | 'subscription-cancellation'
    | 'chargeback'
    | 'product-change'
  created_at_millis: number
  effective_at_millis: number
  test_mode: boolean
  adjusted_by: Array<{ transaction_id: string; entry_index: number }>
  entries: WireEntry[]
}

/** `GET /internal/payments/transactions`. */
export interface WireTransactionPage {
  transactions: WireTransaction[]
  next_cursor: string | null
}

/** A card as `GET /payments/billing/{user|team}/{id}` reports it. */
export interface WirePaymentMethod {
  id: string
  brand: string | null
  last4: string | null
  exp_month: number | null
  exp_year: number | null
}

/** `GET /payments/billing/{user|team}/{id}`. */
export interface WireBilling {
  has_customer: boolean
  default_payment_method: WirePaymentMethod | null
}

/** One price in the camelCase config. */
export type ConfigPrice = Record<string, string | WireInterval | boolean | undefined>

export interface ConfigProduct {
  displayName?: string
  customerType?: 'user' | 'team' | 'custom'
  productLineId?: string
  serverOnly?: boolean
  stackable?: boolean
  isAddOnTo?: false | Record<string, boolean>
  prices?: 'include-by-default' | Record<string, ConfigPrice>
  includedItems?: Record<string, { quantity: number; repeat?: WireInterval | 'never'; expires?: WireIncludedItem['expires'] }>
}

/** The `payments` part of the rendered config (`GET /internal/config` → `config_string`). */
export interface ConfigPayments {
  testMode?: boolean
  blockNewPurchases?: boolean
  productLines?: Record<string, { displayName?: string; customerType?: 'user' | 'team' | 'custom' }>
  items?: Record<string, { displayName?: string; customerType?: 'user' | 'team' | 'custom' }>
  products?: Record<string, ConfigProduct>
}

/** A known error's JSON body. */
export interface WireKnownError {
  code: string
  error: string
  details?: Record<string, unknown>
}
