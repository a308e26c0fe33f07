/**
 * `@hexclave/payments-ui/adapters/rest`: an adapter over the Hexclave HTTP API, for a server or
 * admin caller (it reads the admin-only config and transactions endpoints).
 */
import type { AdapterCapability, CheckoutResult, CreateCheckoutParams, PaymentsAdapter } from '../../adapter/types'
import { createCustomCustomers, listCustomers } from './customers'
import { createRequester, type RestAdapterOptions } from './http'
import { onFirstCall } from './load-on-first-call'

export type { RestAdapterOptions } from './http'
export { KNOWN_ERROR_CODES } from './errors'

/**
 * The REST adapter: the required reads plus every capability: metrics (derived from owned products
 * and transactions), billing, grants, item changes, cancellations and (USD) partial refunds.
 */
export type RestAdapter = PaymentsAdapter &
  Required<Pick<PaymentsAdapter, AdapterCapability>> & {
    readonly supportsPartialRefunds: true
  }

/**
 * Creates an adapter over the Hexclave HTTP API. Each request is sent once by default: behind the
 * components, their query layer retries failed reads (set `retries` for use without them);
 * mutations are never retried. Every call passes its `AbortSignal` to fetch,
 * combined with a per-attempt timeout. Custom customers are enumerated from the transactions and
 * cached for the instance's lifetime (cleared by this instance's grants and item changes).
 *
 * Costs to know: `listTransactions`, `refundTransaction` and `getCustomerMetrics` scan every
 * transaction of the customer's type (the API has no customer filter); metrics are derived from
 * that scan and the owned products. Refund amounts come from one `type=refund` scan per customer
 * type, shared by every read of this instance for 5 s after it answers and forgotten by
 * `refundTransaction`; a backend that does not list refunds leaves them "refunded, amount
 * unknown", counted in full. `getBilling` answers "no customer" for custom customers without a request (the API
 * has billing for users and teams only). `createCheckoutUrl` reports `expiresAt` as 24 h after
 * the response arrived.
 *
 * Code loaded on first use: `listCustomers` (what a table page needs for its first rows) comes
 * with the adapter; the other methods (a customer's view, the lookup by reference and every
 * mutation) load their code, one shared chunk, on the first call of any of them. A failed load is a
 * retryable `network` error naming the method, and the next call loads again.
 *
 * @example
 * const adapter = createRestAdapter({
 *   baseUrl: 'https://api.hexclave.example/api/v1',
 *   headers: {
 *     'x-hexclave-access-type': 'admin',
 *     'x-hexclave-project-id': projectId,
 *     'x-hexclave-super-secret-admin-key': adminKey,
 *   },
 * })
 */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  const request = createRequester(options)
  const customs = createCustomCustomers(request)
  const later = onFirstCall(() => import('./on-demand'))
  // Per instance, made on the first checkout: each idempotency key's result or pending call.
  let checkouts: ((p: CreateCheckoutParams) => Promise<CheckoutResult>) | undefined
  return {
    supportsPartialRefunds: true,
    listCustomers: (p) => listCustomers(request, customs, p),
    getCustomers: (p) => later('getCustomers', p.signal, (code) => code.getCustomers(request, customs, p)),
    listProducts: (p) => later('listProducts', p.signal, (code) => code.listProducts(request, p)),
    listOwnedProducts: (p) => later('listOwnedProducts', p.signal, (code) => code.listOwnedProducts(request, p)),
    listItemBalances: (p) => later('listItemBalances', p.signal, (code) => code.listItemBalances(request, p)),
    listTransactions: (p) => later('listTransactions', p.signal, (code) => code.listTransactions(request, p)),
    createCheckoutUrl: (p) =>
      later('createCheckoutUrl', p.signal, (code) => {
        checkouts ??= code.createCheckouts(request)
        return checkouts(p)
      }),
    getCustomerMetrics: (p) => later('getCustomerMetrics', p.signal, (code) => code.getCustomerMetrics(request, p)),
    getBilling: (p) => later('getBilling', p.signal, (code) => code.getBilling(request, p)),
    grantProduct: (p) =>
      later('grantProduct', p.signal, async (code) => {
        const result = await code.grantProduct(request, p)
        customs.clear()
        return result
      }),
    changeItemQuantity: (p) =>
      later('changeItemQuantity', p.signal, async (code) => {
        await code.changeItemQuantity(request, p)
        customs.clear()
      }),
    cancelSubscription: (p) => later('cancelSubscription', p.signal, (code) => code.cancelSubscription(request, p)),
    refundTransaction: (p) => later('refundTransaction', p.signal, (code) => code.refundTransaction(request, p)),
  }
}
