import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
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
  const snapshot = useSyncExternalStore(job ? job.subscribe : noSubscription, job ? job.getSnapshot : idle, idle)

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
