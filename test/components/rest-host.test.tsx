/**
 * The components over the REST adapter and a real HTTP server on loopback, as a host's dev server
 * runs them: under StrictMode (every effect mounts twice), with failing backends.
 */
import { StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import { render, renderHook, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { QueryClient } from '@tanstack/react-query'
import { createRestAdapter } from '../../src/adapters/rest'
import { PaymentsProvider } from '../../src/payments-provider'
import { useGrantProduct } from '../../src/data/customer-queries'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { referenceServers } from '../rest-server/fixture'
import type { ReferenceServer } from '../rest-server/server'

const serve = referenceServers({ memory: { seed: 5, users: 30, teams: 6, customCustomers: 7 } })

function Host({ server, queryClient, children }: { server: ReferenceServer; queryClient?: QueryClient; children: ReactNode }) {
  const adapter = createRestAdapter({ baseUrl: server.url, headers: server.adminHeaders })
  return (
    <StrictMode>
      <PaymentsProvider adapter={adapter} queryClient={queryClient}>
        {children}
      </PaymentsProvider>
    </StrictMode>
  )
}

const table = () => screen.getByRole('grid')
const requestsTo = (server: ReferenceServer, path: string) => server.requests.filter((r) => r.path === path).length

describe('components over the REST adapter, under StrictMode', () => {
  it('lists the custom customers (the first mount aborting its scan does not fail the second)', async () => {
    const server = await serve()
    render(
      <Host server={server}>
        <CustomerTable defaultType="custom" />
      </Host>,
    )
    await waitFor(() => expect(document.querySelector('[data-slot="customer-table"]')).toHaveAttribute('data-status', 'success'), { timeout: 10_000 })
    const expected = (await server.memory.listCustomers({ type: 'custom', limit: 50, signal: new AbortController().signal })).items
    expect(expected).toHaveLength(7)
    for (const customer of expected) expect(within(table()).getAllByText(customer.id).length).toBeGreaterThan(0)
  })

  it.each([
    ['fails with 503', { status: 503, body: 'Service Unavailable' }],
    ['loses its connection', 'network'],
  ] as const)('costs at most 3 requests for a read that %s forever, then shows the error with Retry', async (_, failure) => {
    const server = await serve({ intercept: (r) => (r.path === '/users' ? failure : undefined) })
    render(
      <Host server={server}>
        <CustomerTable defaultType="user" showCounts={false} />
      </Host>,
    )
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible()
    expect(requestsTo(server, '/users')).toBe(3)
  })

  it('applies the same retry policy on a host query client with its own retry defaults', async () => {
    const server = await serve({ intercept: (r) => (r.path === '/users' ? 'network' : undefined) })
    const hostClient = new QueryClient({ defaultOptions: { queries: { retry: 6, retryDelay: 1 } } })
    render(
      <Host server={server} queryClient={hostClient}>
        <CustomerTable defaultType="user" showCounts={false} />
      </Host>,
    )
    await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(requestsTo(server, '/users')).toBe(3)
    expect(hostClient.getDefaultOptions().queries?.retry).toBe(6)
  })

  it('retries a read that failed once and shows the rows', async () => {
    let failures = 1
    const server = await serve({ intercept: (r) => (r.path === '/teams' && failures-- > 0 ? { status: 502 } : undefined) })
    render(
      <Host server={server}>
        <CustomerTable defaultType="team" showCounts={false} />
      </Host>,
    )
    await waitFor(() => expect(document.querySelector('[data-slot="customer-table"]')).toHaveAttribute('data-status', 'success'), { timeout: 10_000 })
    expect(requestsTo(server, '/teams')).toBe(2)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('sends a failing mutation once, never retried', async () => {
    const server = await serve({ intercept: (r) => (r.method === 'POST' ? { status: 503, body: 'Service Unavailable' } : undefined) })
    const [user] = (await server.memory.listCustomers({ type: 'user', limit: 1, signal: new AbortController().signal })).items
    const { products } = await server.memory.listProducts({ customerType: 'user', signal: new AbortController().signal })
    if (!user || !products[0]) throw new Error('the reference dataset has no user or product')
    const ref = { type: 'user' as const, id: user.id }
    const { result } = renderHook(() => useGrantProduct(ref), { wrapper: ({ children }) => <Host server={server}>{children}</Host> })
    await expect(result.current.mutateAsync({ productId: products[0].id })).rejects.toMatchObject({ status: 503 })
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
  })

  it('lets the user recover with Retry once the backend is back', async () => {
    let down = true
    const server = await serve({ intercept: (r) => (down && r.path === '/teams' ? { status: 503 } : undefined) })
    render(
      <Host server={server}>
        <CustomerTable defaultType="team" showCounts={false} />
      </Host>,
    )
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    down = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(document.querySelector('[data-slot="customer-table"]')).toHaveAttribute('data-status', 'success'), { timeout: 10_000 })
  })
})
