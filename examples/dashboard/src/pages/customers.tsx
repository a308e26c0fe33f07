/**
 * Payments → Customers: the library's CustomersBrowser with type, search and the open customer in
 * the URL (`?type=custom&q=acme&customer=custom:acme-42`), so back/forward and reloads work.
 * Type and customer changes push a history entry; typing in the search replaces it.
 */
import { CustomersBrowser, type CustomerRef, type CustomerTypeFilter } from '@hexclave/payments-ui'
import { useMemo } from 'react'
import { navigate, queryString, useLocation } from '../router'
import { PageHeader } from '../ui'

const PATH = '/payments/customers'
const TYPES: readonly CustomerTypeFilter[] = ['all', 'user', 'team', 'custom']

function parseCustomer(value: string | null): CustomerRef | null {
  if (!value) return null
  const colon = value.indexOf(':')
  const type = value.slice(0, colon)
  const id = value.slice(colon + 1)
  if (colon < 0 || !id || (type !== 'user' && type !== 'team' && type !== 'custom')) return null
  return { type, id }
}

export function CustomersPage() {
  const { query } = useLocation()
  const rawType = query.get('type')
  const type: CustomerTypeFilter = TYPES.includes(rawType as CustomerTypeFilter) ? (rawType as CustomerTypeFilter) : 'all'
  const search = query.get('q') ?? ''
  const customerParam = query.get('customer')
  const selected = useMemo(() => parseCustomer(customerParam), [customerParam])

  const go = (next: { type?: CustomerTypeFilter; q?: string; customer?: CustomerRef | null }, replace = false) => {
    const nextType = next.type ?? type
    const customer = next.customer === undefined ? selected : next.customer
    const href =
      PATH +
      queryString({
        type: nextType === 'all' ? null : nextType,
        q: next.q ?? search,
        customer: customer ? `${customer.type}:${customer.id}` : null,
      })
    navigate(href, { replace })
  }

  return (
    <>
      {!selected && (
        <PageHeader title="Customers" description="Every paying entity: users, teams and custom customers (e.g. your API tenants)." />
      )}
      <div className="browser-card">
        <CustomersBrowser
          type={type}
          onTypeChange={(next) => go({ type: next })}
          search={search}
          onSearchChange={(next) => go({ q: next }, true)}
          selectedCustomer={selected}
          onSelectedCustomerChange={(customer) => go({ customer })}
          getCustomerHref={(customer) => PATH + queryString({ type: type === 'all' ? null : type, q: search, customer: `${customer.type}:${customer.id}` })}
          height={600}
        />
      </div>
    </>
  )
}
