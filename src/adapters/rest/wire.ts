/**
 * The Hexclave API's snake_case wire shapes (see the API reference, sections 2 and 3). The shapes
 * the adapter reads are derived from their runtime schemas (`wire-schema.ts`), so the types and
 * the checks cannot drift apart.
 */
import type * as v from 'valibot'
import type { WireTeamRow, WireTransactionRow, WireUserRow, wireInlineProduct } from './wire-schema'
import type { ConfigPaymentsValue, WireOwnedProductRow } from './wire-schema-products'


/** `[count, unit]` as the API sends it. */
export type WireInterval = [number, 'day' | 'week' | 'month' | 'year']

/** A user as `GET /users` returns it (checked by `wireUser`; only the fields the adapter reads are named). */
export type WireUser = WireUserRow

/** A team as `GET /teams` returns it (checked by `wireTeam`). */
export type WireTeam = WireTeamRow

/** The list shape of users, teams and owned products. */
export interface WireList<T> {
  items: T[]
  is_paginated: boolean
  pagination?: { next_cursor: string | null }
}

/** One price: currency codes → money strings, plus optional `interval` / `free_trial` / `server_only`. */
export type WirePrice = Record<string, string | WireInterval | boolean | undefined>

/** One included item of a product snapshot. */
export type WireIncludedItem = NonNullable<WireInlineProduct['included_items']>[string]

/** A product snapshot (InlineProduct), checked by `wireInlineProduct`. */
export type WireInlineProduct = v.InferOutput<typeof wireInlineProduct>

/** An owned product row, checked by `wireOwnedProduct`. */
export type WireOwnedProduct = WireOwnedProductRow

/** One transaction entry. */
export type WireEntry = WireTransactionRow['entries'][number]
export type WireProductGrantEntry = Extract<WireEntry, { type: 'product_grant' }>
export type WireMoneyTransferEntry = Extract<WireEntry, { type: 'money_transfer' }>
export type WireItemQuantityChangeEntry = Extract<WireEntry, { type: 'item_quantity_change' }>
export type WireProductRevocationEntry = Extract<WireEntry, { type: 'product_revocation' }>

/** A transaction, checked by `wireTransaction`. */
export type WireTransaction = WireTransactionRow

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
export type ConfigPrice = WirePrice

/** One product of the config. */
export type ConfigProduct = NonNullable<ConfigPayments['products']>[string]

/** The `payments` part of the rendered config (`GET /internal/config` → `config_string`), checked by `configPayments`. */
export type ConfigPayments = ConfigPaymentsValue

/** A known error's JSON body. */
export interface WireKnownError {
  code: string
  error: string
  details?: Record<string, unknown>
}
