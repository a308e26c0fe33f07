import type { AsyncSlots } from '../../../ui/async-frame'

/** The sub-sections of the customer payments view, by name. */
export type CustomerPaymentsPartName = 'header' | 'metrics' | 'products' | 'transactions' | 'items' | 'billing'

/**
 * Host replacements of the payments view's loading, error and empty states: the top-level
 * `loading` / `error` / `empty` apply to every part, a part's own entry (`products: { empty }`)
 * wins over them, and the `slots` prop of the part itself wins over both.
 *
 * @example
 * <CustomerPaymentsSection
 *   customerType="user"
 *   customerId={id}
 *   slots={{ loading: <MySpinner />, transactions: { empty: <p>No payments yet.</p> } }}
 * />
 */
export interface CustomerPaymentsSlots extends AsyncSlots {
  header?: AsyncSlots
  metrics?: AsyncSlots
  products?: AsyncSlots
  transactions?: AsyncSlots
  items?: AsyncSlots
  billing?: AsyncSlots
}

const SLOT_NAMES = ['loading', 'error', 'empty'] as const

/** Layers of slots merged left to right; a slot given as `undefined` keeps the layer below. */
export function mergeSlots(...layers: readonly (AsyncSlots | undefined)[]): AsyncSlots | undefined {
  let merged: AsyncSlots | undefined
  for (const layer of layers) {
    if (!layer) continue
    for (const name of SLOT_NAMES) {
      if (layer[name] !== undefined) merged = { ...merged, [name]: layer[name] }
    }
  }
  return merged
}

/** The slots of one part: the section-wide ones, then that part's entry. */
export function partSlots(slots: CustomerPaymentsSlots | undefined, part: CustomerPaymentsPartName): AsyncSlots | undefined {
  if (!slots) return undefined
  return mergeSlots({ loading: slots.loading, error: slots.error, empty: slots.empty }, slots[part])
}
