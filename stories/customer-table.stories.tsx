import { useState } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { CustomerTable } from '../src/components/customer-table/customer-table'
import { createMemoryAdapter } from '../src/adapters/memory'
import { PaymentsError } from '../src/adapter/errors'
import type { CustomerTypeFilter, PaymentsAdapter } from '../src/adapter/types'
import { createTestAdapter } from '../src/testing/test-adapter'
import { page } from './ui/frame'

const meta = {
  title: 'Components/CustomerTable',
  component: CustomerTable,
  decorators: [page],
  args: { onCustomerOpen: fn(), height: 480 },
} satisfies Meta<typeof CustomerTable>

export default meta
type Story = StoryObj<typeof meta>

const emptyAdapter = () => createMemoryAdapter({ users: 0, teams: 0, customCustomers: 0 })
const millionAdapter = () => createMemoryAdapter({ users: 1_000_000, teams: 20_000 })
const slowAdapter = () => createMemoryAdapter({ latency: [700, 1400] })

/** Whether the ErrorThenRetry story's network is down; its play function brings it back. */
const network = { down: true }

/** An adapter whose page loads fail with a network error while `network.down` (the one-row count requests work). */
function failingWhileDown(): PaymentsAdapter {
  const memory = createMemoryAdapter()
  return {
    ...memory,
    listCustomers: (params) =>
      network.down && params.limit > 1 ? Promise.reject(new PaymentsError('network')) : memory.listCustomers(params),
  }
}

const neverResolving = () =>
  createTestAdapter({
    listCustomers: ({ signal }) =>
      new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
      }),
  })

/** Users, teams and custom customers together, newest first. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const grid = await canvas.findByRole('grid', { name: 'Customers' })
    const rows = await within(grid).findAllByRole('row')
    await expect(rows.length).toBeGreaterThan(5)
    await userEvent.click(rows[1] as HTMLElement)
    await expect(args.onCustomerOpen).toHaveBeenCalledTimes(1)
  },
}

/** Waits for rows and checks that every one is of `type`. */
async function expectRowsOfType(canvasElement: HTMLElement, type: string) {
  await waitFor(() => expect(canvasElement.querySelectorAll('[data-slot="customer-table-row"]').length).toBeGreaterThan(3))
  for (const row of canvasElement.querySelectorAll('[data-slot="customer-table-row"]')) {
    await expect(row).toHaveAttribute('data-type', type)
  }
}

export const UsersOnly: Story = {
  args: { defaultType: 'user' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('radio', { name: /Users/ })).toBeChecked()
    await expectRowsOfType(canvasElement, 'user')
  },
}

export const CustomOnly: Story = {
  args: { defaultType: 'custom' },
  play: async ({ canvasElement }) => expectRowsOfType(canvasElement, 'custom'),
}

export const SearchWithNoMatches: Story = {
  args: { defaultSearch: 'zz-nobody-here' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText("No customers match 'zz-nobody-here'", { selector: 'p' })).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }))
    await expect(await canvas.findByRole('grid')).toBeVisible()
    await expect(canvas.getByRole('searchbox')).toHaveValue('')
  },
}

export const Empty: Story = {
  parameters: { payments: { makeAdapter: emptyAdapter } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No customers yet', { selector: 'p' })).toBeVisible()
  },
}

/** The adapter never answers: the skeleton stays, shaped like the table. */
export const Loading: Story = {
  parameters: { payments: { makeAdapter: neverResolving } },
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid')
    await expect(grid).toHaveAttribute('aria-busy', 'true')
    await expect(canvasElement.querySelector('[data-slot="customer-table-skeleton"]')).not.toBeNull()
  },
}

/** The loads fail (network, retried twice in the background); once the network is back, Retry brings the rows. */
export const ErrorThenRetry: Story = {
  parameters: { payments: { makeAdapter: failingWhileDown } },
  beforeEach: () => {
    network.down = true
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const alert = await canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('Could not reach the server')
    network.down = false
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }))
    await expect(await canvas.findByRole('grid')).toBeVisible()
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-slot="customer-table-row"]').length).toBeGreaterThan(3))
  },
}

export const SlowNetwork: Story = {
  parameters: { payments: { makeAdapter: slowAdapter } },
}

/** A million users: the first page loads as fast as with a hundred. */
export const OneMillionCustomers: Story = {
  parameters: { payments: { makeAdapter: millionAdapter } },
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid')
    // Header + every customer + footer.
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', String(1_000_000 + 20_000 + 40 + 2)))
  },
}

function ControlledTable() {
  const [type, setType] = useState<CustomerTypeFilter>('team')
  const [search, setSearch] = useState('')
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <output data-testid="state" style={{ fontFamily: 'monospace', color: 'var(--hx-color-fg)' }}>
        type={type} search={JSON.stringify(search)}
      </output>
      <CustomerTable type={type} onTypeChange={setType} search={search} onSearchChange={setSearch} height={360} />
    </div>
  )
}

/** Type and search live in the host (e.g. its URL). */
export const Controlled: Story = {
  render: () => <ControlledTable />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('radio', { name: /Custom/ }))
    await userEvent.type(canvas.getByRole('searchbox'), 'ac')
    await expect(canvas.getByTestId('state')).toHaveTextContent('type=custom search="ac"')
  },
}

const impersonate = fn()
/** Host actions in each row's ⋯ menu. */
export const WithRowActions: Story = {
  args: {
    rowActions: () => [
      { id: 'impersonate', label: 'Impersonate', onSelect: impersonate },
      { id: 'ban', label: 'Ban customer', onSelect: fn(), variant: 'destructive' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const triggers = await canvas.findAllByRole('button', { name: /^Actions for/ })
    await userEvent.click(triggers[0] as HTMLElement)
    const menu = await within(canvasElement.ownerDocument.body).findByRole('menu')
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Impersonate' }))
    await expect(impersonate).toHaveBeenCalledTimes(1)
  },
}

export const WithLinks: Story = {
  args: {
    onCustomerOpen: undefined,
    getCustomerHref: (c) => `#/customers/${c.type}/${encodeURIComponent(c.id)}`,
  },
}

export const Dark: Story = {
  parameters: { payments: { theme: 'dark' }, backgrounds: { default: 'dark' } },
}

/** In a 360 px side panel the ID, type and date columns step aside. */
export const NarrowContainer: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: 360 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('grid')
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('[role="columnheader"]').length).toBe(2),
    )
  },
}
