import { describe, expect, it } from 'vitest'
import { QueryClient } from '@tanstack/react-query'
import { PaymentsError } from '../../src/adapter/errors'
import { paymentsKeys, refreshStaleView } from '../../src/data/customer-queries'

const scope = ['hexclave', 1] as const
const ada = { type: 'user' as const, id: 'ada' }
const bob = { type: 'user' as const, id: 'bob' }

/** A client holding Ada's and Bob's owned products and the user catalog, all fresh. */
function seeded() {
  const queryClient = new QueryClient()
  queryClient.setQueryData(paymentsKeys.ownedProducts(scope, ada), [])
  queryClient.setQueryData(paymentsKeys.ownedProducts(scope, bob), [])
  queryClient.setQueryData(paymentsKeys.catalog(scope, 'user'), { products: [] })
  const stale = () => ({
    ada: queryClient.getQueryState(paymentsKeys.ownedProducts(scope, ada))?.isInvalidated,
    bob: queryClient.getQueryState(paymentsKeys.ownedProducts(scope, bob))?.isInvalidated,
    catalog: queryClient.getQueryState(paymentsKeys.catalog(scope, 'user'))?.isInvalidated,
  })
  return { queryClient, stale }
}

describe('refreshStaleView: one stale-view policy for every mutation and the checkout', () => {
  it.each(['product_already_owned', 'already_refunded', 'not_cancelable', 'insufficient_quantity'] as const)(
    'refreshes only that customer after %s',
    (code) => {
      const { queryClient, stale } = seeded()
      refreshStaleView({ queryClient, queryScope: scope }, ada, new PaymentsError(code))
      expect(stale()).toEqual({ ada: true, bob: false, catalog: false })
    },
  )

  it.each(['product_not_found', 'server_only_product', 'customer_type_mismatch'] as const)('refreshes the catalog after %s', (code) => {
    const { queryClient, stale } = seeded()
    refreshStaleView({ queryClient, queryScope: scope }, ada, new PaymentsError(code))
    expect(stale()).toEqual({ ada: false, bob: false, catalog: true })
  })

  it('refreshes nothing after a failure that says nothing about the data', () => {
    const { queryClient, stale } = seeded()
    refreshStaleView({ queryClient, queryScope: scope }, ada, new PaymentsError('network'))
    refreshStaleView({ queryClient, queryScope: scope }, ada, new Error('boom'))
    expect(stale()).toEqual({ ada: false, bob: false, catalog: false })
  })
})
