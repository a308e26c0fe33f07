import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { CustomerTableRoot } from '../src/components/customer-table/customer-table-root'
import {
  CustomerTableLiveRegion,
  CustomerTableSearch,
  CustomerTableToolbar,
  CustomerTableTypeFilter,
} from '../src/components/customer-table/customer-table-toolbar'
import { CustomerTableGrid } from '../src/components/customer-table/customer-table-grid'
import { useCustomerTable } from '../src/components/customer-table/use-customer-table'
import { useCustomerTableContext } from '../src/components/customer-table/customer-table-context'
import { createMemoryAdapter } from '../src/adapters/memory'
import { PaymentsError } from '../src/adapter/errors'
import type { PaymentsAdapter } from '../src/adapter/types'
import { createTestAdapter } from '../src/testing/test-adapter'
import { Button } from '../src/ui/button'
import { page } from './ui/frame'

/**
 * `CustomerTable` is built from parts a host can rearrange: `CustomerTableRoot` holds the state
 * (from its props, or from the host's own `useCustomerTable`), `CustomerTableToolbar`,
 * `CustomerTableTypeFilter` and `CustomerTableSearch` go wherever the host wants them,
 * `CustomerTableGrid` is the grid with its states (replaceable through the root's `slots`) and
 * `CustomerTableLiveRegion` announces what it shows.
 */
const meta = {
  title: 'Components/CustomerTable/Parts',
  component: CustomerTableRoot,
  subcomponents: {
    CustomerTableToolbar,
    CustomerTableTypeFilter,
    CustomerTableSearch,
    CustomerTableGrid,
    CustomerTableLiveRegion,
  },
  decorators: [page],
  // Lower-case exports are fixtures the tests share, not stories.
  excludeStories: /^[a-z]/,
  args: { onCustomerOpen: fn(), height: 420 },
} satisfies Meta<typeof CustomerTableRoot>

export default meta
type Story = StoryObj<typeof meta>

/** Called by the host toolbar's own button. */
export const inviteCustomer = fn()

/** A host button that reads the table's state from the root. */
function ClearFiltersLink() {
  const table = useCustomerTableContext()
  if (!table.isFiltered) return null
  return (
    <Button variant="ghost" size="sm" onClick={table.clearFilters}>
      Reset
    </Button>
  )
}

/** The host's own toolbar: its button first, then our search, then our type filter, and a reset link of its own. */
export const HostToolbar: Story = {
  args: { searchDebounceMs: 0 },
  render: (args) => (
    <CustomerTableRoot {...args}>
      <CustomerTableToolbar aria-label="Customer tools" role="toolbar">
        <Button size="sm" onClick={() => inviteCustomer()}>
          Invite customer
        </Button>
        <CustomerTableSearch placeholder="Find a customer" />
        <CustomerTableTypeFilter showCounts={false} />
        <ClearFiltersLink />
      </CustomerTableToolbar>
      <CustomerTableGrid aria-label="Paying customers" hiddenColumns={['createdAt']} />
      <CustomerTableLiveRegion />
    </CustomerTableRoot>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const grid = await canvas.findByRole('grid', { name: 'Paying customers' })
    await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(5))
    await userEvent.click(canvas.getByRole('button', { name: 'Invite customer' }))
    await expect(inviteCustomer).toHaveBeenCalled()
  },
}

const neverAnswering = () =>
  createTestAdapter({
    listCustomers: ({ signal }) =>
      new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
      }),
  })

/** The host's own loading placeholder instead of the skeleton (the adapter never answers). */
export const HostLoadingSlot: Story = {
  parameters: { payments: { makeAdapter: neverAnswering } },
  args: {
    slots: {
      loading: (
        <p role="status" className="host-loading" style={{ color: 'var(--hx-color-fg)' }}>
          Fetching your customers…
        </p>
      ),
    },
  },
  render: (args) => (
    <CustomerTableRoot {...args}>
      <CustomerTableToolbar>
        <CustomerTableSearch />
      </CustomerTableToolbar>
      <CustomerTableGrid />
    </CustomerTableRoot>
  ),
}

/** Whether the HostErrorSlot story's backend is down; its play function (and tests) bring it back. */
export const backend = { down: true }

/** Page loads fail with `forbidden` (never retried on their own) while `backend.down`; the one-row count requests work. */
function failingWhileDown(): PaymentsAdapter {
  const memory = createMemoryAdapter()
  return {
    ...memory,
    listCustomers: (params) =>
      backend.down && params.limit > 1 ? Promise.reject(new PaymentsError('forbidden')) : memory.listCustomers(params),
  }
}

/** The host's own error with its own retry button, wired to the table's retry. */
export const HostErrorSlot: Story = {
  parameters: { payments: { makeAdapter: failingWhileDown } },
  beforeEach: () => {
    backend.down = true
  },
  args: {
    slots: {
      error: (error, retry) => (
        <div role="alert" className="host-error" style={{ color: 'var(--hx-color-fg)', display: 'grid', gap: 8 }}>
          <strong>Customers are unavailable</strong>
          <span>{error.message}</span>
          <Button size="sm" variant="outline" onClick={retry}>
            Try again
          </Button>
        </div>
      ),
    },
  },
  render: (args) => (
    <CustomerTableRoot {...args}>
      <CustomerTableGrid />
      <CustomerTableLiveRegion />
    </CustomerTableRoot>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const retry = await canvas.findByRole('button', { name: 'Try again' })
    backend.down = false
    await userEvent.click(retry)
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-slot="customer-table-row"]').length).toBeGreaterThan(3))
  },
}

const noCustomers = () => createMemoryAdapter({ users: 0, teams: 0, customCustomers: 0 })

/** The host's own empty state. */
export const HostEmptySlot: Story = {
  parameters: { payments: { makeAdapter: noCustomers } },
  args: {
    slots: {
      empty: (
        <div className="host-empty" style={{ color: 'var(--hx-color-fg)' }}>
          <p>No paying customers yet.</p>
          <a href="#/pricing">Set up pricing</a>
        </div>
      ),
    },
  },
  render: (args) => (
    <CustomerTableRoot {...args}>
      <CustomerTableGrid />
    </CustomerTableRoot>
  ),
}

/** A host page that owns the table's state and shows and changes it outside the table. */
function ExternallyDrivenTable() {
  // The host owns the state: it reads it and drives it from outside the root.
  const table = useCustomerTable({ defaultType: 'team', searchDebounceMs: 0 })
  const { list } = table
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', color: 'var(--hx-color-fg)' }}>
        <output data-testid="summary">
          {table.type} · {list.status === 'success' ? `${list.rows.length} loaded` : list.status}
        </output>
        <Button size="sm" variant="outline" onClick={() => table.setType('custom')}>
          Show custom customers
        </Button>
        <Button size="sm" variant="ghost" onClick={() => table.setSearch('')}>
          Show everyone
        </Button>
      </div>
      <CustomerTableRoot table={table} height={360}>
        <CustomerTableToolbar>
          <CustomerTableSearch />
        </CustomerTableToolbar>
        <CustomerTableGrid />
        <CustomerTableLiveRegion />
      </CustomerTableRoot>
    </div>
  )
}

/** `CustomerTableRoot` driven by the host's own `useCustomerTable` (state shown and changed outside the table). */
export const ExternalState: Story = {
  render: () => <ExternallyDrivenTable />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvas.getByTestId('summary')).toHaveTextContent(/team · \d+ loaded/))
  },
}
