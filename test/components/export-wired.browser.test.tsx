import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { StrictMode } from 'react'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { CustomerPaymentsSection } from '../../src/components/customer-payments/customer-payments-section'
import { CustomerSelector } from '../../src/components/customer-selector/customer-selector'
import { ada, adaAdapter } from '../../stories/fixtures/customer-payments-actions'
import { csvLines } from '../data/csv-lines'

/** The files the browser was asked to download (the link click is kept from saving them). */
let files: Blob[]
beforeEach(() => {
  files = []
  // Every object URL made (the export's file worker has one too), to find what a link downloads.
  const objects = new Map<string, Blob>()
  const createObjectURL = URL.createObjectURL.bind(URL)
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = createObjectURL(blob)
    if (blob instanceof Blob) objects.set(url, blob)
    return url
  })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const file = objects.get(this.href)
    if (file) files.push(file)
  })
})
afterEach(() => {
  vi.restoreAllMocks()
})

const rowsIn = (container: HTMLElement) => container.querySelectorAll('[data-slot="customer-table-row"]')

describe('Export CSV where admins look', () => {
  it('the customers table exports what it shows (type filter and search), every row, under StrictMode', async () => {
    const adapter = createMemoryAdapter({ users: 120, teams: 30, customCustomers: 10 })
    const { container } = render(
      <StrictMode>
        <PaymentsProvider adapter={adapter}>
          <CustomerTable height={400} showCounts={false} pageSize={25} />
        </PaymentsProvider>
      </StrictMode>,
    )
    await waitFor(() => expect(rowsIn(container).length).toBeGreaterThan(0))
    await userEvent.click(within(screen.getByRole('radiogroup')).getByRole('radio', { name: /Teams/ }))
    await waitFor(() => expect(container.querySelector('[data-slot="customer-table-row"][data-type="user"]')).toBeNull())

    const exportButton = screen.getByRole('button', { name: 'Export CSV' })
    await userEvent.click(exportButton)
    await waitFor(() => expect(files).toHaveLength(1), { timeout: 10_000 })
    const lines = await csvLines(files[0] ?? null)
    // A header, then the 30 teams: more than the table's first page of 25, and no users.
    expect(lines[0]).toBe('type,id,name,email,created_at')
    expect(lines).toHaveLength(1 + 30)
    expect(lines.slice(1).every((line) => line.startsWith('team,'))).toBe(true)
    await waitFor(() => expect(container.querySelector('[data-slot="csv-export-done"]')).toHaveTextContent('Exported 30 rows'))
  })

  it('is hidden with canExport={false} and in the customer picker', async () => {
    const adapter = createMemoryAdapter({ users: 5, teams: 0, customCustomers: 0 })
    const { container } = render(
      <PaymentsProvider adapter={adapter}>
        <CustomerTable height={300} showCounts={false} canExport={false} />
        <CustomerSelector onValueChange={() => {}} />
      </PaymentsProvider>,
    )
    await waitFor(() => expect(rowsIn(container).length).toBeGreaterThan(0))
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: /Choose a customer|Select customer|customer/i }))
    const dialog = await screen.findByRole('dialog')
    await waitFor(() => expect(rowsIn(dialog).length).toBeGreaterThan(0))
    expect(within(dialog).queryByRole('button', { name: 'Export CSV' })).toBeNull()
  })

  it('the payments section exports the customer’s transactions', async () => {
    render(
      <PaymentsProvider adapter={adaAdapter()}>
        <CustomerPaymentsSection customerType={ada.type} customerId={ada.id} readOnly />
      </PaymentsProvider>,
    )
    const transactions = await screen.findByRole('region', { name: 'Transactions' })
    await userEvent.click(await within(transactions).findByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(files).toHaveLength(1), { timeout: 10_000 })
    const lines = await csvLines(files[0] ?? null)
    expect(lines[0]).toContain('currency')
    expect(lines.length).toBeGreaterThan(1)
  })
})
