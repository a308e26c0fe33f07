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

const nextFrame = (callback: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const frame = requestAnimationFrame(callback)
    return () => cancelAnimationFrame(frame)
  }
  const timer = setTimeout(callback, 16)
  return () => clearTimeout(timer)
}

/**
 * A job's snapshot as React reads it: a change of status at once, progress at most once a frame.
 * A fast adapter answers a 1M-row export's 2,000 pages far quicker than the screen refreshes, and
 * a render per page kept the main thread busy for nothing the user could see.
 */
function frameStore(job: CsvExportJob) {
  let published = job.getSnapshot()
  return {
    subscribe(listener: () => void) {
      let cancelFrame: (() => void) | null = null
      const publish = () => {
        cancelFrame?.()
        cancelFrame = null
        published = job.getSnapshot()
        listener()
      }
      const unsubscribe = job.subscribe(() => {
        if (job.getSnapshot().status !== published.status) publish()
        else cancelFrame ??= nextFrame(publish)
      })
      published = job.getSnapshot()
      return () => {
        unsubscribe()
        cancelFrame?.()
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
  const store = useMemo(() => (job ? frameStore(job) : null), [job])
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
