/**
 * The backend's checks, one small function each, run in the backend's order. The first failing
 * check decides the error.
 */
import { PaymentsError } from '../../adapter/errors'
import type { CustomerRef, Price, Product } from '../../adapter/types'
import { ownsProduct } from './ledger'
import type { MemoryCaller } from './options'
import type { MemoryState } from './state'

/** What a check looks at. `product` is filled in by {@link productExists}. */
export interface CheckInput {
  state: MemoryState
  customer: CustomerRef
  productId: string
  priceId?: string
  quantity: number
  returnUrl?: string
  product?: Product
}

export type Rule = (input: CheckInput) => PaymentsError | null

/** Runs the rules in order and throws the first failure. */
export function enforce(rules: readonly Rule[], input: CheckInput): void {
  for (const rule of rules) {
    const error = rule(input)
    if (error) throw error
  }
}

/** Whether the caller may act for this customer: admins always; clients for their own user or teams they administer, never custom customers. */
export function mayActFor(caller: MemoryCaller, customer: CustomerRef): boolean {
  if (caller.kind === 'admin') return true
  if (customer.type === 'user') return customer.id === caller.userId
  return customer.type === 'team' && caller.adminTeamIds.includes(customer.id)
}

export const purchasesNotBlocked: Rule = ({ state }) =>
  state.options.blockNewPurchases ? new PaymentsError('purchases_blocked') : null

export const callerMayAct: Rule = ({ state, customer }) =>
  mayActFor(state.options.caller, customer)
    ? null
    : new PaymentsError('forbidden', {
        message: 'Clients can only create purchase URLs for their own user or teams they have admin access to.',
        details: { customerType: customer.type, customerId: customer.id },
      })

/** Admin-only operations (grants, item changes, refunds). */
export const callerIsAdmin: Rule = ({ state }) =>
  state.options.caller.kind === 'admin' ? null : new PaymentsError('forbidden', { message: 'Only a server or admin may do this.' })

export const paymentsConfigured: Rule = ({ state }) =>
  state.options.paymentsConfigured ? null : new PaymentsError('payments_not_configured')

export const customerExists: Rule = ({ state, customer }) =>
  customer.type === 'custom' || state.people.indexOf(customer) !== null
    ? null
    : new PaymentsError('not_found', {
        message: `${customer.type === 'user' ? 'User' : 'Team'} ${JSON.stringify(customer.id)} not found.`,
        details: { customerType: customer.type, customerId: customer.id },
      })

export const productExists: Rule = (input) => {
  const product = input.state.catalog.product(input.productId)
  if (!product) {
    return new PaymentsError('product_not_found', {
      message: `Product ${JSON.stringify(input.productId)} does not exist.`,
      details: { productId: input.productId },
    })
  }
  input.product = product
  return null
}

/** Clients are never offered server-only products. */
export const notServerOnlyForClients: Rule = ({ state, product }) =>
  product?.serverOnly && state.options.caller.kind === 'client'
    ? new PaymentsError('server_only_product', { details: { productId: product.id } })
    : null

export const customerTypeMatches: Rule = ({ customer, product }) =>
  product && product.customerType !== customer.type
    ? new PaymentsError('customer_type_mismatch', {
        message: `Product ${JSON.stringify(product.id)} is for ${product.customerType} customers, not ${customer.type} customers.`,
        details: { productId: product.id, productCustomerType: product.customerType, customerType: customer.type },
      })
    : null

function validation(field: string, message: string): PaymentsError {
  return new PaymentsError('validation', { message, fieldErrors: { [field]: message } })
}

export const validQuantity: Rule = ({ quantity, product }) => {
  if (!Number.isSafeInteger(quantity) || quantity < 1) return validation('quantity', 'Quantity must be a whole number of at least 1.')
  if (product && !product.stackable && quantity > 1) return validation('quantity', 'This product is not stackable; quantity must be 1.')
  return null
}

/** The price a checkout charges: the one asked for, or the first one the caller may use. */
export function priceFor(product: Product, priceId: string | undefined, caller: MemoryCaller): Price | undefined {
  const usable = product.prices.filter((p) => !(p.serverOnly && caller.kind === 'client'))
  return priceId === undefined ? usable[0] : usable.find((p) => p.id === priceId)
}

export const validPrice: Rule = ({ state, product, priceId }) =>
  product && priceId !== undefined && !priceFor(product, priceId, state.options.caller)
    ? validation('priceId', `Product ${JSON.stringify(product.id)} has no price ${JSON.stringify(priceId)}.`)
    : null

export const notAlreadyOwned: Rule = ({ state, customer, product }) => {
  if (!product || product.stackable) return null
  const ledger = state.store.read(customer)
  return ledger && ownsProduct(ledger, product.id)
    ? new PaymentsError('product_already_owned', {
        message: `The customer already owns ${JSON.stringify(product.displayName)}.`,
        details: { productId: product.id },
      })
    : null
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])
const TRUSTED_ORIGIN_RE = /^(https?:)\/\/(\*\.)?([^/:?#*]+)(?::(\d+))?\/?$/i

function defaultPort(protocol: string): string {
  return protocol === 'https:' ? '443' : '80'
}

/**
 * Whether `url` is on a trusted origin: same scheme and host (`*.` matches subdomains) and same
 * port; an entry without port on a loopback host matches any port.
 */
export function isTrustedUrl(url: URL, trusted: readonly string[]): boolean {
  const port = url.port || defaultPort(url.protocol)
  return trusted.some((entry) => {
    const match = TRUSTED_ORIGIN_RE.exec(entry.trim())
    if (!match) return false
    const [, protocol = '', wildcard, rawHost = '', entryPort] = match
    const host = rawHost.toLowerCase()
    if (protocol.toLowerCase() !== url.protocol) return false
    if (wildcard ? !url.hostname.endsWith(`.${host}`) : url.hostname !== host) return false
    if (entryPort !== undefined) return port === entryPort
    return LOOPBACK_HOSTS.has(host) || port === defaultPort(url.protocol)
  })
}

export const trustedReturnUrl: Rule = ({ state, returnUrl }) => {
  if (returnUrl === undefined) return null
  let url: URL | null = null
  try {
    url = new URL(returnUrl)
  } catch {
    url = null
  }
  return url && isTrustedUrl(url, state.options.trustedReturnUrlOrigins)
    ? null
    : new PaymentsError('return_url_not_allowed', {
        message: `The return URL ${JSON.stringify(returnUrl)} is not on a trusted domain.`,
        details: { returnUrl },
      })
}

/** `createCheckoutUrl`, in the backend's order. */
export const CHECKOUT_RULES: readonly Rule[] = [
  purchasesNotBlocked,
  callerMayAct,
  paymentsConfigured,
  productExists,
  notServerOnlyForClients,
  customerTypeMatches,
  validPrice,
  validQuantity,
  notAlreadyOwned,
  trustedReturnUrl,
]

/** `grantProduct`, in the backend's order. */
export const GRANT_RULES: readonly Rule[] = [
  callerIsAdmin,
  customerExists,
  productExists,
  customerTypeMatches,
  validQuantity,
  notAlreadyOwned,
]
