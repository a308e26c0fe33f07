/**
 * An adapter that rejects with an `AbortError` nobody asked for (a bug: shared work bound to
 * another caller's signal) must not leave a view on skeletons: it is retried, then shown as an
 * error with Retry.
 */
import { StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import type { ListCustomersParams, Page, Customer } from '../../src/adapter/types'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { createTestAdapter } from '../../src/testing/test-adapter'
import { PaymentsProvider } from '../../src/payments-provider'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { expectNoAxeViolations } from '../conformance'

const stray = () => new DOMException('The operation was aborted.', 'AbortError')

/** Lists customers from a memory adapter, but rejects with a stray AbortError while `failing()`. */
function flakyAdapter(failing: () => boolean) {
  const memory = createMemoryAdapter({ seed: 2, users: 30, teams: 5, customCustomers: 5 })
  const calls: ListCustomersParams[] = []
  const adapter = createTestAdapter({
    ...memory,
    listCustomers: async (params): Promise<Page<Customer>> => {
      calls.push(params)
      if (failing()) throw stray()
      return memory.listCustomers(params)
    },
  })
  return { adapter, calls }
}

const root = () => document.querySelector('[data-slot="customer-table"]')

function renderTable(adapter: ReturnType<typeof flakyAdapter>['adapter'], type: 'all' | 'user') {
  return render(
    <StrictMode>
      <PaymentsProvider adapter={adapter}>
        <CustomerTable defaultType={type} showCounts={false} />
      </PaymentsProvider>
    </StrictMode>,
  )
}

describe('a stray AbortError from the adapter', () => {
  it('shows the error with Retry after the retries (not skeletons forever), and Retry loads the rows', async () => {
    let failing = true
    const { adapter, calls } = flakyAdapter(() => failing)
    renderTable(adapter, 'user')
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
    expect(root()).toHaveAttribute('data-status', 'error')
    expect(alert).toHaveTextContent('Could not reach the server')
    // The first page was tried three times with a live signal (StrictMode's aborted first try aside).
    expect(calls.filter((c) => !c.signal.aborted).length).toBe(3)
    await expectNoAxeViolations(root() ?? document)

    failing = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(root()).toHaveAttribute('data-status', 'success'))
    expect(screen.getAllByRole('row').length).toBeGreaterThan(1)
  })

  it('recovers on its own when the stray abort happens once', async () => {
    let strays = 1
    const { adapter } = flakyAdapter(() => strays-- > 0)
    renderTable(adapter, 'all')
    await waitFor(() => expect(root()).toHaveAttribute('data-status', 'success'), { timeout: 10_000 })
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
