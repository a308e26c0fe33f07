import { describe, expect, it } from 'vitest'
import { isPaymentsError } from '../../src/adapter/errors'
import type { Page } from '../../src/adapter/types'
import { createCsvExport } from '../../src/data/csv-export'
import { CSV_MIME_TYPE, createCsvFileWriter, csvFileWorker, type CsvWorkerFactory } from '../../src/data/csv-file'
import { csvLines } from './csv-lines'

/** A worker made from `source` (a script of its own, to stand in for one that fails). */
const workerOf = (source: string): CsvWorkerFactory => () => new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })))

/** Text that crosses part boundaries (200,000 characters) with characters of 2, 3 and 4 UTF-8 bytes. */
function hostileText(): string[] {
  const chunks: string[] = []
  for (let i = 0; i < 900; i++) chunks.push(`${i},"Zoë ${i}",مرحبا,😀,${'x'.repeat(i % 700)}\r\n`)
  chunks.push('y'.repeat(450_000))
  return chunks
}

async function built(worker: CsvWorkerFactory | null | undefined, chunks: string[]): Promise<Blob> {
  const file = createCsvFileWriter({ method: 'listCustomers', worker })
  for (const chunk of chunks) file.write(chunk)
  return file.finish()
}

describe('createCsvFileWriter (real Chromium, with its worker)', () => {
  it('builds in its worker exactly the text written, in order, as UTF-8 CSV', async () => {
    const chunks = hostileText()
    const blob = await built(undefined, chunks)
    expect(blob.type).toBe(CSV_MIME_TYPE)
    expect(await blob.text()).toBe(chunks.join(''))
  })

  it('gives the same bytes on the main thread, where no worker can be made', async () => {
    const chunks = hostileText()
    const inWorker = new Uint8Array(await (await built(undefined, chunks)).arrayBuffer())
    const onMain = new Uint8Array(await (await built(null, chunks)).arrayBuffer())
    expect(onMain).toEqual(inWorker)
  })

  it('builds the file on the main thread when making the worker throws (a CSP without worker-src blob:)', async () => {
    const chunks = hostileText()
    const blocked: CsvWorkerFactory = () => {
      throw new DOMException('Refused to create a worker', 'SecurityError')
    }
    expect(await (await built(blocked, chunks)).text()).toBe(chunks.join(''))
  })

  it('builds the file on the main thread when the worker fails before it is ready, keeping what was written meanwhile', async () => {
    const chunks = hostileText()
    expect(await (await built(workerOf('throw new Error("no workers here")'), chunks)).text()).toBe(chunks.join(''))
  })

  it('rejects, naming the method, when the worker stops after it started', async () => {
    const dies = workerOf('self.onmessage = () => { throw new Error("worker out of memory") }; self.postMessage("ready")')
    const file = createCsvFileWriter({ method: 'listTransactions', worker: dies })
    for (const chunk of hostileText()) file.write(chunk)
    const error: unknown = await file.finish().catch((e: unknown) => e)
    expect(isPaymentsError(error)).toBe(true)
    expect(error).toMatchObject({ method: 'listTransactions' })
    expect(String(error)).toMatch(/could not be built/)
    expect(file.broken).toBe(true)
  })

  it('discard() while the file is being made stops it: finish rejects with an AbortError', async () => {
    const file = createCsvFileWriter({ method: 'listCustomers', worker: csvFileWorker })
    file.write('a,b\r\n')
    const finishing = file.finish()
    file.discard()
    await expect(finishing).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('createCsvExport when the file worker stops mid-export', () => {
  const items = Array.from({ length: 120 }, (_, i) => ({ id: `c${i}`, name: `=Name ${i}` }))
  const source = (worker: CsvWorkerFactory) => ({
    method: 'listCustomers' as const,
    columns: ['id', 'name'],
    pageSize: 50,
    key: (item: { id: string }) => item.id,
    records: (item: { id: string; name: string }) => [[item.id, item.name]],
    worker,
    async fetchPage({ cursor, limit }: { cursor: string | null; limit: number }): Promise<Page<{ id: string; name: string }>> {
      const from = Number(cursor ?? 0)
      const next = from + limit
      return { items: items.slice(from, next), nextCursor: next < items.length ? String(next) : null, total: { count: items.length } }
    },
  })

  it('shows the error, drops the lost rows, and Retry exports every row from the first page', async () => {
    let made = 0
    const diesFirstTime: CsvWorkerFactory = () =>
      ++made === 1 ? workerOf('self.onmessage = () => { throw new Error("worker crashed") }; self.postMessage("ready")')() : csvFileWorker()
    const job = createCsvExport(source(diesFirstTime))
    expect(await job.start()).toBeNull()
    const failed = job.getSnapshot()
    expect(failed.status).toBe('error')
    expect(String(failed.error)).toMatch(/could not be built/)
    expect(failed.rows).toBe(0)

    const blob = await job.retry()
    expect(job.getSnapshot()).toMatchObject({ status: 'success', rows: 120 })
    const lines = await csvLines(blob)
    expect(lines).toHaveLength(121)
    expect(lines[0]).toBe('id,name')
    expect(lines[1]).toBe("c0,'=Name 0")
    expect(lines.at(-1)).toBe("c119,'=Name 119")
  })

  it('cancel while the worker makes the file: back to idle, nothing to download', async () => {
    const job = createCsvExport(source(csvFileWorker))
    const states: string[] = []
    job.subscribe(() => {
      const { status, rows } = job.getSnapshot()
      states.push(status)
      // The last page is written: the file is being made now.
      if (status === 'loading' && rows === 120) job.cancel()
    })
    expect(await job.start()).toBeNull()
    expect(job.getSnapshot()).toMatchObject({ status: 'idle', blob: null, rows: 0 })
    expect(states).not.toContain('success')
  })
})
