/** Checkout creation and the admin mutations. Mutations are sent once and never retried. */
import { PaymentsError } from '../../adapter/errors'
import type {
  CancelSubscriptionParams,
  ChangeItemQuantityParams,
  CheckoutResult,
  CreateCheckoutParams,
  GrantProductParams,
  GrantProductResult,
  RefundTransactionParams,
} from '../../adapter/types'
import { isReusable, shareWork, type SharedWork } from '../../lib/shared-work'
import type { Requester } from './http'
import { isoOf } from './customer-rows'
import { customerPath, scanTransactions } from './payments'
import { forgetRefundScans } from './refunds'
import { objectBody } from './shape'
import type { WireMoneyTransferEntry, WireProductGrantEntry, WireTransaction } from './wire'

/**
 * Creates checkout URLs. The API has no idempotency header, so this instance remembers each
 * key's result (or pending call) in memory: a repeated key returns the same URL and `expiresAt`
 * without a second request, until that URL has expired (then the key creates a fresh one, as an
 * expired link is no answer). A call in flight is shared by every caller with its key and is not
 * bound to any one caller's signal: it is aborted only when every caller stopped waiting. A failed
 * or abandoned call is forgotten, so the key can be retried. Keys are not shared across instances
 * or page reloads.
 */
export function createCheckouts(request: Requester): (p: CreateCheckoutParams) => Promise<CheckoutResult> {
  return idempotentCheckouts((p) => createCheckout(request, p))
}

/**
 * Idempotency keys over any `create`: each key's result (or pending call) is remembered in memory
 * as described for {@link createCheckouts}; `create` gets a signal of its own, aborted only when
 * every caller with the key stopped waiting.
 */
export function idempotentCheckouts(create: (p: CreateCheckoutParams) => Promise<CheckoutResult>): (p: CreateCheckoutParams) => Promise<CheckoutResult> {
  const byKey = new Map<string, SharedWork<CheckoutResult>>()
  return async (p) => {
    const key = p.idempotencyKey
    if (!key) throw new PaymentsError('validation', { fieldErrors: { idempotencyKey: 'An idempotency key is required.' } })
    let work = byKey.get(key)
    if (!isReusable(work) || (work.value && hasExpired(work.value))) {
      work = shareWork((own) => create({ ...p, signal: own }))
      byKey.set(key, work)
    }
    return { ...(await work.join(p.signal)) }
  }
}

function hasExpired(result: CheckoutResult): boolean {
  return typeof result.expiresAt === 'string' && Date.parse(result.expiresAt) <= Date.now()
}

/** How long a purchase code stays valid (API reference §3.6). */
const CHECKOUT_VALIDITY_MS = 24 * 60 * 60 * 1000

/**
 * `POST /payments/purchases/create-purchase-url`. The API takes no price or quantity here. It
 * returns no expiry but documents the code as valid for 24 h, so `expiresAt` is 24 h after the
 * response arrived (by this machine's clock; the server created the code a moment earlier).
 */
async function createCheckout(request: Requester, p: CreateCheckoutParams): Promise<CheckoutResult> {
  const body = {
    customer_type: p.customer.type,
    customer_id: p.customer.id,
    product_id: p.productId,
    ...(p.returnUrl !== undefined ? { return_url: p.returnUrl } : {}),
  }
  const response = await request({ method: 'POST', path: '/payments/purchases/create-purchase-url', body, signal: p.signal, caller: 'createCheckoutUrl' })
  const result = objectBody(response, 'createCheckoutUrl')
  if (typeof result.url !== 'string') throw new PaymentsError('invalid_response', { method: 'createCheckoutUrl', path: 'url' })
  return checkoutResultOf(result.url)
}

/** A checkout URL just received, valid for 24 h from now (the API reports no expiry). */
export function checkoutResultOf(url: string): CheckoutResult {
  return { url, expiresAt: isoOf(Date.now() + CHECKOUT_VALIDITY_MS) }
}

/** `POST /payments/products/{type}/{id}`. */
export async function grantProduct(request: Requester, p: GrantProductParams): Promise<GrantProductResult> {
  const body = { product_id: p.productId, quantity: p.quantity ?? 1 }
  const result = objectBody(
    await request({ method: 'POST', path: `/payments/products${customerPath(p.customer)}`, body, signal: p.signal, caller: 'grantProduct' }),
    'grantProduct',
  )
  return typeof result.subscription_id === 'string' ? { subscriptionId: result.subscription_id } : {}
}

/** `POST /payments/items/{type}/{id}/{item}/update-quantity?allow_negative=…`. */
export async function changeItemQuantity(request: Requester, p: ChangeItemQuantityParams): Promise<void> {
  const body = {
    delta: p.delta,
    ...(p.description !== undefined ? { description: p.description } : {}),
    ...(p.expiresAt !== undefined ? { expires_at: p.expiresAt } : {}),
  }
  const path = `/payments/items${customerPath(p.customer)}/${encodeURIComponent(p.itemId)}/update-quantity`
  await request({ method: 'POST', path, query: { allow_negative: p.allowNegative }, body, signal: p.signal, caller: 'changeItemQuantity' })
}

/** `DELETE /payments/products/{type}/{id}/{product}[?subscription_id=…]` (`_inline` when cancelling by subscription). */
export async function cancelSubscription(request: Requester, p: CancelSubscriptionParams): Promise<void> {
  const product = p.productId ?? '_inline'
  const path = `/payments/products${customerPath(p.customer)}/${encodeURIComponent(product)}`
  await request({ method: 'DELETE', path, query: { subscription_id: p.subscriptionId ?? undefined }, signal: p.signal, caller: 'cancelSubscription' })
}

/**
 * `POST /internal/payments/transactions/refund` with the body the published SDK sends,
 * `{ type, id, amount_usd }` (the full USD charge unless `amount` is given). The body needs the
 * purchase's kind, so the customer's transactions are scanned first (see `listTransactions` for
 * the cost). Partial amounts are USD only, as in the API. The shared refund scan of the customer's
 * type is forgotten, so the next read shows what this refund gave back.
 */
export async function refundTransaction(request: Requester, p: RefundTransactionParams): Promise<void> {
  checkRefundCurrency(p)
  const [found] = await scanTransactions(request, {
    from: { a: null, s: 0 },
    customer: p.customer,
    want: 1,
    signal: p.signal,
    caller: 'refundTransaction',
    keep: (txn) => txn.id === p.transactionId,
  })
  if (!found) throw new PaymentsError('not_found', { method: 'refundTransaction', message: 'Transaction not found for this customer.' })
  const body = refundBodyOf(found.txn, p)
  try {
    await request({ method: 'POST', path: '/internal/payments/transactions/refund', body, signal: p.signal, caller: 'refundTransaction' })
  } finally {
    // Even when the answer is lost, the refund may have been made: the next read scans again.
    forgetRefundScans(request, p.customer.type)
  }
}

/** Rejects a partial amount in another currency than USD (the API refunds USD amounts only). */
export function checkRefundCurrency(p: RefundTransactionParams): void {
  if (p.amount && p.amount.currency !== 'USD') {
    const message = 'Refund amounts can only be specified for USD-priced purchases.'
    throw new PaymentsError('validation', { message, fieldErrors: { amount: message } })
  }
}

/**
 * The refund the SDK and API take for a purchase: `{ type, id, amount_usd }`, the full USD charge
 * unless `amount` is given. Anything but a purchase is `not_refundable`.
 */
export function refundBodyOf(txn: WireTransaction, p: RefundTransactionParams): { type: 'subscription' | 'one-time-purchase'; id: string; amount_usd: string } {
  const grant = txn.entries.find((e): e is WireProductGrantEntry => e.type === 'product_grant')
  if (!grant) throw new PaymentsError('not_refundable', { method: 'refundTransaction', message: 'Only purchases can be refunded.' })
  const charged = txn.entries.find((e): e is WireMoneyTransferEntry => e.type === 'money_transfer')?.charged_amount.USD ?? '0'
  return {
    type: grant.subscription_id !== undefined ? 'subscription' : 'one-time-purchase',
    id: p.transactionId,
    amount_usd: p.amount?.value ?? charged,
  }
}
