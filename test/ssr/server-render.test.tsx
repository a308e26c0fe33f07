// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { renderToString } from 'react-dom/server'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { PaymentsProvider } from '../../src/payments-provider'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { CustomersBrowser } from '../../src/components/customers-browser/customers-browser'

describe('server rendering (no DOM)', () => {
  it('renders the loading skeleton without touching the adapter', () => {
    const adapter = createMemoryAdapter()
    const listCustomers = vi.spyOn(adapter, 'listCustomers')
    const html = renderToString(
      <PaymentsProvider adapter={adapter}>
        <CustomerTable height={300} />
        <CustomersBrowser height={300} />
      </PaymentsProvider>,
    )
    expect(html).toContain('data-slot="customer-table"')
    expect(html).toContain('aria-busy="true"')
    // The first page is requested by the browser after hydration, not during the server render.
    expect(listCustomers).not.toHaveBeenCalled()
    expect(typeof window).toBe('undefined')
  })
})
