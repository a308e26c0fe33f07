/**
 * Issue 13, point 4: on a slow backend a search never shows an older query's rows. Each search's
 * answer is held by the test and released in the order the test chooses (no timing), while a
 * MutationObserver checks every state the table passes through: rows not marked stale always
 * match the text in the search box.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { PaymentsProvider } from '../../src/payments-provider'
import type { Customer, ListCustomersParams, Page, PaymentsAdapter } from '../../src/adapter/types'
import { createTestAdapter } from '../../src/testing/test-adapter'
import { deferred, nextPaint, type Deferred } from '../promises'

const NAMES = ['Ada Lovelace', 'Adam Smith', 'Alan Turing', 'Grace Hopper', 'Katherine Johnson', 'Barbara Liskov', 'Bradley Cooper']
const CUSTOMERS: Customer[] = NAMES.map((displayName, i) => ({
  type: 'user',
  id: `user-${i}`,
  displayName,
  email: null,
  createdAt: '2026-01-01T00:00:00.000Z',
}))

/** Answers the unfiltered list at once and holds every search's answer until the test releases it. */
function heldSearchAdapter() {
  const held = new Map<string, Deferred<void>>()
  const hold = (search: string) => {
    let d = held.get(search)
    if (!d) {
      d = deferred()
      held.set(search, d)
    }
    return d
  }
  const answer = (params: ListCustomersParams): Page<Customer> => {
    const needle = (params.search ?? '').toLowerCase()
    const items = CUSTOMERS.filter((c) => (c.displayName ?? '').toLowerCase().includes(needle))
    return { items, nextCursor: null, total: { count: items.length } }
  }
  const asked: string[] = []
  const adapter: PaymentsAdapter = createTestAdapter({
    // Ignores the abort signal, like a server that answers anyway.
    listCustomers: async (params) => {
      if (!params.search) return answer(params)
      asked.push(params.search)
      await hold(params.search).promise
      return answer(params)
    },
  })
  return { adapter, asked, release: (search: string) => hold(search).resolve() }
}

const rowNames = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('[data-slot="customer-table-row"] .hx-ct-customer__name')).map((el) => el.textContent ?? '')

/** Records every state in which rows not marked stale do not match the search box. */
function watchForForeignRows(root: HTMLElement) {
  const violations: string[] = []
  const check = () => {
    const body = root.querySelector('[data-slot="customer-table-body"]')
    const box = root.querySelector<HTMLInputElement>('input[type="search"]')
    if (!body || !box || body.hasAttribute('data-stale')) return
    const query = box.value.trim().toLowerCase()
    const foreign = rowNames(root).filter((name) => !name.toLowerCase().includes(query))
    if (foreign.length > 0) violations.push(`"${box.value}": ${foreign.join(', ')}`)
  }
  const observer = new MutationObserver(check)
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true })
  return { violations, stop: () => observer.disconnect() }
}

let stopWatching = () => {}
afterEach(() => stopWatching())

async function setUp() {
  const held = heldSearchAdapter()
  const { container } = render(
    <PaymentsProvider adapter={held.adapter}>
      <CustomerTable height={400} searchDebounceMs={0} showCounts={false} />
    </PaymentsProvider>,
  )
  await waitFor(() => expect(rowNames(container)).toHaveLength(NAMES.length))
  const watcher = watchForForeignRows(container)
  stopWatching = watcher.stop
  return { ...held, container, violations: watcher.violations, search: screen.getByRole('searchbox', { name: 'Search customers' }) }
}

describe('CustomerTable search on a slow backend', () => {
  it('keeps the newest answer when older searches answer after it', async () => {
    const { container, search, asked, release, violations } = await setUp()
    await userEvent.type(search, 'ada')
    await waitFor(() => expect(asked).toEqual(['a', 'ad', 'ada']))
    release('ada')
    await waitFor(() => expect(rowNames(container)).toEqual(['Ada Lovelace', 'Adam Smith']))
    release('ad')
    release('a')
    await nextPaint()
    expect(rowNames(container)).toEqual(['Ada Lovelace', 'Adam Smith'])
    expect(container.querySelector('[data-stale]')).toBeNull()
    expect(violations).toEqual([])
  })

  it('keeps older answers that arrive first out of view until the newest one arrives', async () => {
    const { container, search, asked, release, violations } = await setUp()
    await userEvent.type(search, 'ada')
    await waitFor(() => expect(asked).toEqual(['a', 'ad', 'ada']))
    release('a')
    release('ad')
    await nextPaint()
    // Still the unfiltered rows, marked stale: neither older answer is shown as the result.
    expect(container.querySelector('[data-slot="customer-table-body"]')).toHaveAttribute('data-stale')
    expect(rowNames(container)).toEqual(NAMES)
    release('ada')
    await waitFor(() => expect(container.querySelector('[data-stale]')).toBeNull())
    expect(rowNames(container)).toEqual(['Ada Lovelace', 'Adam Smith'])
    expect(violations).toEqual([])
  })

  it('shows the newest answer when the search goes back to an older query held earlier', async () => {
    const { container, search, asked, release, violations } = await setUp()
    await userEvent.type(search, 'ad')
    await waitFor(() => expect(asked).toEqual(['a', 'ad']))
    await userEvent.type(search, 'a')
    await waitFor(() => expect(asked).toEqual(['a', 'ad', 'ada']))
    // Back to "ad": its request is still held from before.
    await userEvent.keyboard('{Backspace}')
    release('ada')
    await nextPaint()
    expect(search).toHaveValue('ad')
    // The answer to "ada" is not the answer to "ad": the rows stay those of before, marked stale.
    expect(container.querySelector('[data-slot="customer-table-body"]')).toHaveAttribute('data-stale')
    expect(violations).toEqual([])
    release('ad')
    await waitFor(() => expect(container.querySelector('[data-stale]')).toBeNull())
    expect(rowNames(container)).toEqual(['Ada Lovelace', 'Adam Smith', 'Bradley Cooper'])
    release('a')
    await nextPaint()
    expect(rowNames(container)).toEqual(['Ada Lovelace', 'Adam Smith', 'Bradley Cooper'])
    expect(violations).toEqual([])
  })
})
