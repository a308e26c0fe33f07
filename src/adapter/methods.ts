import type { AdapterMethod, RequiredAdapterMethod } from './types'

/** The methods every adapter must have. */
export const REQUIRED_METHODS: readonly RequiredAdapterMethod[] = [
  'listCustomers',
  'getCustomers',
  'listProducts',
  'listOwnedProducts',
  'listItemBalances',
  'listTransactions',
  'createCheckoutUrl',
]

/** Methods that only read (they receive an `AbortSignal` and may be retried). */
export const READ_METHODS: readonly AdapterMethod[] = [
  'listCustomers',
  'getCustomers',
  'listProducts',
  'listOwnedProducts',
  'listItemBalances',
  'listTransactions',
  'getCustomerMetrics',
  'getBilling',
]

/** Methods that change something (never retried automatically). */
export const MUTATION_METHODS: readonly AdapterMethod[] = [
  'createCheckoutUrl',
  'grantProduct',
  'changeItemQuantity',
  'cancelSubscription',
  'refundTransaction',
]
