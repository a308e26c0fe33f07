import { describe, expect, it } from 'vitest'
import { render, waitFor } from '@testing-library/react'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { createTestAdapter } from '../../src/testing/test-adapter'

// The rows' first render takes the grid's size from `height` instead of measuring the page (no
// layout forced inside that commit); these check that the real size and offset still win.
const adapter = createMemoryAdapter({ users: 400, teams: 0, customCustomers: 0 })

const rows = (container: HTMLElement) => container.querySelectorAll<HTMLElement>('[data-slot="customer-table-row"]')
const grid = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="customer-table-grid"]') as HTMLElement
const maxIndex = (container: HTMLElement) => Math.max(...[...rows(container)].map((row) => Number(row.dataset.index)))

describe('CustomerTable viewport', () => {
  it('fills a grid the host made taller than `height` with rows, down to its bottom', async () => {
    const { container } = render(
      <PaymentsProvider adapter={adapter}>
        <style>{'.tall [data-slot="customer-table-grid"] { height: 1200px !important; max-height: none !important; flex: none !important; }'}</style>
        <div className="tall">
          <CustomerTable height={200} />
        </div>
      </PaymentsProvider>,
    )
    await waitFor(() => expect(rows(container).length).toBeGreaterThan(0))
    expect(grid(container).clientHeight).toBeGreaterThan(1000)
    // 52 px rows: a 1,200 px grid shows rows 0-22; the virtualizer learns that size from its
    // ResizeObserver and renders them, not only the ~4 that fit in 200 px.
    await waitFor(() => expect(maxIndex(container)).toBeGreaterThanOrEqual(Math.floor(grid(container).clientHeight / 52)))
  })

  it('starts at initialScrollOffset, with the rows at that offset rendered', async () => {
    const { container } = render(
      <PaymentsProvider adapter={adapter}>
        <CustomerTable height={400} initialScrollOffset={52 * 30} />
      </PaymentsProvider>,
    )
    await waitFor(() => expect(grid(container).scrollTop).toBe(52 * 30))
    await waitFor(() => expect([...rows(container)].some((row) => row.dataset.index === '30')).toBe(true))
  })

  it('starts at the top, with the first row first, without an initial offset', async () => {
    const { container } = render(
      <PaymentsProvider adapter={adapter}>
        <CustomerTable height={400} />
      </PaymentsProvider>,
    )
    await waitFor(() => expect(rows(container).length).toBeGreaterThan(0))
    expect(grid(container).scrollTop).toBe(0)
    expect(rows(container)[0]?.dataset.index).toBe('0')
  })

  it('shows loading rows shaped like customers (an avatar circle and bars, hidden from screen readers) until the first page', async () => {
    const pending = createTestAdapter({ listCustomers: () => new Promise(() => {}) })
    const { container } = render(
      <PaymentsProvider adapter={pending}>
        <div style={{ width: 1000 }}>
          <CustomerTable height={400} />
        </div>
      </PaymentsProvider>,
    )
    const skeleton = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('[data-slot="customer-table-skeleton"]')
      expect(found).not.toBeNull()
      return found as HTMLElement
    })
    const skeletonRows = [...skeleton.querySelectorAll<HTMLElement>('[role="row"]')]
    expect(skeletonRows.length).toBeGreaterThan(3)
    expect(skeletonRows.every((row) => row.getAttribute('aria-hidden') === 'true')).toBe(true)
    const customer = skeletonRows[0]?.querySelector<HTMLElement>('[data-column="customer"]') as HTMLElement
    const avatar = getComputedStyle(customer, '::before')
    const name = getComputedStyle(customer, '::after')
    expect([avatar.width, avatar.height]).toEqual(['32px', '32px'])
    expect(parseFloat(name.width)).toBeGreaterThan(40)
    expect(avatar.backgroundColor).not.toBe('rgba(0, 0, 0, 0)')
    expect(name.backgroundColor).toBe(avatar.backgroundColor)
    // Bars of different lengths from row to row, like names.
    const widths = skeletonRows.map((row) => getComputedStyle(row.querySelector('[data-column="customer"]') as HTMLElement, '::after').width)
    expect(new Set(widths).size).toBeGreaterThan(2)
  })
})
