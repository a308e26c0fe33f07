import { useState, type ReactNode } from 'react'
import { usePaymentsContext } from '../../data/payments-context'
import { errorMessage } from '../../lib/messages'
import { Button } from '../../ui/button'
import { LazyNotice } from '../../ui/lazy-notice'
import { lazyPart, useLazyPart, type LazyPart } from '../../ui/lazy-part'
import type { CsvExportButtonOptions } from './csv-export-control'

/** The export's code comes with the other parts that load on first use (see lazy-parts). */
const load = () => import('../lazy-parts')

/** The export buttons, each loaded on first use. */
export const exportButtons = {
  customers: lazyPart(() => load().then((module) => module.CustomerTableExportButton)),
  transactions: lazyPart(() => load().then((module) => module.ExportTransactionsButton)),
}

/**
 * An "Export CSV" button whose export code loads on first use: a plain button until it is
 * clicked (hover and focus start the load), pending while the code is on its way, then the real
 * export control, which starts at once; a failed load shows the lazy notice with Retry. Used by
 * the table's toolbar and the payments section's transactions.
 */
export function LazyExportButton<P extends CsvExportButtonOptions>({ part, props, label }: { part: LazyPart<P>; props: P; label: ReactNode }) {
  const { t } = usePaymentsContext('LazyExportButton')
  const [requested, setRequested] = useState(false)
  const { status, component: Control, error, retry } = useLazyPart(part, requested)
  if (props.canExport === false) return null
  // The plain button goes, so focus is nowhere: the control's start button (pending) takes it.
  if (Control && requested) return <Control {...props} autoStart />
  return (
    <>
      <Button
        variant={props.variant ?? 'outline'}
        size={props.size ?? 'sm'}
        isPending={requested && status === 'loading'}
        data-slot="csv-export-trigger"
        onPointerEnter={part.prefetch}
        onFocus={part.prefetch}
        onClick={() => setRequested(true)}
      >
        {props.label ?? label}
      </Button>
      {requested && status === 'error' ? (
        <LazyNotice status="error" label={t('state.loading')} message={errorMessage(t, error)} onRetry={retry} onClose={() => setRequested(false)} />
      ) : null}
    </>
  )
}
