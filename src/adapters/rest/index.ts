/**
 * `@hexclave/payments-ui/adapters/rest`: an adapter over the Hexclave HTTP API, for a server or
 * admin caller (it reads the admin-only config and transactions endpoints).
 */
import type { AdapterCapability, PaymentsAdapter } from '../../adapter/types'
import { createCustomCustomers, getCustomers, listCustomers } from './customers'
import { createRequester, type RestAdapterOptions } from './http'
import { getCustomerMetrics } from './metrics'
import { cancelSubscription, changeItemQuantity, createCheckouts, grantProduct, refundTransaction } from './mutations'
import { getBilling, listItemBalances, listOwnedProducts, listProducts, listTransactions } from './payments'

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
  const clearingCustoms = <P>(run: (p: P) => Promise<void>) => async (p: P) => {
    await run(p)
    customs.clear()
  }
  return {
    supportsPartialRefunds: true,
    listCustomers: (p) => listCustomers(request, customs, p),
    getCustomers: (p) => getCustomers(request, customs, p),
    listProducts: (p) => listProducts(request, p),
    listOwnedProducts: (p) => listOwnedProducts(request, p),
    listItemBalances: (p) => listItemBalances(request, p),
    listTransactions: (p) => listTransactions(request, p),
    createCheckoutUrl: createCheckouts(request),
    getCustomerMetrics: (p) => getCustomerMetrics(request, p),
    getBilling: (p) => getBilling(request, p),
    grantProduct: async (p) => {
      const result = await grantProduct(request, p)
      customs.clear()
      return result
    },
    changeItemQuantity: clearingCustoms((p) => changeItemQuantity(request, p)),
    cancelSubscription: (p) => cancelSubscription(request, p),
    refundTransaction: (p) => refundTransaction(request, p),
  }
}
