/** Errors the reference server answers with: known errors (JSON + header) and plain-text errors. */
import { isPaymentsError } from '../../src/adapter/errors'
import type { CustomerRef } from '../../src/adapter/types'

/** An error response: a known error when `code` is set, otherwise plain text. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
  }
}

/** A known error. */
export const known = (status: number, code: string, message: string, details?: Record<string, unknown>) => new HttpError(status, message, code, details)

/** A plain-text error. */
export const text = (status: number, message: string) => new HttpError(status, message)

/** `SCHEMA_ERROR` for a request. */
export function schemaError(method: string, path: string, issue: string): HttpError {
  const message = `Request validation failed on ${method} ${path}:\n  - ${issue}`
  return known(400, 'SCHEMA_ERROR', message, { message })
}

/** `USER_NOT_FOUND` / `TEAM_NOT_FOUND`. */
export function customerNotFound(customer: CustomerRef): HttpError {
  return customer.type === 'team'
    ? known(404, 'TEAM_NOT_FOUND', `Team ${customer.id} not found.`, { team_id: customer.id })
    : known(404, 'USER_NOT_FOUND', 'User not found.')
}

/** What the failing call was about, to pick the right wire error. */
export interface ErrorContext {
  method: string
  path: string
  customer?: CustomerRef
  productId?: string
  itemId?: string
  refundKind?: 'subscription' | 'one-time-purchase'
  transactionId?: string
}

const PAYMENTS_NOT_SET_UP = 'Payments are not set up in this Stack Auth project. Please go to the Stack Auth dashboard and complete the Payments onboarding.'

function notFound(message: string, ctx: ErrorContext): HttpError {
  if (/^(Customer does not have|No active subscription)/.test(message)) return text(400, message)
  if (ctx.refundKind) return refundNotFound(ctx)
  return ctx.customer ? customerNotFound(ctx.customer) : known(404, 'USER_NOT_FOUND', 'User not found.')
}

function refundNotFound(ctx: ErrorContext): HttpError {
  const id = ctx.transactionId ?? ''
  return ctx.refundKind === 'subscription'
    ? known(404, 'SUBSCRIPTION_INVOICE_NOT_FOUND', `Subscription invoice with ID "${id}" does not exist.`, { subscription_invoice_id: id })
    : known(404, 'ONE_TIME_PURCHASE_NOT_FOUND', `One-time purchase with ID "${id}" does not exist.`, { one_time_purchase_id: id })
}

/** The sentence after a type-mismatch message's first one: what the product or item is configured for. */
function configuredFor(what: 'product' | 'item', expected: unknown, actual: string): string {
  return typeof expected === 'string'
    ? `The ${what} is configured to only be available for ${expected} customers, but the customer is a ${actual}.`
    : `The ${what} is missing a customer type field. Please make sure it is set up correctly in your project configuration.`
}

function typeMismatch(ctx: ErrorContext, details: Record<string, unknown> = {}): HttpError {
  const c = ctx.customer ?? { type: 'custom', id: '' }
  const customerId = JSON.stringify(c.id)
  if (ctx.itemId) {
    const expected = details.itemCustomerType ?? null
    return known(400, 'ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH', `The ${c.type} with ID ${customerId} is not a valid customer for the item with ID ${JSON.stringify(ctx.itemId)}. ${configuredFor('item', expected, c.type)}`, {
      item_id: ctx.itemId,
      customer_id: c.id,
      item_customer_type: expected,
      actual_customer_type: c.type,
    })
  }
  const expected = details.productCustomerType ?? null
  return known(400, 'PRODUCT_CUSTOMER_TYPE_DOES_NOT_MATCH', `The ${c.type} with ID ${customerId} is not a valid customer for the inline product that has been passed in. ${configuredFor('product', expected, c.type)}`, {
    product_id: ctx.productId ?? null,
    customer_id: c.id,
    product_customer_type: expected,
    actual_customer_type: c.type,
  })
}

function alreadyRefunded(ctx: ErrorContext): HttpError {
  const id = ctx.transactionId ?? ''
  return ctx.refundKind === 'subscription'
    ? known(400, 'SUBSCRIPTION_ALREADY_REFUNDED', `Subscription with ID "${id}" was already refunded.`, { subscription_id: id })
    : known(400, 'ONE_TIME_PURCHASE_ALREADY_REFUNDED', `One-time purchase with ID "${id}" was already refunded.`, { one_time_purchase_id: id })
}

/** Translates what the memory adapter threw into the API's error for the same situation. */
export function fromMemoryError(error: unknown, ctx: ErrorContext): HttpError {
  if (error instanceof HttpError) return error
  if (!isPaymentsError(error)) return text(500, 'Something went wrong. Please make sure the data you entered is correct.')
  const productId = ctx.productId ?? ''
  switch (error.code) {
    case 'purchases_blocked':
      return known(403, 'NEW_PURCHASES_BLOCKED', 'New purchases are currently blocked for this project. Please contact support for more information.')
    case 'payments_not_configured':
      return text(400, PAYMENTS_NOT_SET_UP)
    case 'product_not_found':
      return known(400, 'PRODUCT_DOES_NOT_EXIST', `Product with ID "${productId}" does not exist.`, { product_id: productId, context: null })
    case 'server_only_product':
      return known(400, 'PRODUCT_DOES_NOT_EXIST', `Product with ID "${productId}" is marked as server-only and cannot be accessed client side.`, { product_id: productId, context: 'server_only' })
    case 'customer_type_mismatch':
      return typeMismatch(ctx, error.details)
    case 'product_already_owned':
      return known(400, 'PRODUCT_ALREADY_GRANTED', `Customer with ID "${ctx.customer?.id ?? ''}" already owns product "${productId}".`, { product_id: productId, customer_id: ctx.customer?.id })
    case 'return_url_not_allowed':
      return known(400, 'REDIRECT_URL_NOT_WHITELISTED', 'Redirect URL not whitelisted. Did you forget to add this domain to the trusted domains list on the Stack Auth dashboard?')
    case 'not_found':
      return notFound(error.message, ctx)
    case 'item_not_found':
      return known(404, 'ITEM_NOT_FOUND', `Item with ID "${ctx.itemId ?? ''}" not found.`, { item_id: ctx.itemId })
    case 'insufficient_quantity': {
      const quantity = error.details?.quantity
      const message = `The item with ID ${JSON.stringify(ctx.itemId ?? '')} has an insufficient quantity for the customer with ID ${JSON.stringify(ctx.customer?.id ?? '')}. An attempt was made to charge ${String(quantity)} credits.`
      return known(400, 'ITEM_QUANTITY_INSUFFICIENT_AMOUNT', message, { item_id: ctx.itemId, customer_id: ctx.customer?.id, quantity })
    }
    case 'not_cancelable':
      return text(400, error.message)
    case 'already_refunded':
      return alreadyRefunded(ctx)
    case 'not_refundable':
      return /Test mode/.test(error.message) ? known(400, 'TEST_MODE_PURCHASE_NON_REFUNDABLE', 'Test mode purchases are not refundable.') : refundNotFound(ctx)
    case 'validation':
      return schemaError(ctx.method, ctx.path, error.message)
    case 'forbidden':
      return text(403, error.message)
    default:
      return text(500, 'Something went wrong. Please make sure the data you entered is correct.')
  }
}
