import { describe, expect, it } from 'vitest'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { PaymentsError } from '../../src/adapter/errors'
import type { PaymentsAdapter } from '../../src/adapter/types'
import { PaymentsProvider } from '../../src/payments-provider'
import { useCustomerTypeCounts, useCustomerTypeTotals } from '../../src/data/use-customer-type-counts'
import { createTestAdapter } from '../../src/testing/test-adapter'

/** Teams report a total, users report none, custom customers fail. */
const adapter = createTestAdapter({
  listCustomers: async ({ type }) => {
    if (type === 'custom') throw new PaymentsError('network')
    return { items: [], nextCursor: null, ...(type === 'team' ? { total: { count: 12 } } : {}) }
  },
})

const wrapperFor = (a: PaymentsAdapter) =>
  function Wrapper({ children }: { children: ReactNode }) {
    return <PaymentsProvider adapter={a}>{children}</PaymentsProvider>
  }

describe('useCustomerTypeTotals', () => {
  it('tells a known total, a total the adapter does not report, and a failure apart', async () => {
    const { result } = renderHook(() => useCustomerTypeTotals(['user', 'team', 'custom']), { wrapper: wrapperFor(adapter) })
    expect(result.current.team).toEqual({ status: 'loading', total: null })
    await waitFor(() => expect(result.current.custom?.status).toBe('error'))
    expect(result.current.team).toEqual({ status: 'success', total: { count: 12 } })
    expect(result.current.user).toEqual({ status: 'success', total: null })
    expect(result.current.custom).toEqual({ status: 'error', total: null })
  })
})

describe('useCustomerTypeCounts', () => {
  it('keeps only the reported totals', async () => {
    const { result } = renderHook(() => useCustomerTypeCounts(['user', 'team']), { wrapper: wrapperFor(adapter) })
    await waitFor(() => expect(result.current.team).toEqual({ count: 12 }))
    expect(result.current).not.toHaveProperty('user')
  })
})
