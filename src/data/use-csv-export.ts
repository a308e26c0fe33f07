import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { IDLE_CSV_EXPORT, type CsvExportJob, type CsvExportSnapshot } from './csv-export'

/** A CSV export as a hook returns it: where it stands, and what can be done with it. */
export interface CsvExportState extends CsvExportSnapshot {
  /**
   * Starts an export of what the parameters say now (later changes do not affect it). Ignored
   * while one runs; drops an earlier result or failure.
   */
  start: () => void
  /** Aborts the running export (or drops a failed or finished one): back to `idle`, nothing kept. */
  cancel: () => void
  /** After a failure, asks for the failed page again and goes on with every row kept. */
  retry: () => void
}

const noSubscription = () => () => {}
const idle = () => IDLE_CSV_EXPORT

/**
 * How often the progress shown may change, in ms: often enough to see it move, rarely enough that
 * drawing it costs the export little (every frame, it took a quarter of the main thread).
 */
const PROGRESS_EVERY_MS = 100

/**
 * A job's snapshot as React reads it: a change of status at once, progress at most every
 * {@link PROGRESS_EVERY_MS}. A fast adapter answers a 1M-row export's 2,000 pages far quicker than
 * anyone reads a counter, and a render per page kept the main thread busy for nothing.
 */
function progressStore(job: CsvExportJob) {
  let published = job.getSnapshot()
  return {
    subscribe(listener: () => void) {
      let timer: ReturnType<typeof setTimeout> | undefined
      const publish = () => {
        clearTimeout(timer)
        timer = undefined
        published = job.getSnapshot()
        listener()
      }
      const unsubscribe = job.subscribe(() => {
        if (job.getSnapshot().status !== published.status) publish()
        else timer ??= setTimeout(publish, PROGRESS_EVERY_MS)
      })
      published = job.getSnapshot()
      return () => {
        unsubscribe()
        clearTimeout(timer)
      }
    },
    getSnapshot: () => published,
  }
}

/**
 * Runs the export jobs `create` makes, one at a time, as React state; an export still running
 * when the component unmounts is cancelled. `create` is read when `start` is called.
 */
export function useCsvExport(create: () => CsvExportJob): CsvExportState {
  const [job, setJob] = useState<CsvExportJob | null>(null)
  const jobRef = useRef<CsvExportJob | null>(null)
  const createRef = useRef(create)
  useEffect(() => {
    createRef.current = create
  })
  const store = useMemo(() => (job ? progressStore(job) : null), [job])
  const snapshot = useSyncExternalStore(store ? store.subscribe : noSubscription, store ? store.getSnapshot : idle, idle)

  const start = useCallback(() => {
    const current = jobRef.current
    if (current?.getSnapshot().status === 'loading') return
    current?.cancel()
    const next = createRef.current()
    jobRef.current = next
    setJob(next)
    void next.start()
  }, [])
  const cancel = useCallback(() => jobRef.current?.cancel(), [])
  const retry = useCallback(() => void jobRef.current?.retry(), [])
  useEffect(() => () => jobRef.current?.cancel(), [])

  return { ...snapshot, start, cancel, retry }
}
