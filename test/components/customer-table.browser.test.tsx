import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import axe from 'axe-core'
import type { ReactNode } from 'react'
import { CustomerTable, type CustomerTableProps } from '../../src/components/customer-table/customer-table'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { PaymentsError } from '../../src/adapter/errors'
import type { Customer, ListCustomersParams, Page, PaymentsAdapter } from '../../src/adapter/types'
import { withFaults } from '../../src/testing/faults'
import { createTestAdapter } from '../../src/testing/test-adapter'
import { deferred, nextPaint } from '../promises'

function renderTable(adapter: PaymentsAdapter, props: Partial<CustomerTableProps> = {}, wrap?: (n: ReactNode) => ReactNode) {
  const table = <CustomerTable height={400} {...props} />
  return render(<PaymentsProvider adapter={adapter}>{wrap ? wrap(table) : table}</PaymentsProvider>)
}

const rowsIn = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLElement>('[data-slot="customer-table-row"]'))

async function waitForRows(container: HTMLElement, atLeast = 1) {
  await waitFor(() => expect(rowsIn(container).length).toBeGreaterThanOrEqual(atLeast))
  return rowsIn(container)
}

/** A small adapter over a fixed list, paged by offset cursors. */
function listAdapter(customers: Customer[], pageOverlap = 0) {
  const calls: ListCustomersParams[] = []
  const adapter = createTestAdapter({
    listCustomers: async (params) => {
      calls.push(params)
      const matches = customers.filter(
        (c) =>
          (params.type === 'all' || c.type === params.type) &&
          (!params.search || `${c.displayName} ${c.id}`.toLowerCase().includes(params.search.toLowerCase())),
      )
      const start = Number(params.cursor ?? 0)
      const end = start + params.limit
      const page: Page<Customer> = {
        items: matches.slice(start, end),
        nextCursor: end < matches.length ? String(end - pageOverlap) : null,
        total: { count: matches.length },
      }
      return page
    },
  })
  return { adapter, calls }
}

const people = (n: number, type: Customer['type'] = 'user'): Customer[] =>
  Array.from({ length: n }, (_, i) => ({
    type,
    id: `${type}-${String(i).padStart(4, '0')}`,
    displayName: `${type === 'user' ? 'Person' : 'Org'} ${i}`,
    email: type === 'user' ? `person${i}@example.com` : null,
    createdAt: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(),
  }))

describe('CustomerTable', () => {
  it('filters by customer type', async () => {
    const { container } = renderTable(createMemoryAdapter())
    await waitForRows(container, 5)
    await userEvent.click(screen.getByRole('radio', { name: /Teams/ }))
    await waitFor(() => {
      const rows = rowsIn(container)
      expect(rows.length).toBeGreaterThan(3)
      expect(rows.every((row) => row.dataset.type === 'team')).toBe(true)
    })
    expect(screen.getByRole('radio', { name: /Teams/ })).toBeChecked()
  })

  it('shows per-type totals in the filter', async () => {
    renderTable(createMemoryAdapter({ users: 1500, teams: 10, customCustomers: 5 }))
    // The count is part of each radio's name (and shown in its item, the <label> around it).
    await waitFor(() => expect(screen.getByRole('radio', { name: /Users/ })).toHaveAccessibleName('Users 1,500'))
    expect(screen.getByRole('radio', { name: /All/ })).toHaveAccessibleName('All 1,515')
    expect(screen.getByRole('radio', { name: /All/ }).closest('label')).toHaveTextContent('1,515')
  })

  it('never shows the answer of an older search that arrives last', async () => {
    const names = ['Ada Lovelace', 'Adam Smith', 'Alan Turing', 'Grace Hopper', 'Katherine Johnson', 'Barbara Liskov']
    const { adapter: list } = listAdapter(names.map((displayName, i) => ({ ...people(6)[i]!, displayName })))
    // The one-letter search answers only once the full one is on screen (a server that ignores the abort).
    const holdA = deferred()
    const lateAnswers: Array<Promise<unknown>> = []
    const slowFirst: PaymentsAdapter = {
      ...list,
      listCustomers: (params) => {
        if (params.search !== 'a') return list.listCustomers(params)
        const answer = holdA.promise.then(() => list.listCustomers(params))
        lateAnswers.push(answer)
        return answer
      },
    }
    const { container } = renderTable(slowFirst, { searchDebounceMs: 0, showCounts: false })
    await waitForRows(container, 6)
    const search = screen.getByRole('searchbox', { name: 'Search customers' })
    await userEvent.type(search, 'a')
    await waitFor(() => expect(lateAnswers).not.toHaveLength(0))
    await userEvent.type(search, 'da')
    const names_ = () => rowsIn(container).map((row) => row.querySelector('.hx-ct-customer__name')?.textContent)
    await waitFor(() => expect(names_()).toEqual(['Ada Lovelace', 'Adam Smith']))
    holdA.resolve()
    await Promise.all(lateAnswers)
    await nextPaint()
    expect(names_()).toEqual(['Ada Lovelace', 'Adam Smith'])
    expect(search).toHaveValue('ada')
  })

  it('keeps the previous rows, dimmed, while a new search loads', async () => {
    const memory = createMemoryAdapter({ latency: 0 })
    // The search's pages are held until the test has seen the stale rows.
    const holdSearch = deferred()
    const adapter: PaymentsAdapter = {
      ...memory,
      listCustomers: async (params) => {
        if (params.search) await holdSearch.promise
        return memory.listCustomers(params)
      },
    }
    const { container } = renderTable(adapter, { searchDebounceMs: 0 })
    await waitForRows(container, 3)
    await userEvent.type(screen.getByRole('searchbox'), 'e')
    await waitFor(() => expect(container.querySelector('[data-slot="customer-table-body"]')).toHaveAttribute('data-stale'))
    expect(rowsIn(container).length).toBeGreaterThan(0)
    expect(screen.getByRole('grid')).toHaveAttribute('aria-busy', 'true')
    holdSearch.resolve()
    await waitFor(() => expect(container.querySelector('[data-stale]')).toBeNull())
  })

  it('clears the search with Escape and with the clear button', async () => {
    const { container } = renderTable(createMemoryAdapter(), { defaultSearch: 'zz-none', searchDebounceMs: 0 })
    await screen.findByText("No customers match 'zz-none'", { selector: 'p' })
    const search = screen.getByRole('searchbox')
    await userEvent.click(search)
    await userEvent.keyboard('{Escape}')
    expect(search).toHaveValue('')
    await waitForRows(container, 3)
    await userEvent.type(search, 'xyz-none')
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }))
    expect(search).toHaveValue('')
  })

  it('counts the header, every customer and the footer as rows, the footer last and apart from the customers', async () => {
    const { adapter } = listAdapter(people(3))
    const { container } = renderTable(adapter, { showCounts: false })
    await waitForRows(container, 3)
    const grid = screen.getByRole('grid')
    await within(grid).findByText(/End of list/)
    const rows = within(grid).getAllByRole('row')
    expect(grid).toHaveAttribute('aria-rowcount', String(rows.length))
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(['1', '2', '3', '4', '5'])
    const footer = rows.at(-1) as HTMLElement
    expect(footer.closest('[data-slot="customer-table-footer"]')).not.toBeNull()
    expect(within(grid).getAllByRole('row').filter((row) => row.matches('[data-slot="customer-table-row"]'))).toHaveLength(3)
    expect((await axe.run(container, { rules: { region: { enabled: false } } })).violations).toEqual([])
  })

  it('loads pages as the viewport nears the end, up to page 3 and beyond', async () => {
    const { adapter, calls } = listAdapter(people(200))
    const { container } = renderTable(adapter, { pageSize: 20, height: 300, showCounts: false })
    await waitForRows(container, 5)
    const grid = screen.getByRole('grid')
    // Scroll to the end again each time a page has loaded, until page 3 was requested.
    await waitFor(() => {
      grid.scrollTop = grid.scrollHeight
      expect(calls.map((c) => c.cursor ?? null)).toContain('40')
    })
    // Header + 200 customers + footer.
    expect(grid).toHaveAttribute('aria-rowcount', '202')
  })

  it('renders light rows while scrolling fast and full rows once scrolling stops', async () => {
    const { adapter } = listAdapter(people(200))
    const { container } = renderTable(adapter, { pageSize: 50, height: 300, showCounts: false })
    await waitForRows(container, 5)
    const grid = screen.getByRole('grid')
    grid.scrollTop = 600
    await waitFor(() => expect(container.querySelector('[data-lite]')).not.toBeNull())
    expect(container.querySelector('[data-lite] button')).toBeNull()
    await waitFor(() => expect(container.querySelector('[data-lite]')).toBeNull())
    const row = rowsIn(container).find((r) => Number(r.dataset.index) >= 12) as HTMLElement
    expect(within(row).getByRole('button', { name: /^Actions for/ })).toBeInTheDocument()
  })

  it('shows each customer once when pages overlap', async () => {
    const { adapter } = listAdapter(people(30), 4)
    const { container } = renderTable(adapter, { pageSize: 10, height: 3000, showCounts: false })
    await waitFor(() => expect(screen.getByText(/End of list/)).toBeVisible())
    const keys = rowsIn(container).map((row) => row.dataset.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toHaveLength(30)
  })

  it('moves between rows with the keyboard and opens one with Enter', async () => {
    const onCustomerOpen = vi.fn()
    const { adapter } = listAdapter(people(60))
    const { container } = renderTable(adapter, { onCustomerOpen, pageSize: 20, showCounts: false })
    const rows = await waitForRows(container, 5)
    rows[0]?.focus()
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    expect(document.activeElement).toHaveAttribute('data-key', 'user:user-0002')
    await userEvent.keyboard('{ArrowUp}')
    expect(document.activeElement).toHaveAttribute('data-key', 'user:user-0001')
    await userEvent.keyboard('{End}')
    await waitFor(() => expect(document.activeElement?.getAttribute('data-key')).toMatch(/user-00(19|39|59)/))
    await userEvent.keyboard('{Home}')
    expect(document.activeElement).toHaveAttribute('data-key', 'user:user-0000')
    await userEvent.keyboard('{PageDown}')
    expect(Number(document.activeElement?.getAttribute('data-index'))).toBeGreaterThan(3)
    await userEvent.keyboard('{Home}{Enter}')
    expect(onCustomerOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'user-0000' }))
    expect(document.activeElement).toHaveAttribute('tabindex', '0')
  })

  it('keeps focus on the focused row while the next page loads', async () => {
    const { adapter, calls } = listAdapter(people(100))
    const { container } = renderTable(adapter, { pageSize: 20, showCounts: false })
    const rows = await waitForRows(container, 5)
    rows[0]?.focus()
    await userEvent.keyboard('{End}')
    // End focuses the last loaded row (row 19; row 39 if the next page came first on a busy machine).
    await waitFor(() => expect(document.activeElement?.getAttribute('data-key')).toMatch(/user-00(19|39)$/))
    const focused = document.activeElement as HTMLElement
    const focusedIndex = Number(focused.dataset.index)
    await waitFor(() => expect(calls.length).toBeGreaterThanOrEqual(2))
    // The next page's rows arrive below the focused (last loaded) row.
    await waitFor(() => expect(rowsIn(container).some((row) => Number(row.dataset.index) > focusedIndex)).toBe(true))
    expect(document.activeElement).toBe(focused)
  })

  it('announces loaded pages and empty searches in a polite live region', async () => {
    const { adapter } = listAdapter(people(200))
    const { container } = renderTable(adapter, { pageSize: 50, showCounts: false, searchDebounceMs: 0 })
    await waitForRows(container, 5)
    const live = container.querySelector('[data-slot="customer-table-live"]') as HTMLElement
    expect(live).toHaveAttribute('aria-live', 'polite')
    // Announced once the rows are painted (the text is formatted after the paint).
    await waitFor(() => expect(live).toHaveTextContent('200 customers'))
    screen.getByRole('grid').scrollTop = 10_000
    await waitFor(() => expect(live).toHaveTextContent('50 more customers loaded'))
    await userEvent.type(screen.getByRole('searchbox'), 'nobody')
    await waitFor(() => expect(live).toHaveTextContent("No customers match 'nobody'"))
  })

  it('shows the created date, with the relative time as its hover title', async () => {
    const { adapter } = listAdapter(people(3))
    const { container } = renderTable(adapter, { showCounts: false }, (table) => <div style={{ width: 900 }}>{table}</div>)
    await waitForRows(container, 3)
    const date = container.querySelector('time.hx-ct-date') as HTMLElement
    expect(date).toHaveAttribute('datetime', '2026-01-01T00:00:00.000Z')
    expect(date).toHaveTextContent('Jan 1, 2026')
    await userEvent.hover(date)
    expect(date.title).toMatch(/ago|yesterday|today/)
  })

  it('opens the row menu with Shift+F10 and returns focus to the row', async () => {
    const onSelect = vi.fn()
    const { adapter } = listAdapter(people(5))
    const { container } = renderTable(adapter, {
      showCounts: false,
      rowActions: () => [{ id: 'note', label: 'Add note', onSelect }],
    })
    const rows = await waitForRows(container, 5)
    rows[1]?.focus()
    await userEvent.keyboard('{Shift>}{F10}{/Shift}')
    const menu = await screen.findByRole('menu')
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Add note' }))
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'user-0001' }))
    await waitFor(() => expect(document.activeElement).toBe(rowsIn(container)[1]))
  })

  it('renders real links with getCustomerHref and follows them on row click', async () => {
    const { adapter } = listAdapter(people(3))
    const { container } = renderTable(adapter, {
      showCounts: false,
      getCustomerHref: (c) => `#/customers/${c.type}/${encodeURIComponent(c.id)}`,
    })
    await waitForRows(container, 3)
    const link = screen.getByRole('link', { name: 'Person 1' })
    expect(link).toHaveAttribute('href', '#/customers/user/user-0001')
    await userEvent.click(rowsIn(container)[1]?.querySelector('.hx-ct-customer__secondary') as HTMLElement)
    expect(window.location.hash).toBe('#/customers/user/user-0001')
    window.location.hash = ''
  })

  it('shows an error with Retry that keeps the filters', async () => {
    const memory = createMemoryAdapter()
    let failing = true
    const calls: ListCustomersParams[] = []
    const adapter: PaymentsAdapter = {
      ...memory,
      listCustomers: async (params) => {
        calls.push(params)
        if (failing && params.limit > 1) throw new PaymentsError('forbidden')
        return memory.listCustomers(params)
      },
    }
    const { container } = renderTable(adapter, { defaultType: 'team', defaultSearch: 'a' })
    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have permission')
    failing = false
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    const rows = await waitForRows(container, 1)
    expect(rows.every((row) => row.dataset.type === 'team')).toBe(true)
    expect(calls.at(-1)).toMatchObject({ type: 'team', search: 'a' })
  })

  it('distinguishes no customers at all from no matches', async () => {
    renderTable(createMemoryAdapter({ data: { customers: [] } }))
    expect(await screen.findByText('No customers yet', { selector: 'p' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull()
  })

  it('recovers from a flaky adapter and shows every row exactly once', async () => {
    const { adapter } = listAdapter(people(90))
    const flaky = withFaults(adapter, { failureRate: 0.35, seed: 11, latency: [5, 30] })
    const { container } = renderTable(flaky, { pageSize: 15, height: 6000, showCounts: false })
    // Press Retry whenever the retries ran out, until the last page has loaded.
    await waitFor(
      async () => {
        const retry = screen.queryByRole('button', { name: 'Retry' })
        if (retry) await userEvent.click(retry)
        expect(screen.getByText(/End of list/)).toBeVisible()
      },
      { timeout: 30_000 },
    )
    const keys = rowsIn(container).map((row) => row.dataset.key)
    expect(keys).toHaveLength(90)
    expect(new Set(keys).size).toBe(90)
  })

  it('has no axe violations with rows, in the empty state and in dark mode', async () => {
    const { container, unmount } = renderTable(createMemoryAdapter(), { rowActions: () => [] })
    await waitForRows(container, 5)
    expect((await axe.run(container)).violations).toEqual([])
    unmount()
    const dark = render(
      <PaymentsProvider adapter={createMemoryAdapter()} colorScheme="dark">
        <CustomerTable height={400} />
      </PaymentsProvider>,
    )
    await waitForRows(dark.container, 5)
    expect((await axe.run(dark.container)).violations).toEqual([])
    dark.unmount()
    const empty = renderTable(createMemoryAdapter(), { defaultSearch: 'zz-none' })
    await screen.findByText("No customers match 'zz-none'", { selector: 'p' })
    expect((await axe.run(empty.container)).violations).toEqual([])
  })

  it('restricts a picker to one type and selects with the Select button', async () => {
    const onCustomerSelect = vi.fn()
    const { container } = renderTable(createMemoryAdapter(), { mode: 'picker', types: ['team'], onCustomerSelect })
    const rows = await waitForRows(container, 3)
    expect(screen.queryByRole('radiogroup')).toBeNull()
    expect(rows.every((row) => row.dataset.type === 'team')).toBe(true)
    const select = within(rows[0] as HTMLElement).getByRole('button', { name: /^Select / })
    await userEvent.click(select)
    expect(onCustomerSelect).toHaveBeenCalledWith(expect.objectContaining({ type: 'team' }))
  })
})
