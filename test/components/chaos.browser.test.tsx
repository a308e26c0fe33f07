/**
 * Chaos: the customers table over an adapter that fails 30 % of its calls with jittered latency,
 * scrolled through a bounded window of pages and searched while failing. Every row must appear
 * exactly once at its place (none duplicated, none skipped), no row of an earlier search may
 * linger, and Retry must recover every failure.
 */
import { StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import type { Customer, Page } from '../../src/adapter/types'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { PaymentsProvider } from '../../src/payments-provider'
import { withFaults } from '../../src/testing/faults'
import { createTestAdapter } from '../../src/testing/test-adapter'

const customers: Customer[] = Array.from({ length: 240 }, (_, i) => ({
  type: i % 3 === 0 ? 'team' : 'user',
  id: `c-${String(i).padStart(3, '0')}`,
  displayName: `${i % 3 === 0 ? 'Org' : 'Person'} ${i}`,
  createdAt: new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString(),
}))

/** An offset-paged adapter over `customers`, then 30 % seeded failures and 0–60 ms of jitter on top. */
function chaoticAdapter(seed: number) {
  const base = createTestAdapter({
    listCustomers: async (params): Promise<Page<Customer>> => {
      const needle = params.search?.toLowerCase() ?? ''
      const matches = customers.filter((c) => (params.type === 'all' || c.type === params.type) && (c.displayName ?? '').toLowerCase().includes(needle))
      const start = Number(params.cursor ?? 0)
      const end = start + params.limit
      return { items: matches.slice(start, end), nextCursor: end < matches.length ? String(end) : null, total: { count: matches.length } }
    },
  })
  return withFaults(base, { failureRate: 0.3, latency: [0, 60], seed })
}

function renderChaos(seed: number) {
  return render(
    <StrictMode>
      <PaymentsProvider adapter={chaoticAdapter(seed)}>
        <CustomerTable height={360} pageSize={20} maxPages={3} showCounts={false} searchDebounceMs={50} />
      </PaymentsProvider>
    </StrictMode>,
  )
}

/** The rows on screen as (absolute row index → id). */
function visibleRows(container: HTMLElement): Array<[number, string]> {
  return Array.from(container.querySelectorAll<HTMLElement>('[data-slot="customer-table-row"]')).map((row) => [
    Number(row.getAttribute('aria-rowindex')) - 2,
    row.dataset.key ?? '',
  ])
}

/** Presses every enabled Retry on screen (the list's error state or the footer's). */
async function pressRetry() {
  for (const retry of screen.queryAllByRole('button', { name: 'Retry' })) {
    if (!retry.hasAttribute('disabled') && retry.getAttribute('aria-disabled') !== 'true') await userEvent.click(retry)
  }
}

describe('the customers table under chaos', () => {
  it('shows every row once, at its place, scrolling through a bounded window with 30 % failures', async () => {
    const { container } = renderChaos(7)
    const grid = await screen.findByRole('grid')
    const seen = new Map<number, string>()
    const record = () => {
      for (const [index, key] of visibleRows(container)) {
        const before = seen.get(index)
        if (before !== undefined && before !== key) throw new Error(`row ${index} showed ${before}, then ${key}`)
        seen.set(index, key)
      }
    }
    // Walk down one viewport at a time; at each stop wait for real rows, pressing Retry when needed.
    for (let stop = 0; stop <= customers.length; stop += 6) {
      await waitFor(
        async () => {
          grid.scrollTop = stop * 52
          await pressRetry()
          const rows = visibleRows(container)
          expect(rows.some(([index]) => index >= Math.min(stop, customers.length - 1))).toBe(true)
        },
        { timeout: 20_000 },
      )
      record()
    }
    await waitFor(async () => {
      grid.scrollTop = grid.scrollHeight
      await pressRetry()
      expect(screen.getByText(/End of list/)).toBeVisible()
    }, { timeout: 20_000 })
    record()
    const keys = [...seen.entries()].sort(([a], [b]) => a - b).map(([, key]) => key)
    expect(new Set(keys).size).toBe(keys.length)
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(customers.map((_, i) => i))
    expect(keys).toEqual(customers.map((c) => `${c.type}:${c.id}`))
  })

  it('never leaves rows of an earlier search on screen, and Retry recovers', async () => {
    const { container } = renderChaos(21)
    await screen.findByRole('grid')
    const search = screen.getByRole('searchbox')
    for (const term of ['Org', 'Person 1', 'Org 2', 'Person 23']) {
      await userEvent.clear(search)
      await userEvent.type(search, term)
      await waitFor(
        async () => {
          await pressRetry()
          const root = container.querySelector('[data-slot="customer-table"]')
          expect(root).toHaveAttribute('data-status', 'success')
          expect(root?.getAttribute('aria-busy')).not.toBe('true')
          const names = Array.from(container.querySelectorAll('[data-slot="customer-table-row"]')).map((row) => row.textContent ?? '')
          expect(names.length).toBeGreaterThan(0)
          for (const name of names) expect(name.toLowerCase()).toContain(term.toLowerCase())
        },
        { timeout: 20_000 },
      )
    }
  })
})
