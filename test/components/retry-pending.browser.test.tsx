import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { PaymentsProvider } from '../../src/payments-provider'
import { PaymentsError } from '../../src/adapter/errors'
import type { Customer, ListCustomersParams, Page } from '../../src/adapter/types'
import { createTestAdapter } from '../../src/testing/test-adapter'
import { ErrorState } from '../../src/ui/error-state'
import { expectNoAxeViolations } from '../conformance'
import { deferred, nextPaint, type Deferred } from '../promises'

// Issue 10, defect 10: a Retry that stays clickable while retrying cancels and restarts its own
// request on every click; and the footer said "could not load more" whatever page had failed.

const people = (n: number): Customer[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'user' as const,
    id: `user-${String(i).padStart(4, '0')}`,
    displayName: `Person ${i}`,
    email: `person${i}@example.com`,
    createdAt: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(),
  }))

/**
 * Offset-paged customers. While `fail(params)` says so a page answers `forbidden` (not retried by
 * the query layer, so the failure shows at once); `hold` keeps the next page request in flight.
 */
function pagedAdapter(customers: Customer[]) {
  const calls: ListCustomersParams[] = []
  const control: { fail: (params: ListCustomersParams) => boolean; hold: Deferred<void> | null } = {
    fail: () => false,
    hold: null,
  }
  const adapter = createTestAdapter({
    listCustomers: async (params) => {
      calls.push(params)
      const held = control.hold
      control.hold = null
      if (held) await held.promise
      if (control.fail(params)) throw new PaymentsError('forbidden')
      const start = Number(params.cursor ?? 0)
      const end = start + params.limit
      const page: Page<Customer> = {
        items: customers.slice(start, end),
        nextCursor: end < customers.length ? String(end) : null,
        total: { count: customers.length },
      }
      return page
    },
  })
  return { adapter, calls, control }
}

const pageError = () => document.querySelector<HTMLElement>('[data-slot="customer-table-page-error"]')
const rowCount = () => document.querySelectorAll('[data-slot="customer-table-row"]').length

/** The Retry in the footer, once a page failed. */
async function footerRetry() {
  await waitFor(() => expect(pageError()).not.toBeNull())
  return screen.getByRole('button', { name: 'Retry' })
}

/** A table of 30 whose second page failed; resolves with the footer's Retry. */
async function failedNextPage() {
  const { adapter, calls, control } = pagedAdapter(people(30))
  control.fail = (params) => params.cursor === '10'
  render(
    <PaymentsProvider adapter={adapter}>
      <CustomerTable pageSize={10} height={300} showCounts={false} />
    </PaymentsProvider>,
  )
  const grid = await screen.findByRole('grid')
  await waitFor(() => expect(rowCount()).toBeGreaterThan(0))
  await waitFor(() => {
    grid.scrollTop = grid.scrollHeight
    expect(pageError()).not.toBeNull()
  })
  return { calls, control, retry: await footerRetry() }
}

describe('CustomerTable footer Retry', () => {
  it('names a failed next page, and stays pending while retrying: clicks meanwhile start nothing', async () => {
    const { calls, control, retry } = await failedNextPage()
    expect(pageError()).toHaveAttribute('data-failed-page', 'next')
    expect(pageError()).toHaveTextContent('Could not load more customers.')
    expect(retry).not.toHaveAttribute('aria-disabled')
    await expectNoAxeViolations(document.body)

    const hold = deferred()
    control.hold = hold
    control.fail = () => false
    const before = calls.length
    await userEvent.click(retry)
    await waitFor(() => expect(retry).toHaveAttribute('aria-disabled', 'true'))
    expect(retry).toHaveAttribute('data-pending')
    expect(retry.querySelector('[data-slot="button-spinner"]')).not.toBeNull()
    expect(retry).toHaveFocus()
    await expectNoAxeViolations(document.body)

    // Quick clicks while the retry runs: no new request, no restart. (A real pointer cannot click it:
    // Playwright's click waits for the button to be enabled, and aria-disabled is not.)
    retry.click()
    retry.click()
    await nextPaint()
    expect(calls.length).toBe(before + 1)
    expect(calls.at(-1)).toMatchObject({ cursor: '10' })

    hold.resolve()
    await waitFor(() => expect(pageError()).toBeNull())
    await waitFor(() => expect(rowCount()).toBeGreaterThanOrEqual(20))
  })

  it('ignores a second Retry click in the same task (no cancel and restart)', async () => {
    const { calls, control, retry } = await failedNextPage()
    const hold = deferred()
    control.hold = hold
    control.fail = () => false
    const before = calls.length
    retry.click()
    retry.click()
    await waitFor(() => expect(retry).toHaveAttribute('aria-disabled', 'true'))
    expect(calls.length).toBe(before + 1)
    const first = calls.at(-1)
    hold.resolve()
    await waitFor(() => expect(pageError()).toBeNull())
    // The request that answered is the first one, never aborted by the second click.
    expect(first?.signal.aborted).toBe(false)
    expect(calls.filter((c) => c.cursor === '10')).toHaveLength(2)
  })

  it('says an earlier page failed (not "could not load more") when scrolling back up fails', async () => {
    const { adapter, calls, control } = pagedAdapter(people(120))
    render(
      <PaymentsProvider adapter={adapter}>
        <CustomerTable pageSize={10} maxPages={2} height={300} showCounts={false} />
      </PaymentsProvider>,
    )
    const grid = await screen.findByRole('grid')
    await waitFor(() => expect(rowCount()).toBeGreaterThan(0))
    // Far enough down that the first pages were dropped from memory.
    await waitFor(() => {
      grid.scrollTop = grid.scrollHeight
      expect(calls.map((c) => c.cursor)).toContain('50')
    })
    control.fail = (params) => Number(params.cursor ?? 0) < 40
    await waitFor(() => {
      grid.scrollTop = 0
      expect(pageError()).not.toBeNull()
    })
    expect(pageError()).toHaveAttribute('data-failed-page', 'earlier')
    expect(pageError()).toHaveTextContent('Could not load earlier customers.')
    expect(pageError()).not.toHaveTextContent('Could not load more')

    const hold = deferred()
    control.hold = hold
    control.fail = () => false
    const retry = screen.getByRole('button', { name: 'Retry' })
    await userEvent.click(retry)
    await waitFor(() => expect(retry).toHaveAttribute('aria-disabled', 'true'))
    const retried = calls.at(-1)
    hold.resolve()
    await waitFor(() => expect(pageError()).toBeNull())
    // Retry fetched the earlier page that failed, not the whole list from the start.
    expect(Number(retried?.cursor ?? 0)).toBeGreaterThan(0)
  })
})

describe('ErrorState Retry', () => {
  it('is pending until the promise onRetry returned settles, and calls it once for repeated clicks', async () => {
    const answers: Deferred<void>[] = []
    const onRetry = vi.fn(() => {
      const answer = deferred()
      answers.push(answer)
      return answer.promise
    })
    render(<ErrorState message="The list did not load." onRetry={onRetry} />)
    const retry = screen.getByRole('button', { name: 'Retry' })
    retry.click()
    retry.click()
    retry.click()
    expect(onRetry).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(retry).toHaveAttribute('aria-disabled', 'true'))
    expect(screen.getByRole('alert')).toHaveAttribute('data-retrying')
    retry.click()
    await nextPaint()
    expect(onRetry).toHaveBeenCalledTimes(1)
    await expectNoAxeViolations(document.body)

    answers[0]?.resolve()
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-disabled'))
    await userEvent.click(retry)
    expect(onRetry).toHaveBeenCalledTimes(2)
  })

  it('is pending again after a failed retry settles, so the user can try again', async () => {
    const onRetry = vi.fn(() => Promise.reject(new Error('still down')))
    render(<ErrorState message="The list did not load." onRetry={onRetry} />)
    const retry = screen.getByRole('button', { name: 'Retry' })
    await userEvent.click(retry)
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-disabled'))
    await userEvent.click(retry)
    expect(onRetry).toHaveBeenCalledTimes(2)
  })
})
