import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import type { Customer, ListCustomersParams, PaymentsAdapter } from '../../src/adapter/types'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { withFaults } from '../../src/testing/faults'
import { ExportCustomersButton } from '../../src/components/export/export-customers-button'
import { ExportTransactionsButton } from '../../src/components/export/export-transactions-button'
import { CustomerTableExportButton } from '../../src/components/export/customer-table-export-button'
import { CustomerTableRoot } from '../../src/components/customer-table/customer-table-root'
import { CustomerTableGrid } from '../../src/components/customer-table/customer-table-grid'
import { CustomerTableToolbar, CustomerTableTypeFilter } from '../../src/components/customer-table/customer-table-toolbar'
import { CUSTOM, custom, requiredMethodsOnly } from '../../stories/fixtures/customer-payments'
import { expectNoAxeViolations } from '../conformance'
import { deferred, type Deferred } from '../promises'
import { csvLines } from '../data/csv-lines'

/** What the browser was asked to download: the file behind each object URL and the link clicked. */
interface Downloads {
  files: Blob[]
  links: Array<{ href: string; download: string }>
}

let downloads: Downloads
beforeEach(() => {
  downloads = { files: [], links: [] }
  // Every object URL made (the export's file worker has one too), to find what a link downloads.
  const objects = new Map<string, Blob>()
  const createObjectURL = URL.createObjectURL.bind(URL)
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = createObjectURL(blob)
    if (blob instanceof Blob) objects.set(url, blob)
    return url
  })
  // The link is clicked as the browser would; the test keeps the file instead of saving it.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.links.push({ href: this.href, download: this.download })
    const file = objects.get(this.href)
    if (file) downloads.files.push(file)
  })
})
afterEach(() => {
  vi.restoreAllMocks()
})

/** The one downloaded file's records. */
async function downloadedLines(): Promise<string[]> {
  await waitFor(() => expect(downloads.links).toHaveLength(1))
  expect(downloads.files).toHaveLength(1)
  return csvLines(downloads.files[0] ?? null)
}

/** The memory adapter's `listCustomers` with a switch: while `hold` is set, the page at that cursor waits for it. */
function heldAdapter(adapter: PaymentsAdapter) {
  const control: { calls: ListCustomersParams[]; hold: Deferred<void> | null } = { calls: [], hold: null }
  const held: PaymentsAdapter = {
    ...adapter,
    listCustomers: async (params) => {
      control.calls.push(params)
      if (params.cursor && control.hold) await control.hold.promise
      return adapter.listCustomers(params)
    },
  }
  return { adapter: held, control }
}

const exportButton = () => screen.getByRole('button', { name: 'Export CSV' })
const status = () => document.querySelector('[data-slot="csv-export-status"]')

describe('ExportCustomersButton', () => {
  it('downloads every customer of the type and search, showing progress page by page', async () => {
    const { adapter, control } = heldAdapter(createMemoryAdapter({ users: 50, teams: 1200, customCustomers: 5 }))
    control.hold = deferred()
    render(
      <PaymentsProvider adapter={adapter}>
        <ExportCustomersButton type="team" search="" pageSize={100} fileName="teams.csv" />
      </PaymentsProvider>,
    )
    await userEvent.click(exportButton())
    // The second page is held: the bar shows the first page's rows of the total meanwhile.
    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100'))
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '1200')
    control.hold.resolve()
    const lines = await downloadedLines()

    expect(lines[0]).toBe('type,id,name,email,created_at')
    expect(lines).toHaveLength(1201)
    expect(lines.slice(1).every((line) => line.startsWith('team,'))).toBe(true)
    expect(new Set(lines).size).toBe(1201)
    expect(downloads.links[0]?.download).toBe('teams.csv')
    expect(downloads.links[0]?.href).toMatch(/^blob:/)
    await waitFor(() => expect(status()).toHaveTextContent('Exported 1,200 rows'))
    expect(exportButton()).toHaveFocus()
  })

  it('shows "rows of total" in a labelled progress bar, and Cancel aborts with nothing downloaded', async () => {
    const { adapter, control } = heldAdapter(createMemoryAdapter({ users: 300, teams: 0, customCustomers: 0 }))
    control.hold = deferred()
    render(
      <PaymentsProvider adapter={adapter}>
        <ExportCustomersButton type="user" search="" pageSize={100} />
      </PaymentsProvider>,
    )
    await userEvent.click(exportButton())
    const bar = await screen.findByRole('progressbar', { name: 'Export progress' })
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '100'))
    expect(bar).toHaveAttribute('aria-valuemax', '300')
    expect(bar).toHaveAttribute('aria-valuetext', '100 of 300 rows')
    expect(screen.getByText('100 of 300 rows')).toBeVisible()
    expect(status()).toHaveTextContent('Exporting…')
    await expectNoAxeViolations()

    const cancel = screen.getByRole('button', { name: 'Cancel' })
    await userEvent.click(cancel)
    expect(control.calls.at(-1)?.signal.aborted).toBe(true)
    control.hold.resolve()
    await waitFor(() => expect(status()).toHaveTextContent('Export cancelled'))
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(exportButton()).toHaveFocus()
    expect(downloads.files).toEqual([])
    expect(downloads.links).toEqual([])
  })

  it('counts rows in the provider’s locale', async () => {
    const { adapter, control } = heldAdapter(createMemoryAdapter({ users: 1500, teams: 0, customCustomers: 0 }))
    control.hold = deferred()
    render(
      <PaymentsProvider adapter={adapter} locale="de-DE">
        <ExportCustomersButton type="user" pageSize={1000} />
      </PaymentsProvider>,
    )
    await userEvent.click(exportButton())
    const bar = await screen.findByRole('progressbar')
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', '1.000 of 1.500 rows'))
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    control.hold.resolve()
  })

  it('says why the export stopped, keeps the rows fetched, and Retry goes on from the failed page', async () => {
    const memory = createMemoryAdapter({ users: 250, teams: 0, customCustomers: 0 })
    // The fault-injecting wrapper fails every listCustomers call; pages after the first go to it while `failing`.
    const flaky = withFaults(memory, { failureRate: 1, methods: ['listCustomers'] })
    let failing = true
    const cursors: Array<string | null | undefined> = []
    const adapter: PaymentsAdapter = {
      ...memory,
      listCustomers: (params) => {
        cursors.push(params.cursor)
        return (failing && cursors.length > 1 ? flaky : memory).listCustomers(params)
      },
    }
    render(
      <PaymentsProvider adapter={adapter}>
        <ExportCustomersButton type="all" search="" pageSize={100} />
      </PaymentsProvider>,
    )
    await userEvent.click(exportButton())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'The export stopped after 100 rows. Could not reach the server. Check the connection and try again. Retry goes on from there.',
    )
    await expectNoAxeViolations()

    failing = false
    const failedCursor = cursors[1]
    expect(failedCursor).toEqual(expect.any(String))
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    const lines = await downloadedLines()
    // The network failure was retried twice with backoff before the export stopped; Retry asked for that page again.
    expect(cursors).toEqual([null, failedCursor, failedCursor, failedCursor, failedCursor, expect.any(String)])
    // Retry and then Cancel went away under focus: it is back on the export button, not lost.
    await waitFor(() => expect(exportButton()).toHaveFocus())
    expect(lines).toHaveLength(251)
    expect(new Set(lines.map((line) => line.split(',')[1])).size).toBe(251)
  })

  it('writes hostile names, emails and custom ids so that a spreadsheet shows them as text', async () => {
    const userId = '00000000-0000-4000-8000-000000000001'
    const customers: Customer[] = [
      { type: 'custom', id: '=HYPERLINK("http://evil.example","Click")', displayName: null },
      { type: 'custom', id: 'acct,42', displayName: '@SUM(1+1)*cmd|\' /C calc\'!A0' },
      { type: 'user', id: userId, displayName: '-2+3 Zoë "Z" Ünal', email: '+1@example.com', createdAt: '2026-10-01T09:00:00+02:00' },
    ]
    render(
      <PaymentsProvider adapter={createMemoryAdapter({ data: { customers } })}>
        <ExportCustomersButton type="all" search="" />
      </PaymentsProvider>,
    )
    await userEvent.click(exportButton())
    const lines = await downloadedLines()
    // Custom customers' creation date is when the memory adapter first saw them: left out here.
    const withoutCustomDate = (line: string) => (line.startsWith('custom,') ? line.replace(/,[^,]*$/, ',') : line)
    expect(new Set(lines.slice(1).map(withoutCustomDate))).toEqual(
      new Set([
        `custom,"'=HYPERLINK(""http://evil.example"",""Click"")",,,`,
        `custom,"acct,42",'@SUM(1+1)*cmd|' /C calc'!A0,,`,
        `user,${userId},"'-2+3 Zoë ""Z"" Ünal",'+1@example.com,2026-10-01T07:00:00.000Z`,
      ]),
    )
  })

  it('renders nothing when the host may not export', () => {
    const { container } = render(
      <PaymentsProvider adapter={createMemoryAdapter()}>
        <ExportCustomersButton type="all" canExport={false} />
      </PaymentsProvider>,
    )
    expect(container.querySelector('[data-slot="csv-export"]')).toBeNull()
  })
})

describe('CustomerTableExportButton', () => {
  it('exports what the table shows now: its type filter and search, every row of it', async () => {
    const memory = createMemoryAdapter({ users: 400, teams: 60, customCustomers: 40 })
    render(
      <PaymentsProvider adapter={memory}>
        <CustomerTableRoot height={300} defaultType="team" defaultSearch="an" searchDebounceMs={0}>
          <CustomerTableToolbar>
            <CustomerTableTypeFilter />
            <CustomerTableExportButton pageSize={50} />
          </CustomerTableToolbar>
          <CustomerTableGrid />
        </CustomerTableRoot>
      </PaymentsProvider>,
    )
    await userEvent.click(await screen.findByRole('radio', { name: /^Users/ }))
    await userEvent.click(exportButton())
    const lines = await downloadedLines()

    const expected: string[] = []
    let cursor: string | null = null
    do {
      const page = await memory.listCustomers({ type: 'user', search: 'an', cursor, limit: 100, signal: new AbortController().signal })
      expected.push(...page.items.map((customer) => customer.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(expected.length).toBeGreaterThan(50)
    expect(expected.length).toBeLessThan(400)
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(expected)
  })
})

describe('ExportTransactionsButton', () => {
  it('exports a customer’s transactions from a read-only adapter, handing the file to onExported', async () => {
    const adapter = requiredMethodsOnly(createMemoryAdapter({ data: { ledgers: [custom] } }))
    const onExported = vi.fn<(blob: Blob, fileName: string) => void>()
    render(
      <PaymentsProvider adapter={adapter}>
        <ExportTransactionsButton customer={CUSTOM} pageSize={2} onExported={onExported} download={false} />
      </PaymentsProvider>,
    )
    await userEvent.click(exportButton())
    await waitFor(() => expect(onExported).toHaveBeenCalledTimes(1))
    const [blob, fileName] = onExported.mock.calls[0] as [Blob, string]
    expect(fileName).toMatch(/^transactions-custom-acct_northwind_eu-1-\d{4}-\d{2}-\d{2}\.csv$/)
    const lines = await csvLines(blob)
    expect(lines[0]).toBe(
      'customer_type,customer_id,transaction_id,created_at,type,test_mode,amount,currency,refund,refunded_amount,refunded_at,products,product_ids,item_changes',
    )
    expect(lines.slice(1).map((line) => line.split(',').slice(2, 5).join(','))).toEqual([
      'api-usage,2026-10-30T09:00:00.000Z,manual-item-quantity-change',
      'api,2026-09-03T09:00:00.000Z,purchase',
      'contract,2026-06-01T09:00:00.000Z,purchase',
    ])
    expect(lines[2]).toContain(',99,USD,')
    expect(downloads.links).toEqual([])
    await waitFor(() => expect(status()).toHaveTextContent('Exported 3 rows'))
  })
})
