/**
 * The methods the REST adapter loads on their first call (one chunk, see `./index.ts`): what a
 * customer's view reads (the customer, catalog, owned products, item balances, transactions with
 * the refund scan, metrics, billing) and every mutation. A table page lists customers without them.
 */
export { getCustomers } from './get-customers'
export { getBilling, listItemBalances, listOwnedProducts, listProducts, listTransactions } from './payments'
export { getCustomerMetrics } from './metrics'
export { cancelSubscription, changeItemQuantity, createCheckouts, grantProduct, refundTransaction } from './mutations'
