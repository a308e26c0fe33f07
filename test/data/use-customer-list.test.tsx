import { describe, expect, it, vi } from 'vitest'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { QueryClient } from '@tanstack/react-query'
import type { Customer, ListCustomersParams, Page } from '../../src/adapter/types'
import { PaymentsProvider } from '../../src/payments-provider'
import { useCustomerList } from '../../src/data/use-customer-list'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { createTestAdapter } from '../../src/testing/test-adapter'
import { PaymentsError } from '../../src/adapter/errors'
import { deferred } from '../promises'

const adapter = createMemoryAdapter({ users: 1_000_000, teams: 0, customCustomers: 0 })
const wrapper = ({ children }: { children: ReactNode }) => <PaymentsProvider adapter={adapter}>{children}</PaymentsProvider>

describe('useCustomerList', () => {
  it('keeps a bounded window of pages and fetches dropped pages again when going back', async () => {
    const { result } = renderHook(() => useCustomerList({ type: 'all', search: '', pageSize: 50, maxPages: 3 }), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('success'))
    for (let page = 1; page < 6; page++) {
      act(() => result.current.fetchNextPage())
      await waitFor(() => expect(result.current.lastPageIndex).toBe(page))
    }
    expect(result.current.rows).toHaveLength(150)
    expect(result.current.firstRowIndex).toBe(150)
    expect(result.current.hasPreviousPage).toBe(true)
    act(() => result.current.fetchPreviousPage())
    await waitFor(() => expect(result.current.firstRowIndex).toBe(100))
    expect(result.current.rows).toHaveLength(150)
    expect(result.current.total).toEqual({ count: 1_000_000 })
  })

  it('reaches row 999,999 of a million with a bounded number of rows in memory', async () => {
    // Big pages keep the walk short; the memory adapter caps pages at 1,000 rows like a backend.
    const million = createTestAdapter({
      listCustomers: async ({ cursor, limit }) => {
        const start = Number(cursor ?? 0)
        const end = Math.min(start + limit, 1_000_000)
        const items = Array.from({ length: end - start }, (_, i) => ({
          type: 'user' as const,
          id: `u${start + i}`,
          displayName: `User ${start + i}`,
        }))
        return { items, nextCursor: end < 1_000_000 ? String(end) : null, total: { count: 1_000_000 } }
      },
    })
    const { result } = renderHook(
      () => useCustomerList({ type: 'user', search: '', pageSize: 20_000, maxPages: 2 }),
      { wrapper: ({ children }: { children: ReactNode }) => <PaymentsProvider adapter={million}>{children}</PaymentsProvider> },
    )
    await waitFor(() => expect(result.current.status).toBe('success'))
    while (result.current.hasNextPage) {
      const before = result.current.lastPageIndex
      act(() => result.current.fetchNextPage())
      await waitFor(() => expect(result.current.lastPageIndex).toBe(before + 1))
      expect(result.current.rows.length).toBeLessThanOrEqual(40_000)
    }
    expect(result.current.firstRowIndex + result.current.rows.length - 1).toBe(999_999)
    expect(result.current.rows.at(-1)?.id).toBe('u999999')
    // A million rows pass the response validation: ~30 s on an idle 2-core machine, more when busy.
  }, 240_000)

  it('starts again when the host cancels the first load, instead of showing skeletons forever', async () => {
    // Requests made before the host cancels never answer on its own; they end only when aborted.
    let cancelled = false
    const listCustomers = vi.fn(({ signal }: ListCustomersParams): Promise<Page<Customer>> => {
      if (!cancelled) {
        return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }))
      }
      return Promise.resolve({ items: [{ type: 'user', id: 'u1', displayName: 'Ada' }], nextCursor: null })
    })
    const queryClient = new QueryClient()
    const { result } = renderHook(() => useCustomerList({ type: 'user', search: '', pageSize: 50 }), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <PaymentsProvider adapter={createTestAdapter({ listCustomers })} queryClient={queryClient}>
          {children}
        </PaymentsProvider>
      ),
    })
    await waitFor(() => expect(listCustomers).toHaveBeenCalled())
    expect(result.current.status).toBe('loading')
    // A host (or a devtool) cancels every running query: the list is left pending with nothing in flight.
    const callsBefore = listCustomers.mock.calls.length
    cancelled = true
    await act(() => queryClient.cancelQueries())
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.rows.map((row) => row.displayName)).toEqual(['Ada'])
    expect(listCustomers.mock.calls.length).toBeGreaterThan(callsBefore)
    queryClient.clear()
  })

  it('says with one status and two facts what it fetches and which page failed (the deprecated fields agree)', async () => {
    const customer = (i: number): Customer => ({ type: 'user', id: `u${i}`, displayName: `User ${i}` })
    // The second page fails on its first request and answers on the retry, each when the test says.
    const firstTry = deferred()
    const retried = deferred()
    let secondPageCalls = 0
    const listCustomers = async ({ cursor }: ListCustomersParams): Promise<Page<Customer>> => {
      if (cursor === null || cursor === undefined) return { items: [customer(0), customer(1)], nextCursor: '2' }
      secondPageCalls++
      if (secondPageCalls === 1) {
        await firstTry.promise
        throw new PaymentsError('forbidden')
      }
      await retried.promise
      return { items: [customer(2)], nextCursor: null }
    }
    const { result } = renderHook(() => useCustomerList({ type: 'user', search: '', pageSize: 2 }), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <PaymentsProvider adapter={createTestAdapter({ listCustomers })}>{children}</PaymentsProvider>
      ),
    })
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.fetching).toBeNull()

    act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.fetching).toBe('next'))
    expect(result.current.isFetchingNextPage).toBe(true)

    firstTry.resolve()
    await waitFor(() => expect(result.current.pageError?.page).toBe('next'))
    expect(result.current.status).toBe('success')
    expect(result.current.error).toBeNull()
    expect(result.current.fetching).toBeNull()
    expect(result.current.nextPageError).toBe(result.current.pageError?.error)
    expect(result.current.failedPage).toBe('next')

    act(() => result.current.retry())
    await waitFor(() => expect(result.current.fetching).toBe('retry'))
    expect(result.current.isRetrying).toBe(true)

    retried.resolve()
    await waitFor(() => expect(result.current.rows).toHaveLength(3))
    expect(result.current.pageError).toBeNull()
    expect(result.current.fetching).toBeNull()
    expect(result.current.isRetrying).toBe(false)
    expect(result.current.hasNextPage).toBe(false)
  })

  it('is in error, with the error, when the first page fails', async () => {
    const listCustomers = () => Promise.reject(new PaymentsError('forbidden'))
    const { result } = renderHook(() => useCustomerList({ type: 'user', search: '' }), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <PaymentsProvider adapter={createTestAdapter({ listCustomers })}>{children}</PaymentsProvider>
      ),
    })
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.error).toBeInstanceOf(PaymentsError)
    expect(result.current.pageError).toBeNull()
    expect(result.current.rows).toEqual([])
  })
})
