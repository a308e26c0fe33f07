/** The SDK adapter's checkout and admin mutations. Mutations are sent once and never retried. */
import { PaymentsError } from '../../adapter/errors'
import type { ChangeItemQuantityParams, CheckoutResult, CreateCheckoutParams, GrantProductParams, RefundTransactionParams } from '../../adapter/types'
import { checkoutResultOf, checkRefundCurrency, refundBodyOf } from '../rest/mutations'
import { forgetRefundScans } from '../rest/refunds'
import { invalid } from '../rest/shape'
import { customerOptions, type SdkAdminApp, type SdkApp, type SdkTeam, type SdkUser } from './app'
import { sdkCall } from './errors'
import { customerTransactions } from './reads'

/**
 * A checkout URL for a user or team: `getUser(id)` / `getTeam(id)`, then the customer's
 * `createCheckoutUrl({ productId, returnUrl })`. A missing user or team is `not_found`. The SDK
 * takes no price or quantity here.
 *
 * @example
 * const { url } = await createCheckout(app, { customer: { type: 'user', id: userId }, productId: 'pro', idempotencyKey })
 */
export async function createCheckout(app: SdkApp, p: CreateCheckoutParams & { customer: { type: 'user' | 'team' } }): Promise<CheckoutResult> {
  const { id } = p.customer
  const owner: SdkUser | SdkTeam | null = await sdkCall<SdkUser | SdkTeam | null>('createCheckoutUrl', p.signal, () => (p.customer.type === 'user' ? app.getUser(id) : app.getTeam(id)))
  if (owner === null) throw new PaymentsError('not_found', { method: 'createCheckoutUrl', message: `No ${p.customer.type} with this id.` })
  const options = { productId: p.productId, ...(p.returnUrl !== undefined ? { returnUrl: p.returnUrl } : {}) }
  const url: unknown = await sdkCall('createCheckoutUrl', p.signal, () => owner.createCheckoutUrl(options))
  if (typeof url !== 'string' || url === '') throw invalid('createCheckoutUrl', 'url')
  return checkoutResultOf(url)
}

/**
 * `grantProduct({ userId | teamId | customCustomerId, productId, quantity })`.
 *
 * @example
 * await grantProduct(app, { customer: { type: 'custom', id: 'acme' }, productId: 'enterprise' })
 */
export async function grantProduct(app: SdkApp, p: GrantProductParams): Promise<void> {
  await sdkCall('grantProduct', p.signal, () => app.grantProduct({ ...customerOptions(p.customer), productId: p.productId, quantity: p.quantity ?? 1 }))
}

/**
 * A signed change of an item balance:
 * - a decrease that must not go negative: `getItem(…).tryDecreaseQuantity` (race-free on the
 *   server; `false` is `insufficient_quantity`). The SDK records no description or expiry here.
 * - anything else with an admin app: `createItemQuantityChange` (description and expiry recorded);
 * - with a server app: `increaseQuantity` / `decreaseQuantity` (no description recorded).
 * An expiry the SDK call cannot carry is rejected (`validation`), never dropped.
 *
 * @example
 * await changeItemQuantity(app, adminApp, { customer, itemId: 'credits', delta: -5, allowNegative: false })
 */
export async function changeItemQuantity(app: SdkApp, admin: SdkAdminApp | null, p: ChangeItemQuantityParams): Promise<void> {
  const target = { ...customerOptions(p.customer), itemId: p.itemId }
  const guarded = p.delta < 0 && !p.allowNegative
  if (admin && !guarded) {
    const change = { ...target, quantity: p.delta, ...(p.description !== undefined ? { description: p.description } : {}), ...(p.expiresAt !== undefined ? { expiresAt: p.expiresAt } : {}) }
    await sdkCall('changeItemQuantity', p.signal, () => admin.createItemQuantityChange(change))
    return
  }
  if (p.expiresAt !== undefined) {
    const message = guarded
      ? 'An expiry cannot be set on a decrease that must not go below zero.'
      : 'An expiry needs an admin app (StackAdminApp with superSecretAdminKey).'
    throw new PaymentsError('validation', { method: 'changeItemQuantity', message, fieldErrors: { expiresAt: message } })
  }
  const item = await sdkCall('changeItemQuantity', p.signal, () => app.getItem(target))
  if (guarded) {
    const done = await sdkCall('changeItemQuantity', p.signal, () => item.tryDecreaseQuantity(-p.delta))
    if (done !== true) throw new PaymentsError('insufficient_quantity', { method: 'changeItemQuantity', details: { itemId: p.itemId, delta: p.delta } })
    return
  }
  if (p.delta === 0) return
  await sdkCall('changeItemQuantity', p.signal, () => (p.delta > 0 ? item.increaseQuantity(p.delta) : item.decreaseQuantity(-p.delta)))
}

type MoneyAmount = Parameters<SdkAdminApp['refundTransaction']>[0]['amountUsd']
const isMoneyAmount = (value: string): value is MoneyAmount => /^\d{1,15}(\.\d{1,12})?$/.test(value)

/**
 * `refundTransaction({ type, id, amountUsd })` (the full USD charge unless `amount` is given; USD
 * only, as in the API). The purchase's kind comes from the customer's transactions, walked until
 * it is found: a transaction that is not the customer's is `not_found`. The admin app's shared
 * refund scan of the customer's type is forgotten, so the next read shows what this refund gave back.
 *
 * @example
 * await refundTransaction(adminApp, { customer, transactionId, amount: { currency: 'USD', value: '5' } })
 */
export async function refundTransaction(admin: SdkAdminApp, p: RefundTransactionParams): Promise<void> {
  checkRefundCurrency(p)
  const txns = await customerTransactions(admin, p.customer, p.signal, 'refundTransaction', (txn) => txn.id === p.transactionId)
  const found = txns.find((txn) => txn.id === p.transactionId)
  if (!found) throw new PaymentsError('not_found', { method: 'refundTransaction', message: 'Transaction not found for this customer.' })
  const body = refundBodyOf(found, p)
  const amountUsd = body.amount_usd
  if (!isMoneyAmount(amountUsd)) {
    const message = 'The refund amount must be a positive decimal such as "9.99".'
    throw new PaymentsError('validation', { method: 'refundTransaction', message, fieldErrors: { amount: message } })
  }
  try {
    await sdkCall('refundTransaction', p.signal, () => admin.refundTransaction({ type: body.type, id: body.id, amountUsd }))
  } finally {
    // Even when the answer is lost, the refund may have been made: the next read scans again.
    forgetRefundScans(admin, p.customer.type)
  }
}
