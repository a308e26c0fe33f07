import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer } from 'react'
import { flushSync } from 'react-dom'
import { hashKey, infiniteQueryOptions, keepPreviousData, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query'
import type { Customer, CustomerTypeFilter, Page, PageTotal } from '../adapter/types'
import { usePaymentsContext } from './payments-context'
import { customerKey } from '../lib/customer-key'
import { readStatus, type ReadStatus } from '../lib/async-status'

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

/**
 * @deprecated Use `ReadStatus` (the library's one status vocabulary); `CustomerListState['status']`
 * is one.
 */
export type CustomerListStatus = ReadStatus

/**
 * What a list is fetching now: the `next` page (scrolling down), a `previous` page (scrolling
 * back up to a dropped page), a `refresh` (the first page of a new search or type, or a reload of
 * the loaded pages) or a `retry` of a failed fetch; `null` while nothing is in flight.
 */
export type CustomerListFetch = 'next' | 'previous' | 'refresh' | 'retry'

/** A fetch that failed while rows show (the loaded rows stay). */
export interface CustomerListPageError {
  /**
   * Which fetch: the `next` page, an `earlier` page (scrolling back up, a dropped page fetched
   * again) or a `refresh` of the loaded pages.
   */
  page: 'next' | 'earlier' | 'refresh'
  error: Error
}

/**
 * A paged customer list: one status (`ReadStatus`, mirrored to the DOM as `data-status`) and the
 * facts beside it (what is fetching, whether a page failed, whether more pages exist).
 */
export interface CustomerListState {
  /** `loading` (nothing to show yet) → `error` (first page failed) / `empty` / `success`. */
  status: ReadStatus
  /** Retained rows, de-duplicated by (type, id). */
  rows: Customer[]
  /** Position of `rows[0]` in the whole list (0 until pages are dropped at the top). */
  firstRowIndex: number
  total: PageTotal | undefined
  /** Why the first page failed (`status` is `error`); `null` otherwise. */
  error: Error | null
  /** A fetch that failed while rows show; `null` without one. */
  pageError: CustomerListPageError | null
  /** What is being fetched now; `null` while nothing is in flight. */
  fetching: CustomerListFetch | null
  /** The rows are those of a previous search or type, shown while the new ones load. */
  isPlaceholder: boolean
  /** The adapter has a page after the loaded ones. */
  hasNextPage: boolean
  /** A page before the loaded ones was dropped from memory (scrolling back up fetches it again). */
  hasPreviousPage: boolean
  /** Number of the last page loaded (0 for the first page). */
  lastPageIndex: number
  /** Rows the last loaded page brought. */
  lastPageSize: number
  fetchNextPage: () => void
  fetchPreviousPage: () => void
  retry: () => void
  /** @deprecated Use `fetching === 'next'`. */
  isFetchingNextPage: boolean
  /** @deprecated Use `fetching === 'previous'`. */
  isFetchingPreviousPage: boolean
  /** @deprecated Use `fetching === 'retry'`. */
  isRetrying: boolean
  /** @deprecated Use `pageError?.error`. */
  nextPageError: Error | null
  /** @deprecated Use `pageError?.page`. */
  failedPage: 'next' | 'earlier' | 'refresh' | null
}

const EMPTY: Customer[] = []
/** A layout effect in the browser; nothing on the server (where it would warn on React 18). */
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect
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

  // Render as soon as a page of this list arrives. TanStack Query tells its observers in a
  // `setTimeout(0)` batch, which lets the browser produce a frame before the rows render; a render
  // reads the query's new state itself (useInfiniteQuery's result is computed from the query
  // while rendering), so the later notification then finds nothing changed. A layout effect: the
  // first page may arrive right after the first commit, before passive effects run.
  // The first page of a list (or a refresh) renders synchronously (flushSync), in a microtask
  // after the answer: an ordinary update waits for a scheduler task, behind the frame and the
  // timers already queued, so a page that arrives before the browser paints (an in-memory or
  // cached answer) painted the skeleton, then ran those timers, then the rows. The microtask keeps
  // flushSync out of React's own render and effects (a success event can come from a host's
  // setQueryData there). Next and previous pages keep the ordinary update: their render asks for
  // the following page, and an adapter that answers at once would chain pages in microtasks
  // without ever letting the browser run a task or paint.
  const queryHash = hashKey(queryKey)
  const [, renderNow] = useReducer((n: number) => n + 1, 0)
  useIsomorphicLayoutEffect(() => {
    let subscribed = true
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success' || event.query.queryHash !== queryHash) return
      if (event.query.state.fetchMeta?.fetchMore) {
        renderNow()
        return
      }
      queueMicrotask(() => {
        if (subscribed) flushSync(renderNow)
      })
    })
    return () => {
      subscribed = false
      unsubscribe()
    }
  }, [queryClient, queryHash])

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
  // Without rows, a failure wins; rows of a previous search are no answer yet (still loading).
  const status = readStatus({
    hasData: data !== undefined && (hasRows || (!query.isPlaceholderData && error === null)),
    isEmpty: !hasRows,
    error: hasRows ? null : error,
  })

  const { fetchNextPage, fetchPreviousPage, refetch, hasNextPage, hasPreviousPage, isFetching } = query
  // A fetch cancelled by someone else (e.g. `queryClient.cancelQueries` in the host) reverts the
  // query to pending with nothing in flight; start it again rather than show skeletons forever.
  const stalled = enabled && query.status === 'pending' && query.fetchStatus === 'idle'
  useEffect(() => {
    if (stalled) void refetch()
  }, [stalled, refetch])
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

  const pageError: CustomerListPageError | null =
    hasRows && error
      ? { page: isFetchNextPageError ? 'next' : isFetchPreviousPageError ? 'earlier' : 'refresh', error }
      : null
  const fetching: CustomerListFetch | null = !isFetching
    ? null
    : error !== null
      ? 'retry'
      : query.isFetchingNextPage
        ? 'next'
        : query.isFetchingPreviousPage
          ? 'previous'
          : 'refresh'

  return {
    status,
    rows,
    firstRowIndex,
    total,
    error: status === 'error' ? error : null,
    pageError,
    fetching,
    isPlaceholder: query.isPlaceholderData,
    hasNextPage,
    hasPreviousPage,
    lastPageIndex: data?.pageParams.at(-1)?.index ?? 0,
    lastPageSize: data?.pages.at(-1)?.items.length ?? 0,
    fetchNextPage: loadNext,
    fetchPreviousPage: loadPrevious,
    retry,
    isFetchingNextPage: query.isFetchingNextPage,
    isFetchingPreviousPage: query.isFetchingPreviousPage,
    isRetrying: fetching === 'retry',
    nextPageError: pageError?.error ?? null,
    failedPage: pageError?.page ?? null,
  }
}
