import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { usePaymentsContext } from '../../data/payments-context'
import { exportMessages } from '../../lib/messages/export'
import type { CsvExportState } from '../../data/use-csv-export'
import { errorMessage } from '../../lib/messages'
import { cn } from '../../lib/cn'
import { Button, type ButtonSize, type ButtonVariant } from '../../ui/button'
import { deepActiveElement } from '../../ui/return-focus'
import { useThemeRoot } from '../theme-root'

/** Props shared by the export buttons. */
export interface CsvExportButtonOptions {
  /** Shows the export; `false` renders nothing (a host that may not export). @default true */
  canExport?: boolean
  /** Name of the downloaded file. @default a name with today's date, e.g. `customers-2026-12-04.csv` */
  fileName?: string
  /**
   * Called with the file once the export is done, before the download starts (e.g. to upload it
   * or to test it).
   */
  onExported?: (blob: Blob, fileName: string) => void
  /** Downloads the file when the export is done (through an object URL on an `<a download>`). @default true */
  download?: boolean
  /** The start button's label. @default the `export.customers` / `export.transactions` message ('Export CSV') */
  label?: ReactNode
  /** The start button's style. @default 'outline' */
  variant?: ButtonVariant
  /** The start button's size (also of Cancel and Retry). @default 'sm' */
  size?: ButtonSize
  /**
   * Starts an export as soon as it mounts, and focuses its (pending) start button when focus is
   * nowhere: for a button whose code loaded on the click that asked for the export. @default false
   */
  autoStart?: boolean
}

/** Props of {@link CsvExportControl}. */
export interface CsvExportControlProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>,
    Omit<CsvExportButtonOptions, 'canExport' | 'label' | 'fileName'> {
  /** The export to show and drive (from `useExportCustomers`, `useExportTransactions` or `useCsvExport`). */
  exporter: CsvExportState
  /** Name of the downloaded file. */
  fileName: string
  /** The start button's label. */
  label: ReactNode
}

/** A file name part made of letters, digits, `.`, `_` and `-` only (custom ids may hold anything). */
export function fileNamePart(text: string): string {
  return text.replace(/[^\w.-]+/g, '_').slice(0, 64)
}

/** Today's date (UTC) as `YYYY-MM-DD`, for default file names. */
export function fileNameDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/** Progress as text and as `aria-value*`: "1,234 of 10,000 rows", or "1,234 rows" without a total. */
function useProgress(exporter: CsvExportState) {
  const { t, format } = usePaymentsContext('CsvExportControl', exportMessages)
  const { rows, total } = exporter
  if (!total) return { text: t('export.progressUnknown', { count: rows }), now: undefined, max: undefined }
  const max = Math.max(total.count, rows)
  const text = total.approximate
    ? t('export.progressApprox', { rows: format.number(rows), total: format.number(total.count) })
    : t('export.progress', { rows: format.number(rows), total: total.count })
  return { text, now: rows, max }
}

/** How long an object URL stays valid after its download started (the browser reads it meanwhile). */
const OBJECT_URL_LIFETIME_MS = 60_000

/**
 * Downloads a file the way browsers allow without a server: an object URL on an `<a download>`,
 * clicked. The link is placed inside `near` (so it works inside a shadow root) and removed at once;
 * the URL is revoked a minute later.
 */
export function downloadBlob(near: Element, blob: Blob, fileName: string): void {
  const doc = near.ownerDocument
  const url = URL.createObjectURL(blob)
  const anchor = doc.createElement('a')
  anchor.href = url
  anchor.download = fileName
  anchor.hidden = true
  // Its click is the browser's business only: no host or library handler above should see it.
  anchor.addEventListener('click', (event) => event.stopPropagation())
  near.append(anchor)
  anchor.click()
  anchor.remove()
  doc.defaultView?.setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS)
}

/**
 * The UI of a CSV export: a start button; while it runs, a progress bar ("1,234 of 10,000 rows")
 * and Cancel; on failure, what went wrong with Retry (which goes on from the failed page) and
 * Cancel; when done, the download (started at once; "Download again" starts it again). A live region
 * announces the start, the end and a cancel; a failure is an alert. Focus stays on the control as
 * its buttons come and go. Use it with your own export hook; `ExportCustomersButton` and
 * `ExportTransactionsButton` are it with theirs.
 *
 * @selector [data-slot="csv-export"] — the root, with `data-status="idle" | "loading" | "error" | "success"`
 * @selector [data-slot="csv-export-trigger" | "csv-export-progress" | "csv-export-progressbar" | "csv-export-count" | "csv-export-cancel" | "csv-export-error" | "csv-export-retry" | "csv-export-done" | "csv-export-download" | "csv-export-status"]
 * @example
 * const exporter = useExportCustomers({ type, search })
 * <CsvExportControl exporter={exporter} fileName="customers.csv" label="Export" />
 */
export const CsvExportControl = forwardRef<HTMLDivElement, CsvExportControlProps>(function CsvExportControl(
  { exporter, fileName, label, onExported, download = true, variant = 'outline', size = 'sm', autoStart = false, className, onFocus, onBlur, ...props },
  ref,
) {
  const { t } = usePaymentsContext('CsvExportControl', exportMessages)
  const themeRoot = useThemeRoot(className)
  const { status, blob, error, rows, start, cancel, retry } = exporter
  const progress = useProgress(exporter)
  const [cancelled, setCancelled] = useState(false)

  // Hand the file over once per export: to `onExported`, then to the browser's downloads.
  const onExportedRef = useRef(onExported)
  useEffect(() => {
    onExportedRef.current = onExported
  })
  const root = useRef<HTMLDivElement | null>(null)
  useImperativeHandle(ref, () => root.current as HTMLDivElement, [])
  const handedOver = useRef<Blob | null>(null)
  useEffect(() => {
    if (!blob || handedOver.current === blob) return
    handedOver.current = blob
    onExportedRef.current?.(blob, fileName)
    if (download && root.current) downloadBlob(root.current, blob, fileName)
  }, [blob, fileName, download])

  // Buttons come and go with the status; when the focused one goes, focus moves to Cancel (while
  // the export runs) or to the start button, never to the page body.
  const trigger = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const lastFocused = useRef<HTMLElement | null>(null)
  useLayoutEffect(() => {
    const last = lastFocused.current
    if (!last || last.isConnected || deepActiveElement(last.ownerDocument) !== null) return
    lastFocused.current = null
    ;(cancelButton.current ?? trigger.current)?.focus()
  })
  const onStart = () => {
    setCancelled(false)
    start()
  }
  // Once per mount (StrictMode's second mount starts again: its first was cancelled on unmount).
  useEffect(() => {
    if (!autoStart) return
    start()
    if (trigger.current && deepActiveElement(trigger.current.ownerDocument) === null) trigger.current.focus()
  }, [autoStart, start])
  const onCancel = () => {
    setCancelled(true)
    cancel()
  }
  const announcement =
    status === 'loading' ? t('export.exporting') : status === 'success' ? t('export.done', { count: rows }) : cancelled ? t('export.cancelled') : ''

  return (
    <div
      ref={root}
      data-slot="csv-export"
      data-status={status}
      {...props}
      onFocus={(event) => {
        onFocus?.(event)
        lastFocused.current = event.target
      }}
      onBlur={(event) => {
        onBlur?.(event)
        const next = event.relatedTarget
        if (next instanceof Node && !event.currentTarget.contains(next)) lastFocused.current = null
      }}
      {...themeRoot}
      className={cn('hx-csv-export', themeRoot.className)}
    >
      <Button ref={trigger} variant={variant} size={size} isPending={status === 'loading'} onClick={onStart} data-slot="csv-export-trigger">
        {label}
      </Button>
      {status === 'loading' ? (
        <div className="hx-csv-export__progress" data-slot="csv-export-progress">
          <div
            role="progressbar"
            aria-label={t('export.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={progress.max}
            aria-valuenow={progress.now}
            aria-valuetext={progress.text}
            className="hx-csv-export__bar"
            data-slot="csv-export-progressbar"
            data-indeterminate={progress.max === undefined ? '' : undefined}
          >
            <span
              className="hx-csv-export__fill"
              style={progress.max ? { inlineSize: `${Math.min(100, (100 * rows) / progress.max)}%` } : undefined}
            />
          </div>
          <span className="hx-csv-export__count" data-slot="csv-export-count" aria-hidden="true">
            {progress.text}
          </span>
        </div>
      ) : null}
      {status === 'error' ? (
        <p role="alert" className="hx-csv-export__error" data-slot="csv-export-error">
          {t('export.failed', { count: rows, error: errorMessage(t, error) })}
        </p>
      ) : null}
      {status === 'error' ? (
        <Button variant="outline" size={size} onClick={retry} data-slot="csv-export-retry">
          {t('state.retry')}
        </Button>
      ) : null}
      {status === 'loading' || status === 'error' ? (
        <Button ref={cancelButton} variant="ghost" size={size} onClick={onCancel} data-slot="csv-export-cancel">
          {t('export.cancel')}
        </Button>
      ) : null}
      {status === 'success' ? (
        <span className="hx-csv-export__count" data-slot="csv-export-done">
          {t('export.done', { count: rows })}
        </span>
      ) : null}
      {status === 'success' && blob && download ? (
        <Button
          variant="ghost"
          size={size}
          onClick={() => root.current && downloadBlob(root.current, blob, fileName)}
          data-slot="csv-export-download"
        >
          {t('export.downloadAgain')}
        </Button>
      ) : null}
      <span role="status" className="hx-sr-only" data-slot="csv-export-status">
        {announcement}
      </span>
    </div>
  )
})
