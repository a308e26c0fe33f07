/**
 * The one status vocabulary of every async part of the library: lists, payments sub-sections,
 * the selected customer, the product catalog, and every mutation (checkout, grant, adjust,
 * cancel, refund). Each part uses the subset that applies to it; extra facts are flags beside
 * the status (`isFetching`, `isRetrying`, `isLoadingMore`), never further statuses.
 *
 * - `idle` — nothing asked yet: a mutation not submitted, a read that is switched off.
 * - `loading` — the first answer is on its way: nothing to show yet, or a submit in flight.
 * - `error` — it failed and there is nothing to show (a Retry is offered).
 * - `empty` — it answered, with nothing.
 * - `success` — it answered, with something (kept while a background refresh runs).
 */
export type AsyncStatus = 'idle' | 'loading' | 'error' | 'empty' | 'success'

/** The statuses of a read (it starts as soon as it is mounted). */
export type ReadStatus = Exclude<AsyncStatus, 'idle'>

/** The statuses of a mutation (it answers with something or fails). */
export type MutationStatus = Exclude<AsyncStatus, 'empty'>

/** Where a read stands, from what it holds: data wins over an error of a later refresh. */
export function readStatus({ hasData, isEmpty, error }: { hasData: boolean; isEmpty: boolean; error: unknown }): ReadStatus {
  if (!hasData) return error ? 'error' : 'loading'
  return isEmpty ? 'empty' : 'success'
}

/** Where a mutation stands. */
export function mutationStatus({ isPending, error, isSuccess }: { isPending: boolean; error: unknown; isSuccess: boolean }): MutationStatus {
  if (isPending) return 'loading'
  if (error) return 'error'
  return isSuccess ? 'success' : 'idle'
}
