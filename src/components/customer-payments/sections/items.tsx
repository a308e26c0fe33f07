import { forwardRef, useId } from 'react'
import type { ItemBalance } from '../../../adapter/types'
import { usePaymentsContext } from '../../../data/payments-context'
import { customerMessages } from '../../../lib/messages/customer'
import { paymentsMessages } from '../../../lib/messages/payments'
import { AdapterText } from '../../../ui/adapter-text'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { AlertTriangleIcon, TagIcon } from '../../../ui/icons'
import { Skeleton } from '../../../ui/skeleton'
import { LazyActionDialog, actionDialogs } from '../actions/lazy-action-dialog'
import type { CustomerPaymentsState } from '../use-customer-payments'
import { SectionFrame, useActionDialog, type SectionPartProps } from './section-frame'
import { inlineText } from '../../../lib/text'

/** Props of {@link CustomerPaymentsItems}. */
export interface CustomerPaymentsItemsProps extends SectionPartProps {
  /** The state from `useCustomerPayments`. */
  payments: CustomerPaymentsState
}

function ItemRow({ item, canAdjust, onAdjust }: { item: ItemBalance; canAdjust: boolean; onAdjust: (item: ItemBalance, trigger: HTMLElement) => void }) {
  const { t, format } = usePaymentsContext('CustomerPaymentsItems', paymentsMessages, customerMessages)
  const noteId = useId()
  const negative = item.quantity < 0
  return (
    <li
      className="hx-cp-item"
      data-slot="customer-payments-item"
      data-item-id={item.itemId}
      data-negative={negative ? '' : undefined}
    >
      <span className="hx-cp-item__text">
        <span className="hx-cp-item__name" data-slot="customer-payments-item-name">
          <AdapterText overflow="truncate">{item.displayName}</AdapterText>
        </span>
        <span className="hx-cp-item__id" data-slot="customer-payments-item-id">
          <span className="hx-sr-only">{t('customer.id')}: </span>
          <AdapterText title={item.itemId}>{item.itemId}</AdapterText>
        </span>
      </span>
      <span
        className="hx-cp-item__quantity"
        data-slot="customer-payments-item-quantity"
        aria-describedby={negative ? noteId : undefined}
      >
        {format.number(item.quantity)}
      </span>
      {canAdjust ? (
        <Button
          variant="outline"
          size="sm"
          className="hx-cp-row-action"
          aria-label={t('payments.items.adjustLabel', { name: inlineText(item.displayName) })}
          onPointerEnter={actionDialogs.adjust.prefetch}
          onFocus={actionDialogs.adjust.prefetch}
          onClick={(event) => onAdjust(item, event.currentTarget)}
        >
          {t('payments.items.adjust')}
        </Button>
      ) : null}
      {negative ? (
        <p className="hx-cp-item__negative" id={noteId} data-slot="customer-payments-item-negative">
          <AlertTriangleIcon />
          {t('payments.items.negative')}
        </p>
      ) : null}
    </li>
  )
}

/**
 * A customer's item balances (credits, seats…): name, id and quantity. A negative balance is
 * marked with an icon and a sentence, not by colour alone. "Adjust" appears per item when the
 * adapter can change quantities and the view is not read-only.
 *
 * @selector [data-slot="customer-payments-items"][data-status]
 * @selector [data-slot="customer-payments-item"][data-item-id][data-negative]
 * @selector [data-slot="customer-payments-item-name" | "customer-payments-item-id" | "customer-payments-item-quantity" | "customer-payments-item-negative"]
 * @example
 * <CustomerPaymentsItems payments={useCustomerPayments({ customerType: 'user', customerId })} />
 */
export const CustomerPaymentsItems = forwardRef<HTMLElement, CustomerPaymentsItemsProps>(function CustomerPaymentsItems(
  { payments, headingLevel = 3, className, slots, ...props },
  ref,
) {
  const { t } = usePaymentsContext('CustomerPaymentsItems', paymentsMessages, customerMessages)
  const adjust = useActionDialog<ItemBalance>()
  const { items, customer, actions, unavailable } = payments
  const notes = unavailable.changeItemQuantity ? [unavailable.changeItemQuantity] : []
  return (
    <>
      <SectionFrame
        slot="customer-payments-items"
        title={t('payments.items.title')}
        errorTitle={t('payments.items.error')}
        headingLevel={headingLevel}
        part={items}
        notes={notes}
        className={className}
        slots={slots}
        sectionProps={props}
        sectionRef={ref}
        skeleton={
          <ul className="hx-cp-list" aria-hidden="true">
            {[0, 1, 2].map((i) => (
              <li key={i} className="hx-cp-item">
                <span className="hx-cp-item__text">
                  <Skeleton width="7rem" />
                  <Skeleton width="4rem" height="0.75rem" />
                </span>
                <Skeleton className="hx-cp-item__quantity" width="3rem" />
              </li>
            ))}
          </ul>
        }
        empty={<EmptyState className="hx-cp-state" icon={<TagIcon />} title={t('payments.items.empty')} />}
      >
        {() => (
          <ul className="hx-cp-list" data-slot="customer-payments-item-list">
            {items.data.map((item) => (
              <ItemRow key={item.itemId} item={item} canAdjust={actions.changeItemQuantity} onAdjust={adjust.open} />
            ))}
          </ul>
        )}
      </SectionFrame>
      {adjust.target ? (
        <LazyActionDialog part={actionDialogs.adjust} props={{ customer, item: adjust.target, open: true, onOpenChange: adjust.onOpenChange }} />
      ) : null}
    </>
  )
})
