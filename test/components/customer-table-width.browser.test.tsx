import { Profiler } from 'react'
import { describe, expect, it } from 'vitest'
import { act, render, screen, waitFor } from '@testing-library/react'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { CustomerTable } from '../../src/components/customer-table/customer-table'

// A table hides the columns its width has no room for: below 760 px the Created column, below
// 560 px also the ID and Type columns. It follows its own width (a ResizeObserver), and only a
// change of width class renders: the observer's first report and a resize within a class do not.
const adapter = createMemoryAdapter({ users: 30, teams: 5, customCustomers: 0 })

let commits = 0
/** Resizes the table's container as a host's layout would: in the DOM, with no React render. */
const setWidth = (width: number) => {
  const container = document.querySelector<HTMLElement>('[data-testid="container"]')
  if (container) container.style.width = `${width}px`
}

function Host({ initialWidth }: { initialWidth: number }) {
  return (
    <PaymentsProvider adapter={adapter}>
      <div data-testid="container" style={{ width: initialWidth }}>
        <Profiler id="table" onRender={() => commits++}>
          <CustomerTable height={400} />
        </Profiler>
      </div>
    </PaymentsProvider>
  )
}

const headers = () => screen.getAllByRole('columnheader').map((header) => header.textContent?.trim())

async function rowsShown() {
  await waitFor(() => expect(document.querySelector('[data-slot="customer-table-row"][data-index="0"]')).not.toBeNull())
}

/** Waits until the browser has produced two frames (ResizeObserver reports within them). */
const twoFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))

describe("CustomerTable's columns and its width", () => {
  it('shows every column when wide, hides Created when medium and ID, Type and Created when narrow', async () => {
    render(<Host initialWidth={1000} />)
    await rowsShown()
    await waitFor(() => expect(headers()).toEqual(['Customer', 'Type', 'ID', 'Created', expect.any(String)]))

    act(() => setWidth(700))
    await waitFor(() => expect(headers()).toEqual(['Customer', 'Type', 'ID', expect.any(String)]))
    expect(document.querySelector('[data-column="createdAt"]')).toBeNull()

    act(() => setWidth(480))
    await waitFor(() => expect(headers()).toEqual(['Customer', expect.any(String)]))
    expect(document.querySelector('[data-slot="customer-table-row"] [data-column="id"]')).toBeNull()

    act(() => setWidth(1000))
    await waitFor(() => expect(headers()).toEqual(['Customer', 'Type', 'ID', 'Created', expect.any(String)]))
  })

  it('starts narrow when it is narrow from the start', async () => {
    render(<Host initialWidth={480} />)
    await rowsShown()
    await waitFor(() => expect(headers()).toEqual(['Customer', expect.any(String)]))
  })

  it('renders nothing when it is resized within a width class', async () => {
    render(<Host initialWidth={1000} />)
    await rowsShown()
    await twoFrames()
    // Settled: rows, counts and the live region's text have rendered.
    await waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent(/^$/))
    await twoFrames()
    const before = commits

    act(() => setWidth(1200))
    await twoFrames()
    await twoFrames()
    expect(headers()).toEqual(['Customer', 'Type', 'ID', 'Created', expect.any(String)])
    expect(commits - before).toBe(0)
  })
})
