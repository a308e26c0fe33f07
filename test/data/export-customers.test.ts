import { describe, expect, it } from 'vitest'
import type { Customer, ListCustomersParams, Page } from '../../src/adapter/types'
import { PaymentsError, isPaymentsError } from '../../src/adapter/errors'
import { createCustomersExport, CUSTOMER_CSV_COLUMNS } from '../../src/data/export-customers'
import type { CsvExportJob, CsvExportSnapshot } from '../../src/data/csv-export'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { createTestAdapter } from '../../src/testing/test-adapter'
import { deferred, type Deferred } from '../promises'
import { csvLines } from './csv-lines'

const people = (n: number): Customer[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'user' as const,
    id: `u${i}`,
    displayName: `Person ${i}`,
    email: `person${i}@example.com`,
    createdAt: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(),
  }))

interface Control {
  /** Page requests that fail (with `forbidden`) while this says so. */
  fail: (params: ListCustomersParams) => boolean
  /** Holds the answer to the page at this cursor until the test resolves it. */
  hold: { cursor: string; gate: Deferred<void> } | null
  /** Whether pages carry the total. */
  withTotal: boolean
}

/** Offset-paged customers with a log of the requests and switches for failures and held pages. */
function pagedAdapter(customers: Customer[]) {
  const calls: ListCustomersParams[] = []
  const control: Control = { fail: () => false, hold: null, withTotal: true }
  const adapter = createTestAdapter({
    listCustomers: async (params) => {
      calls.push(params)
      const held = control.hold
      if (held && held.cursor === (params.cursor ?? '')) await held.gate.promise
      if (control.fail(params)) throw new PaymentsError('forbidden')
      const start = Number(params.cursor ?? 0)
      const end = start + params.limit
      const page: Page<Customer> = {
        items: customers.slice(start, end),
        nextCursor: end < customers.length ? String(end) : null,
        ...(control.withTotal ? { total: { count: customers.length } } : {}),
      }
      return page
    },
  })
  return { adapter, calls, control }
}

/** Every snapshot the job goes through. */
function record(job: CsvExportJob): CsvExportSnapshot[] {
  const seen: CsvExportSnapshot[] = []
  job.subscribe(() => seen.push(job.getSnapshot()))
  return seen
}

describe('createCustomersExport', () => {
  it('writes a header and every row of every page, asking with the table’s type and search', async () => {
    const { adapter, calls } = pagedAdapter(people(25))
    const job = createCustomersExport({ adapter, type: 'user', search: 'person', pageSize: 10 })
    const blob = await job.start()
    expect(blob?.type).toBe('text/csv;charset=utf-8')
    const lines = await csvLines(blob)
    expect(lines[0]).toBe(CUSTOMER_CSV_COLUMNS.join(','))
    expect(lines).toHaveLength(26)
    expect(lines[1]).toBe('user,u0,Person 0,person0@example.com,2026-01-01T00:00:00.000Z')
    expect(lines[25]).toBe('user,u24,Person 24,person24@example.com,2025-12-08T00:00:00.000Z')
    expect(calls.map(({ type, search, cursor, limit }) => ({ type, search, cursor, limit }))).toEqual([
      { type: 'user', search: 'person', cursor: null, limit: 10 },
      { type: 'user', search: 'person', cursor: '10', limit: 10 },
      { type: 'user', search: 'person', cursor: '20', limit: 10 },
    ])
    expect(job.getSnapshot()).toMatchObject({ status: 'success', rows: 25, blob })
  })

  it('reports progress after every page: rows so far and the total', async () => {
    const { adapter } = pagedAdapter(people(25))
    const job = createCustomersExport({ adapter, type: 'all', pageSize: 10 })
    const seen = record(job)
    await job.start()
    expect(seen.map(({ status, rows, total }) => [status, rows, total?.count])).toEqual([
      ['loading', 0, undefined],
      ['loading', 10, 25],
      ['loading', 20, 25],
      ['loading', 25, 25],
      ['success', 25, 25],
    ])
  })

  it('counts rows without a total when the adapter does not know it', async () => {
    const { adapter, control } = pagedAdapter(people(12))
    control.withTotal = false
    const job = createCustomersExport({ adapter, type: 'all', pageSize: 5 })
    const seen = record(job)
    await job.start()
    expect(seen.map(({ rows, total }) => [rows, total])).toEqual([
      [0, null],
      [5, null],
      [10, null],
      [12, null],
      [12, null],
    ])
  })

  it('cancels: aborts the page in flight, keeps nothing and ignores its late answer', async () => {
    const { adapter, calls, control } = pagedAdapter(people(25))
    const gate = deferred()
    control.hold = { cursor: '10', gate }
    const job = createCustomersExport({ adapter, type: 'all', pageSize: 10 })
    const done = job.start()
    await expect.poll(() => calls.length).toBe(2)
    expect(job.getSnapshot().rows).toBe(10)
    job.cancel()
    expect(calls[1]?.signal.aborted).toBe(true)
    gate.resolve()
    expect(await done).toBeNull()
    expect(job.getSnapshot()).toMatchObject({ status: 'idle', rows: 0, blob: null, error: null })
    expect(calls).toHaveLength(2)
  })

  it('fails with a clear error keeping the rows, and Retry resumes from the failed page', async () => {
    const { adapter, calls, control } = pagedAdapter(people(25))
    control.fail = (params) => params.cursor === '10'
    const job = createCustomersExport({ adapter, type: 'all', pageSize: 10 })
    expect(await job.start()).toBeNull()
    const failed = job.getSnapshot()
    expect(failed).toMatchObject({ status: 'error', rows: 10, blob: null })
    expect(isPaymentsError(failed.error) && failed.error.code).toBe('forbidden')

    control.fail = () => false
    const seen = record(job)
    const blob = await job.retry()
    expect(seen[0]).toMatchObject({ status: 'loading', isRetrying: true, rows: 10, error: null })
    expect(calls.map((call) => call.cursor)).toEqual([null, '10', '10', '20'])
    const lines = await csvLines(blob)
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(people(25).map((p) => p.id))
    expect(job.getSnapshot()).toMatchObject({ status: 'success', rows: 25, isRetrying: false })
  })

  it('rides out a network blip: the page is asked for again after a backoff and the export goes on', async () => {
    const { adapter, calls } = pagedAdapter(people(25))
    let blips = 1
    const flaky = createTestAdapter({
      listCustomers: (params) => {
        if (params.cursor === '10' && blips-- > 0) return Promise.reject(new PaymentsError('network'))
        return adapter.listCustomers(params)
      },
    })
    const job = createCustomersExport({ adapter: flaky, type: 'all', pageSize: 10 })
    const seen = record(job)
    expect(await job.start()).not.toBeNull()
    expect(seen.map((snapshot) => snapshot.status)).not.toContain('error')
    expect(calls.map((call) => call.cursor)).toEqual([null, '10', '20'])
    expect(job.getSnapshot()).toMatchObject({ status: 'success', rows: 25 })
  })

  it('turns a malformed page into an error naming the method and the field', async () => {
    const adapter = createTestAdapter({
      listCustomers: async () => ({ items: [...people(3), { type: 'user', id: 42, displayName: 'Bad' }], nextCursor: null }) as never,
    })
    const job = createCustomersExport({ adapter, type: 'all' })
    expect(await job.start()).toBeNull()
    const { error, status } = job.getSnapshot()
    expect(status).toBe('error')
    expect(isPaymentsError(error) && [error.code, error.method, error.path]).toEqual(['invalid_response', 'listCustomers', 'items[3].id'])
    expect(error?.message).toMatch(/^listCustomers returned an invalid response at "items\[3\]\.id"/)
  })

  it('stops with an error when the adapter hands back the cursor it was given (the list would never end)', async () => {
    const adapter = createTestAdapter({ listCustomers: async () => ({ items: people(2), nextCursor: 'same' }) })
    const job = createCustomersExport({ adapter, type: 'all' })
    expect(await job.start()).toBeNull()
    const { error, rows } = job.getSnapshot()
    expect(rows).toBe(2)
    expect(isPaymentsError(error) && [error.code, error.method, error.path]).toEqual(['invalid_response', 'listCustomers', 'nextCursor'])
  })

  it('writes a customer once when new sign-ups shift it onto the next page meanwhile', async () => {
    const list = people(6)
    const adapter = createTestAdapter({
      listCustomers: async ({ cursor }) =>
        cursor === null
          ? { items: list.slice(0, 3), nextCursor: '3' }
          : // Two customers signed up after the first page: offset 3 now starts at the old row 1.
            { items: list.slice(1, 6), nextCursor: null },
    })
    const lines = await csvLines(await createCustomersExport({ adapter, type: 'all', pageSize: 3 }).start())
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5'])
  })

  it('neutralises hostile names, emails and custom ids and keeps commas and quotes in one cell', async () => {
    const hostile: Customer[] = [
      { type: 'custom', id: '=HYPERLINK("http://evil.example","x")', displayName: null },
      { type: 'custom', id: '@acct, "42"', displayName: '+1 Sales' },
      { type: 'user', id: 'u1', displayName: '-2+3+cmd|\' /C calc\'!A0', email: '\t=1+1@example.com' },
    ]
    const adapter = createTestAdapter({ listCustomers: async () => ({ items: hostile, nextCursor: null }) })
    const lines = await csvLines(await createCustomersExport({ adapter, type: 'all' }).start())
    expect(lines.slice(1)).toEqual([
      'custom,"\'=HYPERLINK(""http://evil.example"",""x"")",,,',
      'custom,"\'@acct, ""42""",\'+1 Sales,,',
      'user,u1,\'-2+3+cmd|\' /C calc\'!A0,\'\t=1+1@example.com,',
    ])
  })

  it('exports the memory adapter’s customers of one type matching a search, as its list pages them', async () => {
    const adapter = createMemoryAdapter({ users: 300, teams: 40, customCustomers: 10 })
    const expected: string[] = []
    let cursor: string | null = null
    do {
      const page: Page<Customer> = await adapter.listCustomers({ type: 'team', search: 'a', cursor, limit: 7, signal: new AbortController().signal })
      expected.push(...page.items.map((customer) => customer.id))
      cursor = page.nextCursor
    } while (cursor)
    const lines = await csvLines(await createCustomersExport({ adapter, type: 'team', search: 'a', pageSize: 7 }).start())
    expect(expected.length).toBeGreaterThan(7)
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(expected)
    expect(lines.slice(1).every((line) => line.startsWith('team,'))).toBe(true)
  })
})
