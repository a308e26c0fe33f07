import { describe, expect, it } from 'vitest'
import { render, renderHook, screen, waitFor } from '@testing-library/react'
import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { PaymentsProvider } from '../../src/payments-provider'
import { usePaymentsAdapter } from '../../src/data/payments-provider'
import { usePaymentsContext } from '../../src/data/payments-context'
import { createTestAdapter } from '../../src/testing/test-adapter'

const adapter = createTestAdapter({ listCustomers: async () => ({ items: [], nextCursor: null }) })

describe('PaymentsProvider', () => {
  it('throws a clear error when a hook is used outside the provider', () => {
    expect(() => renderHook(() => usePaymentsAdapter())).toThrow(
      '`usePaymentsAdapter` must be used within `PaymentsProvider`',
    )
  })

  it('hands out the adapter wrapped with response validation', async () => {
    const bad = createTestAdapter({ listCustomers: async () => ({ items: [{ type: 'x' }], nextCursor: null }) as never })
    const { result } = renderHook(() => usePaymentsAdapter(), {
      wrapper: ({ children }: { children: ReactNode }) => <PaymentsProvider adapter={bad}>{children}</PaymentsProvider>,
    })
    await expect(
      result.current.listCustomers({ type: 'all', limit: 1, signal: new AbortController().signal }),
    ).rejects.toMatchObject({ code: 'invalid_response', method: 'listCustomers' })
  })

  it('keeps its query client private and leaves the host query client in charge of host queries', async () => {
    const host = new QueryClient()
    function HostWidget() {
      const client = useQueryClient()
      const query = useQuery({ queryKey: ['host'], queryFn: async () => 'host data' })
      const ours = usePaymentsContext('HostWidget').queryClient
      return (
        <p>
          {query.data} {client === host ? 'host client' : 'other client'} {ours === host ? 'shared' : 'private'}
        </p>
      )
    }
    render(
      <QueryClientProvider client={host}>
        <PaymentsProvider adapter={adapter}>
          <HostWidget />
        </PaymentsProvider>
      </QueryClientProvider>,
    )
    await waitFor(() => expect(screen.getByText('host data host client private')).toBeInTheDocument())
  })

  it('uses the locale and message overrides it is given', () => {
    const { result } = renderHook(() => usePaymentsContext('test'), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <PaymentsProvider adapter={adapter} locale="de-DE" messages={{ 'state.retry': 'Nochmal' }}>
          {children}
        </PaymentsProvider>
      ),
    })
    expect(result.current.t('state.retry')).toBe('Nochmal')
    expect(result.current.format.money('1234.5', 'EUR')).toBe('1.234,50\u00a0€')
  })

  it('renders no element of its own around the host tree', () => {
    const { container } = render(
      <PaymentsProvider adapter={adapter}>
        <span>child</span>
      </PaymentsProvider>,
    )
    expect(container.innerHTML).toBe('<span>child</span>')
  })
})
