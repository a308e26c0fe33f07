import type { CustomerRef } from '../adapter/types'

/**
 * The one string key of a customer, `type:id` (e.g. `custom:acme-42`): unique across types, and
 * unambiguous because a type never holds a colon. Rows, focus, de-duplication and tests all use it;
 * it is also what the table puts in `data-key`.
 *
 * @example
 * customerKey({ type: 'team', id: 'a1b2' }) // 'team:a1b2'
 */
export function customerKey(ref: CustomerRef): string {
  return `${ref.type}:${ref.id}`
}
