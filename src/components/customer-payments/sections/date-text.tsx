import { usePaymentsContext } from '../../../data/payments-context'
import { cn } from '../../../lib/cn'
import { Tooltip, TooltipContent, TooltipTrigger } from '../../../ui/tooltip'
import { dateTooltipPopup } from '../actions/lazy-action-dialog'

/**
 * A date shown absolute ("Oct 3, 2026") in a `<time>`, with the relative distance ("4 weeks ago")
 * and the full date and time in a tooltip (Radix Tooltip, see `src/ui/tooltip.tsx`) that opens on
 * hover and at once on keyboard focus, is the trigger's `aria-describedby` while open, and closes
 * with Escape (an enclosing dialog stays open). The tooltip portals into the provider's
 * `portalContainer` (a shadow root included) with the provider's colour scheme. Its code loads on
 * the first hover or focus of a date, with the section's action dialogs (`dateTooltipPopup`); the
 * date's button is there, named and focusable, from the start.
 *
 * @selector [data-slot="customer-payments-date"] the wrapper around the trigger
 * @selector [data-slot="customer-payments-date-tooltip"] the tooltip; portalled, so not inside the wrapper
 * @selector [data-state="closed" | "delayed-open" | "instant-open"] on the trigger (`.hx-cp-date__trigger`)
 *
 * @example
 * <DateText iso={transaction.createdAt} />
 */
export function DateText({ iso, className }: { iso: string; className?: string }) {
  const { format } = usePaymentsContext('CustomerPaymentsSection')
  return (
    <span className={cn('hx-cp-date', className)} data-slot="customer-payments-date">
      <Tooltip popup={dateTooltipPopup}>
        <TooltipTrigger type="button" className="hx-cp-date__trigger" data-slot="customer-payments-date-trigger">
          <time dateTime={iso}>{format.date(iso)}</time>
        </TooltipTrigger>
        <TooltipContent side="bottom" align="start" data-slot="customer-payments-date-tooltip">
          {format.relative(iso)} · {format.dateTime(iso)}
        </TooltipContent>
      </Tooltip>
    </span>
  )
}
