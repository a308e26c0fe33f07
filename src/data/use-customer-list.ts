import { useCallback, useEffect, useMemo } from 'react'
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query'
import type { Customer, CustomerTypeFilter, Page, PageTotal } from '../adapter/types'
import { usePaymentsContext } from './payments-context'
import { customerKey } from '../lib/customer-key'

/** Where a page sits in the whole list: its number, the rows before it and its cursor. */
interface PageParam {
  index: number
  offset: number
  cursor: string | null
}

export interface UseCustomerListParams {
  type: CustomerTypeFilter
  /** The search actually sent (debounce before passing it). Empty: no search. */
  search: string
  /** Rows per page. @default 50 */
  pageSize?: number
  /**
   * How many pages are kept in memory; older ones are dropped and fetched again when the user
   * scrolls back. @default 12
   */
  maxPages?: number
  /** @default true */
  enabled?: boolean
}

/** One enumerated status, mirrored to the DOM as `data-status`. */
export type CustomerListStatus = 'loading' | 'error' | 'empty' | 'success'

export interface CustomerListState {
  status: CustomerListStatus
  /** Retained rows, de-duplicated by (type, id). */
  rows: Customer[]
  /** Position of `rows[0]` in the whole list (0 until pages are dropped at the top). */
  firstRowIndex: number
  total: PageTotal | undefined
  error: Error | null
  /** Rows of a previous search or type shown while the new ones load. */
  isPlaceholder: boolean
  isFetchingNextPage: boolean
  isFetchingPreviousPage: boolean
  /** A fetch failed while rows are shown (the loaded rows stay); `failedPage` says which. */
  nextPageError: Error | null
  /**
   * Which fetch `nextPageError` comes from: the `next` page, an `earlier` page (scrolling back up,
   * a dropped page fetched again) or a `refresh` of the loaded pages; `null` without one.
   */
  failedPage: 'next' | 'earlier' | 'refresh' | null
  /** `retry` is in flight after a failure: show its Retry button as pending. */
  isRetrying: boolean
  hasNextPage: boolean
  hasPreviousPage: boolean
  /** Number of the last page loaded (0 for the first page). */
  lastPageIndex: number
  /** Rows the last loaded page brought. */
  lastPageSize: number
  fetchNextPage: () => void
  fetchPreviousPage: () => void
  retry: () => void
}

const EMPTY: Customer[] = []
const FIRST_PAGE: PageParam = { index: 0, offset: 0, cursor: null }

/**
 * Cursors of pages that were dropped from memory, per query, so scrolling back up can fetch
 * them again. A cursor is a short string: a million rows in 50-row pages keep 20,000 of them.
 */
const cursorLogs = new WeakMap<object, Map<string, PageParam[]>>()

function cursorLogFor(owner: object, key: string): PageParam[] {
  let logs = cursorLogs.get(owner)
  if (!logs) {
    logs = new Map()
    cursorLogs.set(owner, logs)
  }
  let log = logs.get(key)
  if (!log) {
    log = [FIRST_PAGE]
    logs.set(key, log)
  }
  return log
}


/**
 * Cursor-paged customers over TanStack Query: keeps previous rows while a new search loads,
 * drops responses of stale searches, de-duplicates rows across pages and keeps a bounded window
 * of pages in memory.
 *
 * @example
 * const list = useCustomerList({ type: 'all', search: debouncedSearch })
 * list.rows.map((customer) => <Row key={customer.id} customer={customer} />)
 */
export function useCustomerList({
  type,
  search,
  pageSize = 50,
  maxPages = 12,
  enabled = true,
}: UseCustomerListParams): CustomerListState {
  const { adapter, queryClient, queryScope } = usePaymentsContext('useCustomerList')
  const queryKey = useMemo(
    () => [...queryScope, 'customers', { type, search, pageSize }] as const,
    [queryScope, type, search, pageSize],
  )
  const log = cursorLogFor(queryClient, JSON.stringify(queryKey))

  const options = infiniteQueryOptions<Page<Customer>, Error, InfiniteData<Page<Customer>, PageParam>, typeof queryKey, PageParam>({
    queryKey,
    initialPageParam: FIRST_PAGE,
    queryFn: async ({ pageParam, signal }) => {
      const page = await adapter.listCustomers({
        type,
        search: search || undefined,
        cursor: pageParam.cursor,
        limit: pageSize,
        signal,
      })
      if (page.nextCursor) {
        log[pageParam.index + 1] = {
          index: pageParam.index + 1,
          offset: pageParam.offset + page.items.length,
          cursor: page.nextCursor,
        }
      }
      return page
    },
    getNextPageParam: (last, _all, lastParam) =>
      last.nextCursor
        ? { index: lastParam.index + 1, offset: lastParam.offset + last.items.length, cursor: last.nextCursor }
        : undefined,
    getPreviousPageParam: (_first, _all, firstParam) =>
      firstParam.index === 0 ? undefined : log[firstParam.index - 1],
    maxPages,
  })
  // Start the first page during render (as TanStack's usePrefetchInfiniteQuery does, which cannot
  // be switched off by `enabled`) rather than in the observer's effect after the first commit: the
  // rows arrive one commit sooner. Only when the query has no state yet, and never on the server.
  if (enabled && typeof window !== 'undefined' && !queryClient.getQueryState(queryKey)) {
    void queryClient.prefetchInfiniteQuery(options)
  }
  const query = useInfiniteQuery({ ...options, enabled, placeholderData: keepPreviousData }, queryClient)

  const { data } = query
  const rows = useMemo(() => {
    if (!data) return EMPTY
    const seen = new Set<string>()
    const out: Customer[] = []
    for (const page of data.pages) {
      for (const customer of page.items) {
        const k = customerKey(customer)
        if (seen.has(k)) continue
        seen.add(k)
        out.push(customer)
      }
    }
    return out
  }, [data])

  const firstRowIndex = data?.pageParams[0]?.offset ?? 0
  const total = data?.pages[0]?.total
  const hasRows = rows.length > 0
  // Every failure is shown (a stray AbortError the caller did not cause arrives as a `network`
  // error from the validated adapter): a list never sits on skeletons with nothing in flight.
  const error = query.error
  const firstPageFailed = error !== null && !hasRows
  const status: CustomerListStatus = firstPageFailed
    ? 'error'
    : !data
      ? 'loading'
      : hasRows
        ? 'success'
        : query.isPlaceholderData
          ? 'loading'
          : 'empty'

  const { fetchNextPage, fetchPreviousPage, refetch, hasNextPage, hasPreviousPage, isFetching } = query
  // A fetch cancelled by someone else (e.g. `queryClient.cancelQueries` in the host) reverts the
  // query to pending with nothing in flight; start it again rather than show skeletons forever.
  const stalled = enabled && query.status === 'pending' && query.fetchStatus === 'idle'
  useEffect(() => {
    if (stalled) void refetch()
  }, [stalled, refetch])
  const isFetchingNextPage = query.isFetchingNextPage
  const isFetchingPreviousPage = query.isFetchingPreviousPage
  const loadNext = useCallback(() => {
    if (hasNextPage && !isFetching) void fetchNextPage({ cancelRefetch: false })
  }, [fetchNextPage, hasNextPage, isFetching])
  const loadPrevious = useCallback(() => {
    if (hasPreviousPage && !isFetching) void fetchPreviousPage({ cancelRefetch: false })
  }, [fetchPreviousPage, hasPreviousPage, isFetching])
  const isFetchNextPageError = query.isFetchNextPageError
  const isFetchPreviousPageError = query.isFetchPreviousPageError
  // Tries the failed fetch again. `cancelRefetch: false`: a repeat call while it runs (a quick
  // second click, before the pending Retry renders) joins it instead of cancelling and restarting it.
  const retry = useCallback(() => {
    if (isFetchNextPageError) void fetchNextPage({ cancelRefetch: false })
    else if (isFetchPreviousPageError) void fetchPreviousPage({ cancelRefetch: false })
    else void refetch({ cancelRefetch: false })
  }, [fetchNextPage, fetchPreviousPage, isFetchNextPageError, isFetchPreviousPageError, refetch])

  return {
    status,
    rows,
    firstRowIndex,
    total,
    error: firstPageFailed ? error : null,
    isPlaceholder: query.isPlaceholderData,
    isFetchingNextPage,
    isFetchingPreviousPage,
    nextPageError: hasRows && error ? error : null,
    failedPage: hasRows && error ? (isFetchNextPageError ? 'next' : isFetchPreviousPageError ? 'earlier' : 'refresh') : null,
    isRetrying: error !== null && isFetching,
    hasNextPage,
    hasPreviousPage,
    lastPageIndex: data?.pageParams.at(-1)?.index ?? 0,
    lastPageSize: data?.pages.at(-1)?.items.length ?? 0,
    fetchNextPage: loadNext,
    fetchPreviousPage: loadPrevious,
    retry,
  }
}
