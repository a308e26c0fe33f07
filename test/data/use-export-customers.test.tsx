import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import type { Customer, ListCustomersParams, Transaction } from '../../src/adapter/types'
import { PaymentsProvider } from '../../src/payments-provider'
import { useExportCustomers } from '../../src/data/use-export-customers'
import { useExportTransactions } from '../../src/data/use-export-transactions'
import { createTestAdapter } from '../../src/testing/test-adapter'
import { itemChange, USER } from '../../stories/fixtures/customer-payments'
import { createTranslator } from '../../src/lib/create-translator'
import { errorMessage } from '../../src/lib/messages'
import { deferred } from '../promises'
import { IDLE_CSV_EXPORT, type CsvExportJob, type CsvExportSnapshot } from '../../src/data/csv-export'
import { useCsvExport } from '../../src/data/use-csv-export'
import { csvLines } from './csv-lines'

const people = (n: number): Customer[] => Array.from({ length: n }, (_, i) => ({ type: 'team' as const, id: `t${i}`, displayName: `Team ${i}` }))

describe('useExportCustomers', () => {
  it('exports with the parameters of the moment it starts, ignoring a second start while it runs', async () => {
    const calls: ListCustomersParams[] = []
    const gate = deferred()
    const adapter = createTestAdapter({
      listCustomers: async (params) => {
        calls.push(params)
        await gate.promise
        return { items: people(3), nextCursor: null, total: { count: 3 } }
      },
    })
    const wrapper = ({ children }: { children: ReactNode }) => <PaymentsProvider adapter={adapter}>{children}</PaymentsProvider>
    const { result, rerender } = renderHook(({ search }) => useExportCustomers({ type: 'team', search }), {
      wrapper,
      initialProps: { search: 'acme' },
    })
    expect(result.current.status).toBe('idle')
    act(() => result.current.start())
    expect(result.current.status).toBe('loading')
    rerender({ search: 'globex' })
    act(() => result.current.start())
    gate.resolve()
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(calls.map((call) => call.search)).toEqual(['acme'])
    expect(result.current.rows).toBe(3)
    expect(await csvLines(result.current.blob)).toHaveLength(4)
  })

  it('cancels a running export when the component goes away', async () => {
    const signals: AbortSignal[] = []
    const adapter = createTestAdapter({
      listCustomers: (params) => {
        signals.push(params.signal)
        return new Promise(() => {})
      },
    })
    const wrapper = ({ children }: { children: ReactNode }) => <PaymentsProvider adapter={adapter}>{children}</PaymentsProvider>
    const { result, unmount } = renderHook(() => useExportCustomers({ type: 'all' }), { wrapper })
    act(() => result.current.start())
    await waitFor(() => expect(signals).toHaveLength(1))
    unmount()
    expect(signals[0]?.aborted).toBe(true)
  })

  it('says which hook needs the provider when used outside it', () => {
    expect(() => renderHook(() => useExportCustomers({ type: 'all' }))).toThrow('`useExportCustomers` must be used within `PaymentsProvider`')
  })
})

describe('useExportTransactions', () => {
  it('exports every transaction of the customer and retries a failed page', async () => {
    const transactions: Transaction[] = [1, 2, 3].map((n) => itemChange(`t${n}`, USER, 'credits', n, `2026-10-0${n}T09:00:00Z`))
    let fail = true
    const adapter = createTestAdapter({
      listTransactions: async ({ cursor }) => {
        if (cursor === '2' && fail) throw new Error('socket hang up')
        const start = Number(cursor ?? 0)
        return { items: transactions.slice(start, start + 2), nextCursor: start + 2 < 3 ? String(start + 2) : null }
      },
    })
    const wrapper = ({ children }: { children: ReactNode }) => <PaymentsProvider adapter={adapter}>{children}</PaymentsProvider>
    const { result } = renderHook(() => useExportTransactions(USER, { pageSize: 2 }), { wrapper })
    act(() => result.current.start())
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.rows).toBe(2)
    expect(errorMessage(createTranslator(undefined, 'en-US'), result.current.error)).toBe('Something went wrong: socket hang up')
    fail = false
    act(() => result.current.retry())
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect((await csvLines(result.current.blob)).slice(1).map((line) => line.split(',')[2])).toEqual(['t1', 't2', 't3'])
  })
})

describe('useCsvExport', () => {
  /** A job driven by the test: `emit` changes its snapshot and tells its listeners, as a walk does per page. */
  function drivenJob() {
    const listeners = new Set<() => void>()
    let snapshot: CsvExportSnapshot = IDLE_CSV_EXPORT
    const job: CsvExportJob = {
      getSnapshot: () => snapshot,
      subscribe: (listener) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      start: () => {
        emit({ status: 'loading' })
        return new Promise(() => {})
      },
      retry: () => Promise.resolve(null),
      cancel: () => {},
    }
    const emit = (next: Partial<CsvExportSnapshot>) => {
      snapshot = { ...snapshot, ...next }
      for (const listener of [...listeners]) listener()
    }
    return { job, emit }
  }

  it('shows progress every 100 ms however fast the pages come, and a change of status at once', async () => {
    // The clock is the test's: no time passes until it says so.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    onTestFinished(() => void vi.useRealTimers())
    const { job, emit } = drivenJob()
    let renders = 0
    const { result } = renderHook(() => {
      renders++
      return useCsvExport(() => job)
    })
    act(() => result.current.start())
    expect(result.current.status).toBe('loading')
    const before = renders
    // 100 pages, each answered in a task of its own, within 100 ms.
    for (let rows = 500; rows <= 50_000; rows += 500) await act(async () => emit({ rows }))
    expect(renders - before).toBe(0)
    act(() => void vi.advanceTimersByTime(100))
    expect(result.current.rows).toBe(50_000)
    // One render, which StrictMode (on in every test) calls twice.
    expect(renders - before).toBe(2)

    act(() => emit({ status: 'success', rows: 50_000 }))
    expect(result.current.status).toBe('success')
  })
})

