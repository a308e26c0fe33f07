import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { CustomerTable } from '../src/components/customer-table/customer-table'
import { createMemoryAdapter } from '../src/adapters/memory'
import { PaymentsError } from '../src/adapter/errors'
import type { ListCustomersParams, PaymentsAdapter } from '../src/adapter/types'
import { page } from './ui/frame'

/**
 * A page that fails while the rows stay: the footer names what failed, and its Retry is pending
 * (spinner, `aria-disabled`, clicks ignored) while the retry runs.
 */
const meta = {
  title: 'Components/CustomerTable Retry',
  component: CustomerTable,
  decorators: [page],
  args: { height: 320, pageSize: 10, showCounts: false },
} satisfies Meta<typeof CustomerTable>

export default meta
type Story = StoryObj<typeof meta>

/** Which page requests fail, and whether a retry hangs (to show its pending state); set by each story. */
const faults: { fails: (params: ListCustomersParams) => boolean; hangRetries: boolean } = {
  fails: () => false,
  hangRetries: false,
}

/** The memory adapter; a failing page answers `forbidden` (shown at once: never retried on its own). */
function faultyAdapter(): PaymentsAdapter {
  const memory = createMemoryAdapter()
  const failed = new Set<string>()
  return {
    ...memory,
    listCustomers: (params) => {
      const key = params.cursor ?? ''
      if (failed.has(key) && faults.hangRetries) return new Promise(() => undefined)
      if (params.limit > 1 && faults.fails(params)) {
        failed.add(key)
        return Promise.reject(new PaymentsError('forbidden'))
      }
      return memory.listCustomers(params)
    },
  }
}

const pageError = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-slot="customer-table-page-error"]')

/** Scrolls the grid with `scroll` until a page failure shows in the footer. */
async function scrollUntilFailure(root: HTMLElement, scroll: (grid: HTMLElement) => void) {
  const grid = await within(root).findByRole('grid')
  await waitFor(() => expect(root.querySelectorAll('[data-slot="customer-table-row"]').length).toBeGreaterThan(3))
  await waitFor(() => {
    scroll(grid)
    expect(pageError(root)).not.toBeNull()
  })
  return grid
}

/** The next page failed: "Could not load more customers." with Retry; its retry is in flight (pending). */
export const NextPageRetryPending: Story = {
  parameters: { payments: { makeAdapter: faultyAdapter } },
  beforeEach: () => {
    faults.fails = (params) => params.cursor !== null && params.cursor !== undefined
    faults.hangRetries = true
  },
  play: async ({ canvasElement }) => {
    await scrollUntilFailure(canvasElement, (grid) => {
      grid.scrollTop = grid.scrollHeight
    })
    const error = pageError(canvasElement) as HTMLElement
    await expect(error).toHaveAttribute('data-failed-page', 'next')
    await expect(error).toHaveTextContent('Could not load more customers.')
    const retry = within(error).getByRole('button', { name: 'Retry' })
    await userEvent.click(retry)
    await waitFor(() => expect(retry).toHaveAttribute('aria-disabled', 'true'))
    await expect(retry).toHaveAttribute('data-pending')
    await expect(retry).toHaveFocus()
  },
}
