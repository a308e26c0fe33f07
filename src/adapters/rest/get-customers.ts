/** Customers by reference (`getCustomers`), loaded on first call with a customer's view (see `./on-demand`). */
import { isPaymentsError } from '../../adapter/errors'
import type { Customer, CustomerRef, GetCustomersParams } from '../../adapter/types'
import { teamOf, userOf } from './customer-rows'
import type { CustomCustomers } from './customers'
import type { Requester } from './http'
import { parseWire } from './shape'
import { wireTeam, wireUser } from './wire-schema'

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

async function lookup(request: Requester, customs: CustomCustomers, ref: CustomerRef, signal: AbortSignal): Promise<Customer | null> {
  if (ref.type === 'custom') {
    return (await customs.list(signal)).find((c) => c.id === ref.id) ?? { type: 'custom', id: ref.id, displayName: null }
  }
  if (!UUID_RE.test(ref.id)) return null
  const path = ref.type === 'user' ? `/users/${ref.id}` : `/teams/${ref.id}`
  try {
    const body = await request({ method: 'GET', path, signal, caller: 'getCustomers' })
    return ref.type === 'user' ? userOf(parseWire(wireUser, body, 'getCustomers')) : teamOf(parseWire(wireTeam, body, 'getCustomers'))
  } catch (error) {
    if (isPaymentsError(error) && error.code === 'not_found') return null
    throw error
  }
}

/** Batch lookup: one `GET /users/{id}` or `GET /teams/{id}` per ref, in parallel. */
export function getCustomers(request: Requester, customs: CustomCustomers, p: GetCustomersParams): Promise<Array<Customer | null>> {
  return Promise.all(p.refs.map((ref) => lookup(request, customs, ref, p.signal)))
}
