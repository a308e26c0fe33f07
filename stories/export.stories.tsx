import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { ExportCustomersButton } from '../src/components/export/export-customers-button'
import { ExportTransactionsButton } from '../src/components/export/export-transactions-button'
import { CustomerTableExportButton } from '../src/components/export/customer-table-export-button'
import { CustomerTableRoot } from '../src/components/customer-table/customer-table-root'
import { CustomerTableGrid } from '../src/components/customer-table/customer-table-grid'
import { CustomerTableSearch, CustomerTableToolbar, CustomerTableTypeFilter } from '../src/components/customer-table/customer-table-toolbar'
import { createMemoryAdapter } from '../src/adapters/memory'
import type { PaymentsAdapter } from '../src/adapter/types'
import { withFaults } from '../src/testing/faults'
import { CUSTOM, custom, requiredMethodsOnly } from './fixtures/customer-payments'
import { page } from './ui/frame'

/**
 * CSV export of the customers list (what the table shows: type filter + search, every row) and of
 * one customer's transactions: a button, then a progress bar with Cancel, a failure with Retry
 * that goes on from the failed page, and the download. Stories that finish an export hand the
 * file to `onExported` instead of downloading it.
 */
const meta = {
  title: 'Components/Export',
  component: ExportCustomersButton,
  decorators: [page],
  args: { type: 'all', search: '', pageSize: 100 },
} satisfies Meta<typeof ExportCustomersButton>

export default meta
type Story = StoryObj<typeof meta>

const customers = () => createMemoryAdapter({ users: 1_000, teams: 200, customCustomers: 40 })

/** The memory adapter; every page after the first waits until the export is cancelled. */
function firstPageOnly(withTotal: boolean): () => PaymentsAdapter {
  return () => {
    const memory = customers()
    return {
      ...memory,
      listCustomers: async (params) => {
        if (params.cursor) return new Promise<never>(() => undefined)
        const { total: _total, ...page } = await memory.listCustomers(params)
        return withTotal ? { ...page, total: _total } : page
      },
    }
  }
}

/** The memory adapter behind the fault-injecting wrapper for every page after the first. */
function failsAfterFirstPage(): PaymentsAdapter {
  const memory = customers()
  const flaky = withFaults(memory, { failureRate: 1, methods: ['listCustomers'] })
  return { ...memory, listCustomers: (params) => (params.cursor ? flaky : memory).listCustomers(params) }
}

const start = async (canvasElement: HTMLElement) => {
  await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Export CSV' }))
}

const done = (canvasElement: HTMLElement) => canvasElement.querySelector('[data-slot="csv-export-done"]')

/** Before the export: one button. */
export const Default: Story = {}

/** Walking the pages: "100 of 1,240 rows" in a labelled progress bar, with Cancel. */
export const Exporting: Story = {
  parameters: { payments: { makeAdapter: firstPageOnly(true) } },
  play: async ({ canvasElement }) => {
    await start(canvasElement)
    const bar = await within(canvasElement).findByRole('progressbar', { name: 'Export progress' })
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', '100 of 1,240 rows'))
    await expect(within(canvasElement).getByRole('button', { name: 'Cancel' })).toBeVisible()
  },
}

/** The adapter gives no total: an indeterminate bar and the rows so far. */
export const ExportingWithoutTotal: Story = {
  parameters: { payments: { makeAdapter: firstPageOnly(false) } },
  play: async ({ canvasElement }) => {
    await start(canvasElement)
    const bar = await within(canvasElement).findByRole('progressbar', { name: 'Export progress' })
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', '100 rows'))
    await expect(bar).not.toHaveAttribute('aria-valuenow')
  },
}

/** A page failed: what went wrong, the rows kept, Retry (goes on from that page) and Cancel. */
export const Failed: Story = {
  parameters: { payments: { makeAdapter: failsAfterFirstPage } },
  play: async ({ canvasElement }) => {
    await start(canvasElement)
    const alert = await within(canvasElement).findByRole('alert')
    await expect(alert).toHaveTextContent('The export stopped after 100 rows.')
    await expect(within(canvasElement).getByRole('button', { name: 'Retry' })).toBeVisible()
  },
}

/** Cancelled mid-way: back to the button, nothing downloaded, "Export cancelled" announced. */
export const Cancelled: Story = {
  parameters: { payments: { makeAdapter: firstPageOnly(true) } },
  args: { onExported: fn() },
  play: async ({ canvasElement, args }) => {
    await start(canvasElement)
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="csv-export-status"]')).toHaveTextContent('Export cancelled'))
    await expect(args.onExported).not.toHaveBeenCalled()
  },
}

/** Done: every team exported (the file goes to `onExported` here rather than to the downloads). */
export const Done: Story = {
  args: { type: 'team', download: false, onExported: fn() },
  parameters: { payments: { makeAdapter: customers } },
  play: async ({ canvasElement, args }) => {
    await start(canvasElement)
    await waitFor(() => expect(done(canvasElement)).toHaveTextContent('Exported 200 rows'))
    await waitFor(() => expect(args.onExported).toHaveBeenCalledTimes(1))
  },
}

/** In the dark theme, while exporting. */
export const Dark: Story = {
  ...Exporting,
  parameters: { payments: { makeAdapter: firstPageOnly(true), theme: 'dark' } },
}

/** A host that may not export: nothing renders. */
export const Hidden: Story = {
  args: { canExport: false },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="csv-export"]')).toBeNull()
  },
}

/** One customer's transactions, from a read-only adapter (exporting only lists). */
export const Transactions: StoryObj<typeof ExportTransactionsButton> = {
  render: (args) => <ExportTransactionsButton {...args} />,
  args: { customer: CUSTOM, pageSize: 1, download: false, onExported: fn() },
  parameters: { payments: { makeAdapter: () => requiredMethodsOnly(createMemoryAdapter({ data: { ledgers: [custom] } })) } },
  play: async ({ canvasElement, args }) => {
    await start(canvasElement)
    await waitFor(() => expect(done(canvasElement)).toHaveTextContent('Exported 3 rows'))
    await expect(args.onExported).toHaveBeenCalledTimes(1)
  },
}

/** In a customers table's toolbar: exports the table's type filter and search ("an" among teams). */
export const InCustomerTable: StoryObj<typeof CustomerTableExportButton> = {
  render: (args) => (
    <CustomerTableRoot height={320} defaultType="team" defaultSearch="an">
      <CustomerTableToolbar>
        <CustomerTableSearch />
        <CustomerTableTypeFilter />
        <CustomerTableExportButton {...args} />
      </CustomerTableToolbar>
      <CustomerTableGrid />
    </CustomerTableRoot>
  ),
  args: { download: false, onExported: fn() },
  parameters: { payments: { makeAdapter: customers } },
  play: async ({ canvasElement, args }) => {
    await start(canvasElement)
    await waitFor(() => expect(args.onExported).toHaveBeenCalledTimes(1))
    const [blob] = (args.onExported as ReturnType<typeof fn>).mock.calls[0] as [Blob]
    const records = (await blob.text()).trim().split('\r\n').slice(1)
    await expect(records.length).toBeGreaterThan(0)
    await expect(records.every((record) => record.startsWith('team,'))).toBe(true)
  },
}
