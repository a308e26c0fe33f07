import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { StrictMode, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { PaymentsProvider } from '../../src/payments-provider'
import { usePaymentsContext } from '../../src/data/payments-context'
import { useCustomerList } from '../../src/data/use-customer-list'
import { createPaymentsQueryClient } from '../../src/data/query-client'
import { createMemoryAdapter } from '../../src/adapters/memory'
import type { PaymentsAdapter } from '../../src/adapter/types'
import { itRendersUnderStrictMode } from '../strict-mode'

// Issue 10, defect 11: an unmounted provider kept its private cache for the 5-minute gcTime.
// Every render here runs under StrictMode (test/setup.jsdom.ts): the provider's effects are
// cleaned up once on a throw-away mount, and its cache must survive that.

/** Counts listCustomers calls of a small memory adapter. */
function countingAdapter() {
  const memory = createMemoryAdapter({ users: 20, teams: 0, customCustomers: 0 })
  const listCustomers = vi.fn(memory.listCustomers)
  const adapter: PaymentsAdapter = { ...memory, listCustomers }
  return { adapter, listCustomers }
}

/** Shows the customer list's status and hands out the provider's query client. */
function List({ onClient }: { onClient: (client: QueryClient) => void }) {
  onClient(usePaymentsContext('List').queryClient)
  const list = useCustomerList({ type: 'all', search: '' })
  return <p>{list.status === 'success' ? `${list.rows.length} customers` : list.status}</p>
}

/** The library's queries in `client` that hold data. */
function cachedLibraryQueries(client: QueryClient) {
  return client.getQueryCache().findAll({ queryKey: ['hexclave'] }).filter((query) => query.state.data !== undefined)
}

/** Lets queued microtasks (a deferred clear) run. */
const settleMicrotasks = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

function renderList(adapter: PaymentsAdapter, queryClient?: QueryClient, extra?: ReactNode) {
  let client: QueryClient | undefined
  const result = render(
    <PaymentsProvider adapter={adapter} queryClient={queryClient}>
      <List onClient={(c) => (client = c)} />
      {extra}
    </PaymentsProvider>,
  )
  const getClient = () => {
    if (!client) throw new Error('the provider should have handed out its query client')
    return client
  }
  return { ...result, getClient }
}

describe('PaymentsProvider cache lifetime', () => {
  itRendersUnderStrictMode()

  it("keeps its private cache through StrictMode's throw-away mount", async () => {
    const { adapter, listCustomers } = countingAdapter()
    const { getClient, rerender } = renderList(adapter)
    await screen.findByText('20 customers')
    await settleMicrotasks()
    const client = getClient()
    expect(cachedLibraryQueries(client).length).toBeGreaterThan(0)

    // A second reader of the same list is served from the cache: no new request.
    const calls = listCustomers.mock.calls.length
    rerender(
      <PaymentsProvider adapter={adapter}>
        <List onClient={() => undefined} />
        <List onClient={() => undefined} />
      </PaymentsProvider>,
    )
    expect(await screen.findAllByText('20 customers')).toHaveLength(2)
    await settleMicrotasks()
    expect(listCustomers).toHaveBeenCalledTimes(calls)
    expect(cachedLibraryQueries(client).length).toBeGreaterThan(0)
  })

  it('keeps a first page that arrived before effects ran through the throw-away mount (one request)', async () => {
    // As in a host app in development: a StrictMode root outside act(), so a fast adapter answers
    // before the effects run and the throw-away cleanup finds the page already cached. Clearing
    // then would drop it and ask again.
    const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
    const actEnvironment = scope.IS_REACT_ACT_ENVIRONMENT
    scope.IS_REACT_ACT_ENVIRONMENT = false
    const container = document.body.appendChild(document.createElement('div'))
    const root = createRoot(container)
    try {
      const { adapter, listCustomers } = countingAdapter()
      root.render(
        <StrictMode>
          <PaymentsProvider adapter={adapter}>
            <List onClient={() => undefined} />
          </PaymentsProvider>
        </StrictMode>,
      )
      await waitFor(() => expect(container).toHaveTextContent('20 customers'))
      await settleMicrotasks()
      expect(listCustomers).toHaveBeenCalledTimes(1)
    } finally {
      root.unmount()
      container.remove()
      scope.IS_REACT_ACT_ENVIRONMENT = actEnvironment
    }
  })

  it('drops its private cache when it unmounts', async () => {
    const { adapter } = countingAdapter()
    const { getClient, unmount } = renderList(adapter)
    await screen.findByText('20 customers')
    const client = getClient()
    expect(cachedLibraryQueries(client).length).toBeGreaterThan(0)
    unmount()
    await waitFor(() => expect(client.getQueryCache().getAll()).toEqual([]))
    expect(client.getMutationCache().getAll()).toEqual([])
  })

  it("never clears a host-provided query client: the host's queries and ours stay", async () => {
    const { adapter } = countingAdapter()
    const host = createPaymentsQueryClient()
    function HostWidget() {
      const query = useQuery({ queryKey: ['host', 'widget'], queryFn: async () => 'host data' }, host)
      return <p>{query.data}</p>
    }
    const { getClient, unmount } = renderList(adapter, host, <HostWidget />)
    await screen.findByText('20 customers')
    await screen.findByText('host data')
    expect(getClient()).toBe(host)
    unmount()
    await settleMicrotasks()
    expect(host.getQueryData(['host', 'widget'])).toBe('host data')
    expect(cachedLibraryQueries(host).length).toBeGreaterThan(0)
  })
})
