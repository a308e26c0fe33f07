import { useCallback, useId, useRef, useState, type ReactNode } from 'react'
import { usePaymentsContext } from '../../../data/payments-context'
import { errorMessage } from '../../../lib/messages'
import { cn } from '../../../lib/cn'
import { ErrorState } from '../../../ui/error-state'
import type { CustomerPaymentsPart } from '../use-customer-payments'
import { useThemeRoot } from '../../theme-root'
import { InfoIcon } from '../../../ui/icons'

export { DateText } from './date-text'

/** Heading level of the customer's name; sub-section headings are one level below. */
export type CustomerPaymentsHeadingLevel = 2 | 3 | 4 | 5

/** A heading of the given level. */
export function Heading({ level, id, className, children }: { level: number; id?: string; className?: string; children: ReactNode }) {
  const Tag = `h${Math.min(Math.max(level, 2), 6)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  )
}

/** Stands in for a React element inside a translated message (`t(key, { date: NODE_MARK })`). */
export const NODE_MARK = '\u0000'

/**
 * A translated message with one element in place of its placeholder, wherever the language puts
 * it ("Renews on <date>", "<date>に更新").
 */
export function WithNode({ template, node }: { template: string; node: ReactNode }) {
  const at = template.indexOf(NODE_MARK)
  if (at === -1) return <>{template}</>
  return (
    <>
      {template.slice(0, at)}
      {node}
      {template.slice(at + NODE_MARK.length)}
    </>
  )
}

/** What {@link useActionDialog} returns. */
export interface ActionDialogTarget<T> {
  /** What the open dialog acts on; `null` while closed (the dialog is then not mounted). */
  target: T | null
  /** Opens the dialog for `value`, remembering the button that opened it. */
  open: (value: T, trigger: HTMLElement) => void
  /** Pass to the dialog: closing unmounts it and puts focus back where it was. */
  onOpenChange: (open: boolean) => void
}

/**
 * Open state of an action dialog that is mounted only while open. Radix returns focus only to a
 * `DialogTrigger`; these dialogs open from plain buttons, so on close focus goes back to the
 * button, or to its section when the button is gone (e.g. a cancelled subscription's row).
 */
export function useActionDialog<T>(): ActionDialogTarget<T> {
  const [target, setTarget] = useState<T | null>(null)
  const trigger = useRef<HTMLElement | null>(null)
  const open = useCallback((value: T, element: HTMLElement) => {
    trigger.current = element
    setTarget(() => value)
  }, [])
  const onOpenChange = useCallback((next: boolean) => {
    if (next) return
    setTarget(null)
    const element = trigger.current
    if (!element) return
    const section = element.closest<HTMLElement>('[data-slot^="customer-payments-"][tabindex="-1"]')
    setTimeout(() => {
      const doc = element.ownerDocument
      if (doc.activeElement && doc.activeElement !== doc.body) return
      if (element.isConnected) element.focus()
      else if (section?.isConnected) section.focus()
    }, 0)
  }, [])
  return { target, open, onOpenChange }
}

/** Props every sub-section part shares. */
export interface SectionPartProps {
  /** Heading level of the sub-section's title. @default 3 */
  headingLevel?: number
  /** Extra class on the section element. */
  className?: string
}

interface SectionFrameProps<T> {
  /** The section's `data-slot`, e.g. `customer-payments-products`. */
  slot: string
  title: string
  /** Title of the error state ("Could not load transactions"). */
  errorTitle: string
  headingLevel: number
  part: CustomerPaymentsPart<T>
  /** Buttons next to the title (e.g. "Grant product"). */
  action?: ReactNode
  /** Why actions of this section are not offered (the adapter's reasons), shown under the title once loaded. */
  notes?: readonly string[]
  /** Placeholder shaped like the content. */
  skeleton: ReactNode
  /** What the section shows when there is nothing. */
  empty: ReactNode
  /** The content once loaded. */
  children: () => ReactNode
  className?: string
}

/**
 * The frame of one sub-section: a titled `<section>` that branches loading (skeleton) → error
 * (message + Retry) → empty → content, on its own, whatever its siblings do.
 */
export function SectionFrame<T>({ slot, title, errorTitle, headingLevel, part, action, notes, skeleton, empty, children, className }: SectionFrameProps<T>) {
  const { t } = usePaymentsContext('CustomerPaymentsSection')
  const headingId = useId()
  const busy = part.status === 'loading' || part.status === 'loadingMore'
  const themeRoot = useThemeRoot(cn('hx-cp-section', className))
  let content: ReactNode
  if (part.status === 'loading') {
    content = (
      <div className="hx-cp-skeleton" data-slot="customer-payments-skeleton">
        <span className="hx-sr-only">{t('state.loading')}</span>
        {skeleton}
      </div>
    )
  } else if (part.status === 'error') {
    content = (
      <ErrorState
        className="hx-cp-state"
        title={errorTitle}
        message={part.error ? errorMessage(t, part.error) : undefined}
        onRetry={part.retry}
        isRetrying={part.isFetching}
        retryLabel={t('state.retry')}
      />
    )
  } else if (part.status === 'empty') {
    content = empty
  } else {
    content = children()
  }
  return (
    <section
      data-slot={slot}
      data-status={part.status}
      aria-labelledby={headingId}
      aria-busy={busy || undefined}
      tabIndex={-1}
      {...themeRoot}
    >
      <div className="hx-cp-section__header" data-slot="customer-payments-section-header">
        <Heading level={headingLevel} id={headingId} className="hx-cp-section__title">
          {title}
        </Heading>
        {action ? (
          <div className="hx-cp-section__actions" data-slot="customer-payments-section-actions">
            {action}
          </div>
        ) : null}
      </div>
      {notes && notes.length > 0 && (part.status === 'success' || part.status === 'loadingMore') ? (
        <ul className="hx-cp-notes" data-slot="customer-payments-unavailable">
          {notes.map((note) => (
            <li key={note}>
              <InfoIcon />
              <span>{note}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {content}
    </section>
  )
}
