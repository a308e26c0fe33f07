import { QueryClient } from '@tanstack/react-query'
import { isPaymentsError } from '../adapter/errors'

/** How often a read is retried after a `network` error (never after any other error). */
export const MAX_NETWORK_RETRIES = 2

/** Retry only network failures, with backoff; never validation, permission or rule errors. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isPaymentsError(error) && error.code === 'network' && failureCount < MAX_NETWORK_RETRIES
}

/** 300 ms, 600 ms, 1.2 s … capped at 5 s. */
export function retryDelay(attempt: number): number {
  return Math.min(300 * 2 ** attempt, 5000)
}

/**
 * The library's private query client. Money mutations never retry.
 *
 * @example
 * <PaymentsProvider adapter={adapter} queryClient={createPaymentsQueryClient()} />
 */
export function createPaymentsQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  })
}
