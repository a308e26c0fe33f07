import { QueryClient, type QueryClient as QueryClientType } from '@tanstack/react-query'
import { MAX_RETRY_AFTER_MS, isPaymentsError } from '../adapter/errors'

/**
 * How often a failed read is retried. The query layer is the one owner of read retries: adapters
 * report a failure once (see docs/adapter.md, "Retries"), so a read that keeps failing costs at
 * most `1 + MAX_READ_RETRIES` adapter calls per view, and mutations are never retried.
 */
export const MAX_READ_RETRIES = 2

/**
 * True for failures worth another try: `network` errors (a stray abort the caller did not cause
 * becomes one), `busy` (429 / 503) and other server errors (`status` ≥ 500). Never validation,
 * permission or rule errors.
 */
export function isTransientError(error: unknown): boolean {
  return isPaymentsError(error) && (error.code === 'network' || error.code === 'busy' || (error.status !== undefined && error.status >= 500))
}

/** Retries a transient failure up to {@link MAX_READ_RETRIES} times. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isTransientError(error) && failureCount < MAX_READ_RETRIES
}

/**
 * 300 ms, 600 ms, 1.2 s … capped at 5 s; when the adapter says how long the server asked to wait
 * (`details.retryAfterMs`, e.g. from `Retry-After`), at least that long, capped at 30 s.
 */
export function retryDelay(attempt: number, error?: unknown): number {
  const backoff = Math.min(300 * 2 ** attempt, 5000)
  const asked: unknown = isPaymentsError(error) ? error.details?.retryAfterMs : undefined
  if (typeof asked === 'number' && Number.isFinite(asked) && asked >= 0) return Math.max(backoff, Math.min(asked, MAX_RETRY_AFTER_MS))
  return backoff
}

/** The first element of every query key the library uses. */
export const QUERY_KEY_ROOT = 'hexclave'

/**
 * Applies the library's read policy to its own queries (keys starting with `'hexclave'`) on any
 * client, the private one or a host's: retry transient failures only, with backoff, and no
 * refetch on window focus. A host client's other queries are untouched. (The library's mutations
 * set `retry: false` themselves.)
 */
export function applyPaymentsQueryDefaults(client: QueryClientType): void {
  client.setQueryDefaults([QUERY_KEY_ROOT], {
    retry: shouldRetry,
    retryDelay,
    staleTime: 30_000,
    gcTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  })
}

/**
 * The library's private query client. Reads retry transient failures twice with backoff;
 * mutations never retry.
 *
 * @example
 * <PaymentsProvider adapter={adapter} queryClient={createPaymentsQueryClient()} />
 */
export function createPaymentsQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, staleTime: 30_000, gcTime: 5 * 60_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
  applyPaymentsQueryDefaults(client)
  return client
}
