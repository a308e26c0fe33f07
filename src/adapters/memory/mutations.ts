/** Checkout creation and the mutations; each checks the backend's rules, then changes one ledger. */
import { PaymentsError } from '../../adapter/errors'
import type {
  CancelSubscriptionParams,
  ChangeItemQuantityParams,
  CheckoutResult,
  CreateCheckoutParams,
  CustomerRef,
  GrantProductParams,
  GrantProductResult,
  RefundState,
  RefundTransactionParams,
  Transaction,
} from '../../adapter/types'
import { chargedAmountOf, grantInto, itemBalance, ownedProducts, recordItemChange, type Ledger } from './ledger'
import { compareDecimal, isDecimal, type Money } from '../../lib/decimal'
import {
  callerIsAdmin,
  callerMayAct,
  CHECKOUT_RULES,
  customerExists,
  customerTypeMatches,
  enforce,
  GRANT_RULES,
  priceFor,
  productExists,
  type CheckInput,
} from './rules'
import type { MemoryCheckout, MemoryState } from './state'
import { iso } from './time'

const CHECKOUT_BASE_URL = 'https://checkout.hexclave.example/purchase/'
const CHECKOUT_TTL_MS = 24 * 60 * 60 * 1000

function nowMs(state: MemoryState): number {
  return state.options.now().getTime()
}

/** A ledger to change, after the rules said the customer exists. */
function writable(state: MemoryState, customer: CustomerRef): Ledger {
  const ledger = state.store.write(customer)
  if (!ledger) throw new PaymentsError('not_found', { details: { customerType: customer.type, customerId: customer.id } })
  return ledger
}

function checkInput(state: MemoryState, customer: CustomerRef, productId = ''): CheckInput {
  return { state, customer, productId, quantity: 1 }
}

/** Creates a checkout URL valid for 24 h; a repeated idempotency key returns the first result again. */
export function createCheckout(state: MemoryState, params: CreateCheckoutParams): CheckoutResult {
  if (!params.idempotencyKey) {
    throw new PaymentsError('validation', { fieldErrors: { idempotencyKey: 'An idempotency key is required.' } })
  }
  const previous = state.checkouts.byKey.get(params.idempotencyKey)
  if (previous) return { ...previous }
  const input: CheckInput = {
    ...checkInput(state, params.customer, params.productId),
    priceId: params.priceId,
    quantity: params.quantity ?? 1,
    returnUrl: params.returnUrl,
  }
  enforce(CHECKOUT_RULES, input)
  const checkout = recordCheckout(state, params, input)
  return { url: checkout.url, expiresAt: checkout.expiresAt }
}

/** Records a checkout that passed the rules (and its result, for its idempotency key). */
function recordCheckout(state: MemoryState, params: CreateCheckoutParams, input: CheckInput): MemoryCheckout {
  const code = state.nextCode()
  const query = params.returnUrl === undefined ? '' : `?return_url=${encodeURIComponent(params.returnUrl)}`
  const now = nowMs(state)
  const checkout: MemoryCheckout = {
    idempotencyKey: params.idempotencyKey,
    code,
    url: `${CHECKOUT_BASE_URL}${code}${query}`,
    customer: { type: params.customer.type, id: params.customer.id },
    productId: params.productId,
    priceId: input.product ? (priceFor(input.product, params.priceId, state.options.caller)?.id ?? null) : null,
    quantity: input.quantity,
    returnUrl: params.returnUrl ?? null,
    createdAt: iso(now),
    expiresAt: iso(now + CHECKOUT_TTL_MS),
  }
  state.checkouts.list.push(checkout)
  state.checkouts.byKey.set(params.idempotencyKey, { url: checkout.url, expiresAt: checkout.expiresAt })
  return checkout
}

/** Grants a product without charge (see `grantInto`). */
export function grantProduct(state: MemoryState, params: GrantProductParams): GrantProductResult {
  const input: CheckInput = { ...checkInput(state, params.customer, params.productId), quantity: params.quantity ?? 1 }
  enforce(GRANT_RULES, input)
  const product = input.product
  if (!product) throw new PaymentsError('product_not_found', { details: { productId: params.productId } })
  const subscriptionId = grantInto(writable(state, params.customer), product, input.quantity, nowMs(state), state.nextId())
  return subscriptionId ? { subscriptionId } : {}
}

/** Changes an item's balance by a signed delta, recorded as a manual item quantity change. */
export function changeItemQuantity(state: MemoryState, params: ChangeItemQuantityParams): void {
  enforce([callerIsAdmin], checkInput(state, params.customer))
  const item = state.catalog.item(params.itemId)
  if (!item) throw new PaymentsError('item_not_found', { details: { itemId: params.itemId } })
  if (item.customerType !== params.customer.type) {
    throw new PaymentsError('customer_type_mismatch', { details: { itemId: item.id, itemCustomerType: item.customerType } })
  }
  enforce([customerExists], checkInput(state, params.customer))
  if (!Number.isSafeInteger(params.delta)) {
    throw new PaymentsError('validation', { fieldErrors: { delta: 'The change must be a whole number.' } })
  }
  const ledger = writable(state, params.customer)
  if (!params.allowNegative && itemBalance(ledger, item) + params.delta < 0) {
    throw new PaymentsError('insufficient_quantity', { details: { itemId: item.id, quantity: params.delta } })
  }
  recordItemChange(ledger, state.nextId(), item.id, params.delta, iso(nowMs(state)))
}

/** The subscriptions a cancellation targets: one by id, or every running one of a product. */
function subscriptionsToCancel(state: MemoryState, ledger: Ledger, params: CancelSubscriptionParams) {
  const running = [...ledger.subscriptions.values()].filter((s) => s.endedAt === null)
  if (params.subscriptionId) {
    const found = running.filter((s) => s.id === params.subscriptionId)
    if (found.length === 0) throw new PaymentsError('not_found', { message: 'No active subscription found with this ID for the given customer.' })
    return found
  }
  if (params.productId === null) {
    throw new PaymentsError('validation', { fieldErrors: { subscriptionId: 'Inline products are cancelled by subscription id.' } })
  }
  enforce([productExists, customerTypeMatches], checkInput(state, params.customer, params.productId))
  const owned = ownedProducts(ledger).find((row) => row.id === params.productId)
  if (!owned) throw new PaymentsError('not_found', { message: 'Customer does not have this product.' })
  if (owned.kind === 'one_time') throw new PaymentsError('not_cancelable', { message: 'This product is a one time purchase and cannot be canceled.' })
  return running.filter((s) => s.productId === params.productId)
}

/** Cancels at the end of the current period: the product stays owned until then. */
export function cancelSubscription(state: MemoryState, params: CancelSubscriptionParams): void {
  enforce([callerMayAct, customerExists], checkInput(state, params.customer))
  const ledger = writable(state, params.customer)
  for (const record of subscriptionsToCancel(state, ledger, params)) record.cancelAtPeriodEnd = true
}

/** Why a transaction cannot be refunded, checked in the backend's order. */
function refundBlocker(state: MemoryState, transaction: Transaction): PaymentsError | null {
  if (transaction.refund) return new PaymentsError('already_refunded')
  if (transaction.type !== 'purchase') return new PaymentsError('not_refundable', { message: 'Only purchases can be refunded.' })
  if (transaction.testMode) return new PaymentsError('not_refundable', { message: 'Test mode purchases are not refundable.' })
  if (!state.options.paymentsConfigured) return new PaymentsError('payments_not_configured')
  if (Object.keys(chargedAmountOf(transaction)).length === 0) {
    return new PaymentsError('not_refundable', { message: 'Nothing was charged for this purchase (a grant or a free trial).' })
  }
  return null
}

/** The refund to record: everything charged, or a partial amount in the charged currency. */
function refundOf(charged: Money, amount: RefundTransactionParams['amount'], at: string): RefundState {
  if (!amount) return { kind: 'full', amount: { ...charged }, refundedAt: at }
  const limit = charged[amount.currency]
  const invalid = (message: string) => new PaymentsError('validation', { message, fieldErrors: { amount: message } })
  if (limit === undefined) throw invalid(`Nothing was charged in ${amount.currency}.`)
  if (!isDecimal(amount.value) || compareDecimal(amount.value, '0') <= 0) throw invalid('The amount must be a positive decimal.')
  const comparison = compareDecimal(amount.value, limit)
  if (comparison > 0) throw invalid('The amount cannot exceed the charged amount.')
  if (comparison === 0) return { kind: 'full', amount: { ...charged }, refundedAt: at }
  return { kind: 'partial', amount: { [amount.currency]: amount.value }, refundedAt: at }
}

/** Refunds a paid purchase once; a full refund revokes the product (and ends its subscription). */
export function refundTransaction(state: MemoryState, params: RefundTransactionParams): void {
  enforce([callerIsAdmin, customerExists], checkInput(state, params.customer))
  const ledger = writable(state, params.customer)
  const transaction = ledger.transactions.find((t) => t.id === params.transactionId)
  if (!transaction) throw new PaymentsError('not_found', { message: 'Transaction not found for this customer.' })
  const blocker = refundBlocker(state, transaction)
  if (blocker) throw blocker
  const at = iso(nowMs(state))
  transaction.refund = refundOf(chargedAmountOf(transaction), params.amount, at)
  const subscription = ledger.subscriptions.get(transaction.id)
  if (transaction.refund.kind === 'full' && subscription) subscription.endedAt = at
}
