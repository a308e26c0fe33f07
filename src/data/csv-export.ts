/**
 * The engine of every CSV export: walks an adapter's cursor pages in the background and writes
 * each page straight into CSV text, so a million rows never exist as objects at once.
 *
 * - Progress after every page: rows written so far and the list's total when the adapter says it.
 * - Cancel aborts the walk through an `AbortSignal` the job owns and drops everything.
 * - A transient failure (network, busy, 5xx) is retried twice with backoff, as every read is; a
 *   page that still fails keeps what was written, and `retry()` asks for it again and goes on.
 * - The main thread is never held for long: the walk yields between pages and every few
 *   milliseconds inside a large page.
 * - The text goes into a file writer (`csv-file.ts`) as it is written, which builds the file in a
 *   worker so the page never waits on it; the rows never exist as objects at once.
 */
import type { AdapterMethod, Page, PageTotal } from '../adapter/types'
import { PaymentsError, isAbortError, throwIfAborted, toPaymentsError } from '../adapter/errors'
import type { MutationStatus } from '../lib/async-status'
import { CSV_BOM, csvRow, type CsvCell } from '../lib/csv'
import { delay } from '../lib/random'
import { createSlicer } from '../lib/yield-to-main'
import { createCsvFileWriter, type CsvFileWriter, type CsvWorkerFactory } from './csv-file'
import { retryDelay, shouldRetry } from './query-client'

export { CSV_MIME_TYPE } from './csv-file'

/** Items written between two checks of the slice clock. */
const CHECK_EVERY = 200

/** What a CSV export writes, and where its pages come from. */
export interface CsvExportSource<T> {
  /** The adapter method the pages come from, for error messages (`listCustomers`). */
  method: AdapterMethod
  /** The header row: column names in their stable order. */
  columns: readonly string[]
  /** Items asked for per page (adapters may return fewer). */
  pageSize: number
  /** One page; `cursor` is `null` for the first. */
  fetchPage(params: { cursor: string | null; limit: number; signal: AbortSignal }): Promise<Page<T>>
  /** A key unique per item, to skip an item the previous page already had (offset cursors shift). */
  key(item: T): string
  /** The records of one item, each a row of cells in `columns` order (usually one). */
  records(item: T): CsvCell[][]
  /**
   * Makes the worker that builds the file (see `csv-file.ts`): by default one from a `blob:` URL
   * where workers exist; `null` builds it on the main thread. For tests.
   */
  worker?: CsvWorkerFactory | null
}

/**
 * Where an export stands. `status` is the mutation vocabulary of `AsyncStatus`: `idle` (not started,
 * or cancelled), `loading` (walking the pages), `error` (a page failed; what was written is kept),
 * `success` (`blob` holds the file).
 */
export interface CsvExportSnapshot {
  status: MutationStatus
  /** Items written so far (a transaction with several currencies is one item). */
  rows: number
  /** The whole list's total, from the latest page that said it; `null` when the adapter does not. */
  total: PageTotal | null
  /** Why the last page failed (`status` is `error`); `null` otherwise. */
  error: Error | null
  /** The file (`status` is `success`); `null` otherwise. */
  blob: Blob | null
  /** `loading` again after a failure: the failed page is being asked for again. */
  isRetrying: boolean
}

/**
 * One export, driven from anywhere (a hook, a button, a script): subscribe to its snapshot, start,
 * cancel and retry it.
 */
export interface CsvExportJob {
  /** The current snapshot; a new object whenever something changed. */
  getSnapshot(): CsvExportSnapshot
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /**
   * Starts from the first page, dropping any earlier result. While a walk runs, returns that walk.
   * Resolves with the file, or `null` when the walk was cancelled or failed (see `error`).
   */
  start(): Promise<Blob | null>
  /**
   * After a failure, asks for the failed page again and goes on, keeping every row written.
   * Resolves like `start`; does nothing (resolves `null`) unless the status is `error`.
   */
  retry(): Promise<Blob | null>
  /** Aborts a running walk and drops everything written: back to `idle`, nothing to download. */
  cancel(): void
}

/** The snapshot of an export that has not started. */
export const IDLE_CSV_EXPORT: CsvExportSnapshot = Object.freeze({
  status: 'idle',
  rows: 0,
  total: null,
  error: null,
  blob: null,
  isRetrying: false,
})

/**
 * Creates an export job over a source. Nothing is asked of the adapter until `start()`.
 *
 * @example
 * const job = createCsvExport(source)
 * job.subscribe(() => console.log(job.getSnapshot().rows))
 * const blob = await job.start()
 */
export function createCsvExport<T>(source: CsvExportSource<T>): CsvExportJob {
  let snapshot = IDLE_CSV_EXPORT
  const listeners = new Set<() => void>()
  /** The file so far (the header and every page written). */
  let file: CsvFileWriter | null = null
  let cursor: string | null = null
  let previousKeys = new Set<string>()
  let controller: AbortController | null = null
  let running: Promise<Blob | null> | null = null

  const set = (next: CsvExportSnapshot) => {
    snapshot = next
    for (const listener of [...listeners]) listener()
  }
  const update = (next: Partial<CsvExportSnapshot>) => set({ ...snapshot, ...next })

  const write = (text: string) => file?.write(text)

  /** Back to the first page, dropping what was written: the next walk starts a new file. */
  const clear = () => {
    file?.discard()
    file = null
    cursor = null
    previousKeys = new Set()
  }

  /**
   * Writes the CSV of one page in slices and returns how many items it wrote and the page's keys
   * (for the next page's check). A cancel mid-page drops everything anyway, so the page can be
   * written as it goes.
   */
  async function writePage(items: T[], signal: AbortSignal, slicer: ReturnType<typeof createSlicer>) {
    let text = ''
    let written = 0
    const keys = new Set<string>()
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as T
      const key = source.key(item)
      if (previousKeys.has(key) || keys.has(key)) continue
      keys.add(key)
      for (const record of source.records(item)) text += csvRow(record)
      written++
      if (i % CHECK_EVERY === CHECK_EVERY - 1) {
        write(text)
        text = ''
        if (slicer.due()) {
          await slicer.yield()
          throwIfAborted(signal)
        }
      }
    }
    write(text)
    return { written, keys }
  }

  /** The page at the cursor, retrying a transient failure like every read (the query client's policy). */
  async function fetchPage(signal: AbortSignal) {
    for (let failures = 0; ; failures++) {
      try {
        return await source.fetchPage({ cursor, limit: source.pageSize, signal })
      } catch (error) {
        if (signal.aborted || !shouldRetry(failures, error)) throw error
        await delay(retryDelay(failures, error), signal)
      }
    }
  }

  async function walk(own: AbortController): Promise<Blob | null> {
    const { signal } = own
    const slicer = createSlicer()
    try {
      // The task that started the export (a click, which also drew the progress) ends here: the
      // file's worker and the first page come in tasks of their own.
      await slicer.yield()
      throwIfAborted(signal)
      if (!file) {
        file = createCsvFileWriter({ method: source.method, worker: source.worker })
        write(CSV_BOM + csvRow(source.columns))
      }
      for (;;) {
        const page = await fetchPage(signal)
        throwIfAborted(signal)
        if (page.nextCursor !== null && page.nextCursor === cursor) {
          throw new PaymentsError('invalid_response', {
            method: source.method,
            path: 'nextCursor',
            message: `${source.method} returned an invalid response at "nextCursor": the same cursor it was given, so the list would never end`,
          })
        }
        const { written, keys } = await writePage(page.items, signal, slicer)
        throwIfAborted(signal)
        previousKeys = keys
        cursor = page.nextCursor
        update({ rows: snapshot.rows + written, total: page.total ?? snapshot.total, isRetrying: false })
        // The file's worker stopped: `finish()` below says why.
        if (page.nextCursor === null || file?.broken) break
        await slicer.yield()
        throwIfAborted(signal)
      }
      const blob = await (file as CsvFileWriter).finish()
      throwIfAborted(signal)
      clear()
      update({ status: 'success', blob, isRetrying: false })
      return blob
    } catch (error) {
      // Cancelled: `cancel()` has already dropped everything.
      if (signal.aborted) return null
      // An abort we did not cause (e.g. the host's adapter stopped shared work) is a failure to retry.
      const failure = isAbortError(error) ? new PaymentsError('network', { method: source.method, cause: error }) : toPaymentsError(error, source.method)
      // The file's worker stopped: what it held is gone, so Retry starts from the first page.
      const restart = file?.broken === true
      if (restart) clear()
      update({ status: 'error', error: failure, isRetrying: false, ...(restart ? { rows: 0, total: null } : {}) })
      return null
    } finally {
      if (controller === own) {
        controller = null
        running = null
      }
    }
  }

  function run(): Promise<Blob | null> {
    const own = new AbortController()
    controller = own
    running = walk(own)
    return running
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start() {
      if (running) return running
      clear()
      set({ ...IDLE_CSV_EXPORT, status: 'loading' })
      return run()
    },
    retry() {
      if (running) return running
      if (snapshot.status !== 'error') return Promise.resolve(null)
      update({ status: 'loading', error: null, isRetrying: true })
      return run()
    },
    cancel() {
      controller?.abort()
      controller = null
      running = null
      clear()
      if (snapshot !== IDLE_CSV_EXPORT) set(IDLE_CSV_EXPORT)
    },
  }
}
