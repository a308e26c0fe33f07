import { describe, expect, it } from 'vitest'
import { render, waitFor } from '@testing-library/react'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { CustomerTable } from '../../src/components/customer-table/customer-table'

const adapter = createMemoryAdapter()

function Table({ rowHeight }: { rowHeight: number }) {
  return (
    <PaymentsProvider adapter={adapter}>
      <CustomerTable height={400} rowHeight={rowHeight} />
    </PaymentsProvider>
  )
}

/** Where the row at `index` is placed (its translateY), once rendered. */
function rowTop(container: HTMLElement, index: number): number | null {
  const row = container.querySelector<HTMLElement>(`[data-slot="customer-table-row"][data-index="${index}"]`)
  const match = row?.style.transform.match(/translateY\((-?[\d.]+)px\)/)
  return match ? Number(match[1]) : null
}

describe('CustomerTable row height', () => {
  it('lays the rows out again when the host changes the row height', async () => {
    const { container, rerender } = render(<Table rowHeight={52} />)
    await waitFor(() => expect(rowTop(container, 3)).not.toBeNull())
    const before = (rowTop(container, 3) as number) - (rowTop(container, 2) as number)
    expect(before).toBe(52)
    rerender(<Table rowHeight={80} />)
    await waitFor(() => expect((rowTop(container, 3) as number) - (rowTop(container, 2) as number)).toBe(80))
  })
})
