import { useCallback, useId, useRef, useState, type ComponentPropsWithoutRef, type ReactNode, type Ref } from 'react'
import { usePaymentsContext } from '../../../data/payments-context'
import { cn } from '../../../lib/cn'
import { AsyncFrame, type AsyncSlots } from '../../../ui/async-frame'
import { useReturnFocus } from '../../../ui/return-focus'
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

/** A sub-section root: it takes focus when the button that opened a dialog is gone. */
const SECTION_SELECTOR = '[data-slot^="customer-payments-"][tabindex="-1"]'

/**
 * Open state of an action dialog that is mounted only while open. Radix returns focus only to a
 * `DialogTrigger`; these dialogs open from plain buttons, so on close focus goes back to the
 * button (found through shadow roots by `useReturnFocus`), or to its section when the button is
 * gone (e.g. a cancelled subscription's row), unless the user has put focus somewhere since.
 */
export function useActionDialog<T>(): ActionDialogTarget<T> {
  const [target, setTarget] = useState<T | null>(null)
  const returnFocus = useReturnFocus()
  const section = useRef<HTMLElement | null>(null)
  const open = useCallback(
    (value: T, element: HTMLElement) => {
      returnFocus.setTarget(element)
      section.current = element.closest<HTMLElement>(SECTION_SELECTOR)
      setTarget(() => value)
    },
    [returnFocus],
  )
  const onOpenChange = useCallback(
    (next: boolean) => {
      if (next) return
      setTarget(null)
      returnFocus.restoreSoon({ fallback: () => section.current })
    },
    [returnFocus],
  )
  return { target, open, onOpenChange }
}

/** Props every sub-section part shares; other props go to its `<section>` element. */
export interface SectionPartProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'title'> {
  /** Heading level of the sub-section's title. @default 3 */
  headingLevel?: number
  /** Extra class on the section element (merged last). */
  className?: string
  /**
   * Replaces this part's loading, error or empty state (a slot left out keeps the default; `null`
   * renders nothing). Wins over the `slots` of `CustomerPaymentsSection`.
   */
  slots?: AsyncSlots
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
  /** Host replacements of the loading, error and empty states. */
  slots?: AsyncSlots
  /** The content once loaded. */
  children: () => ReactNode
  /** Extra class on the section element (merged last). */
  className?: string
  /** The host's other props for the `<section>` element. */
  sectionProps?: Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'className'>
  /** The `<section>` element. */
  sectionRef?: Ref<HTMLElement>
}

/**
 * The frame of one sub-section: a titled `<section>` whose body goes through `AsyncFrame`
 * (loading skeleton → error with Retry → empty → content, each replaceable through `slots`), on
 * its own, whatever its siblings do.
 */
export function SectionFrame<T>({
  slot,
  title,
  errorTitle,
  headingLevel,
  part,
  action,
  notes,
  skeleton,
  empty,
  slots,
  children,
  className,
  sectionProps,
  sectionRef,
}: SectionFrameProps<T>) {
  const { t } = usePaymentsContext('CustomerPaymentsSection')
  const headingId = useId()
  const busy = part.status === 'loading' || part.isLoadingMore
  const themeRoot = useThemeRoot(cn('hx-cp-section', className))
  return (
    <section
      ref={sectionRef}
      data-slot={slot}
      data-status={part.status}
      data-loading-more={part.isLoadingMore ? '' : undefined}
      aria-labelledby={headingId}
      aria-busy={busy || undefined}
      tabIndex={-1}
      {...sectionProps}
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
      {notes && notes.length > 0 && part.status === 'success' ? (
        <ul className="hx-cp-notes" data-slot="customer-payments-unavailable">
          {notes.map((note) => (
            <li key={note}>
              <InfoIcon />
              <span>{note}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <AsyncFrame
        status={part.status}
        error={part.error}
        retry={part.retry}
        isRetrying={part.isFetching}
        errorTitle={errorTitle}
        errorClassName="hx-cp-state"
        loading={
          <div className="hx-cp-skeleton" data-slot="customer-payments-skeleton">
            <span className="hx-sr-only">{t('state.loading')}</span>
            {skeleton}
          </div>
        }
        empty={empty}
        slots={slots}
      >
        {children}
      </AsyncFrame>
    </section>
  )
}
