/**
 * Where an export's CSV text becomes a file, without pausing the page.
 *
 * Chromium registers every `Blob` with the browser process through a synchronous call as it is
 * made: usually 2–5 ms for 200,000 characters, but now and then 150–450 ms when the browser is busy
 * (measured with `node bench/trace-export.mjs` during a 1M-row export: every long task was one
 * `new Blob`). So the text goes to a small worker of our own, which makes the `Blob`s and sends back
 * the file: the page only copies each chunk into a message (under 1 ms).
 *
 * The worker is made from a `blob:` URL, so it needs no file of its own in the host's build. Where
 * that cannot work (no `Worker`, or a Content Security Policy without `worker-src blob:`), the text is
 * folded into `Blob`s on the main thread in small parts instead: the same file, with the occasional
 * pause described above.
 */
import { PaymentsError, abortError } from '../adapter/errors'
import type { AdapterMethod } from '../adapter/types'

/** The MIME type of every exported file. */
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8'

/**
 * Characters of CSV text per `Blob` part. Making a `Blob` encodes its text where it is made, and
 * more than proportionally for long text (Chromium, measured: ~3 ms for 200,000 characters, ~40 ms
 * for a million), so parts stay small.
 */
const FOLD_CHARS = 200_000
/**
 * Parts joined into one `Blob` at a time. Joining costs per part (~0.1 ms; a 1M-row file has ~570
 * parts), so parts are joined in groups as they come and the file joins the groups.
 */
const GROUP_PARTS = 32

/**
 * The worker's whole program (kept as text: it must not depend on how the host bundles us). It
 * answers `'ready'` once running; then each string it gets is the next part, in order; `null` asks
 * for the file, which it sends back as `{ file }`, one `Blob`.
 */
const WORKER_SOURCE = `"use strict";
let parts = [], groups = [];
self.onmessage = (event) => {
  const data = event.data;
  if (typeof data === "string") {
    parts.push(new Blob([data]));
    if (parts.length >= ${GROUP_PARTS}) { groups.push(new Blob(parts)); parts = []; }
    return;
  }
  groups.push(new Blob(parts));
  parts = [];
  const file = new Blob(groups, { type: ${JSON.stringify(CSV_MIME_TYPE)} });
  groups = [];
  self.postMessage({ file });
};
self.postMessage("ready");
`

/** Makes the worker that builds the file, or throws where workers cannot be made. */
export type CsvWorkerFactory = () => Worker

/** The worker from {@link WORKER_SOURCE}, through a `blob:` URL (released once the worker has it). */
export function csvFileWorker(): Worker {
  const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }))
  try {
    return new Worker(url, { name: 'hexclave-csv-file' })
  } finally {
    // The worker has fetched its script once it answers; revoking now would race that fetch.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}

/** How a {@link CsvFileWriter} builds its file. */
export interface CsvFileOptions {
  /** The adapter method the export reads (for the error when the worker stops). */
  method: AdapterMethod
  /**
   * Makes the worker. Defaults to one from a `blob:` URL where `Worker` exists; `null` builds the
   * file on the main thread.
   */
  worker?: CsvWorkerFactory | null
}

/** The text of one file, written in order. */
export interface CsvFileWriter {
  /** Appends text to the file. */
  write(text: string): void
  /**
   * The file: everything written, in order. Rejects (a `PaymentsError` naming the method) when the
   * worker building it stopped: what it held is lost, so the export must start again.
   */
  finish(): Promise<Blob>
  /** True once the worker stopped before the file was made: `finish()` will reject. */
  readonly broken: boolean
  /** Drops everything written and stops the worker; a `finish()` under way rejects with an `AbortError`. */
  discard(): void
}

/**
 * A file writer: a worker builds the file when one can be made, else the main thread does (see the
 * module comment).
 *
 * @example
 * const file = createCsvFileWriter({ method: 'listCustomers' })
 * file.write(CSV_BOM + csvRow(columns))
 * const blob = await file.finish()
 */
export function createCsvFileWriter(options: CsvFileOptions): CsvFileWriter {
  const spawn = options.worker === undefined ? (typeof Worker === 'function' ? csvFileWorker : null) : options.worker

  // Text not yet in a part.
  let pending: string[] = []
  let pendingChars = 0
  // Parts sent before the worker answered: kept until it does (it has them then), folded here if it
  // never does. Sent at once rather than held back, so its answer coming late costs no burst.
  let unanswered: string[] = []
  // Main-thread folding: groups of parts, parts not yet grouped.
  let groups: Blob[] = []
  let parts: Blob[] = []

  let mode: 'starting' | 'worker' | 'main' | 'broken' | 'discarded' = 'main'
  let worker: Worker | null = null
  let failure: PaymentsError | null = null
  let settleStart: (() => void) | null = null
  let started: Promise<void> = Promise.resolve()
  let onFile: ((file: Blob) => void) | null = null
  let onFailure: ((error: Error) => void) | null = null

  const foldHere = (text: string) => {
    parts.push(new Blob([text]))
    if (parts.length >= GROUP_PARTS) {
      groups.push(new Blob(parts))
      parts = []
    }
  }

  const send = (text: string) => {
    if (mode === 'worker' || mode === 'starting') worker?.postMessage(text)
    if (mode === 'starting') unanswered.push(text)
    else if (mode === 'main') foldHere(text)
  }

  const flush = () => {
    if (pending.length === 0) return
    send(pending.length === 1 ? (pending[0] as string) : pending.join(''))
    pending = []
    pendingChars = 0
  }

  const stopWorker = () => {
    if (!worker) return
    worker.onmessage = null
    worker.onerror = null
    worker.onmessageerror = null
    worker.terminate()
    worker = null
  }

  /** The worker could not start: fold here what was sent to it, and everything after. */
  const fallBack = () => {
    stopWorker()
    mode = 'main'
    for (const text of unanswered) foldHere(text)
    unanswered = []
    settleStart?.()
  }

  const breakDown = (reason: string) => {
    stopWorker()
    mode = 'broken'
    failure = new PaymentsError('unknown', { method: options.method, message: `The CSV file could not be built: ${reason}. Export again.` })
    onFailure?.(failure)
  }

  if (spawn) {
    try {
      worker = spawn()
      mode = 'starting'
      started = new Promise<void>((resolve) => (settleStart = resolve))
      worker.onmessage = (event: MessageEvent<unknown>) => {
        if (event.data === 'ready' && mode === 'starting') {
          mode = 'worker'
          unanswered = []
          settleStart?.()
        } else if (typeof event.data === 'object' && event.data !== null && 'file' in event.data) {
          // Not `instanceof Blob`: a page may have replaced `window.Blob` (a polyfill, a profiler).
          const { file } = event.data as { file: Blob }
          stopWorker()
          onFile?.(file)
        }
      }
      worker.onerror = (event) => {
        event.preventDefault()
        if (mode === 'starting') fallBack()
        else breakDown(event.message || 'its worker stopped')
      }
      worker.onmessageerror = () => breakDown('a part could not be sent to its worker')
    } catch {
      // No worker here (a Content Security Policy without `worker-src blob:`, say).
      fallBack()
    }
  }

  return {
    write(text) {
      pending.push(text)
      pendingChars += text.length
      if (pendingChars >= FOLD_CHARS) flush()
    },
    async finish() {
      flush()
      await started
      if (mode === 'discarded') throw abortError()
      if (mode === 'broken') throw failure
      if (mode === 'main') {
        const file = new Blob([...groups, ...parts], { type: CSV_MIME_TYPE })
        groups = []
        parts = []
        return file
      }
      return new Promise<Blob>((resolve, reject) => {
        onFile = resolve
        onFailure = reject
        worker?.postMessage(null)
      })
    },
    get broken() {
      return mode === 'broken'
    },
    discard() {
      stopWorker()
      onFailure?.(abortError())
      onFile = onFailure = null
      mode = 'discarded'
      settleStart?.()
      pending = []
      pendingChars = 0
      unanswered = []
      groups = []
      parts = []
    },
  }
}
