import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import type { CustomerRef } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { customerMessages } from '../../lib/messages/customer'
import { useCustomer } from '../../data/customer-queries'
import { cn } from '../../lib/cn'
import { readStatus, type ReadStatus } from '../../lib/async-status'
import { AdapterText } from '../../ui/adapter-text'
import { Badge } from '../../ui/badge'
import { CustomerAvatar, customerName, customerSecondary } from '../customer-identity/customer-identity'
import { useThemeRoot } from '../theme-root'

export interface SelectedCustomerProps extends ComponentPropsWithoutRef<'div'> {
  /** The customer to show; its name, email and avatar are resolved through the adapter. */
  customer: CustomerRef
  /** @default 'md' */
  size?: 'sm' | 'md'
}

/**
 * Where a {@link SelectedCustomer} stands, in the library's one status vocabulary: `loading` while
 * the adapter resolves the customer, `success` when found, `empty` when the adapter does not know
 * the user or team ("Unknown customer"), `error` when it failed. (Before: `found` / `missing`.)
 */
export type SelectedCustomerStatus = ReadStatus

/**
 * A customer's avatar (or initials), name or id, secondary line and type badge. Shows the id
 * while the adapter resolves the customer and "Unknown customer" when a user or team is not found.
 *
 * @selector [data-slot="selected-customer"][data-status="loading" | "success" | "empty" | "error"][data-type]
 * @example
 * <SelectedCustomer customer={{ type: 'team', id: teamId }} />
 */
export const SelectedCustomer = forwardRef<HTMLDivElement, SelectedCustomerProps>(function SelectedCustomer(
  { customer: ref, size = 'md', className, ...props },
  forwardedRef,
) {
  const { t } = usePaymentsContext('SelectedCustomer', customerMessages)
  const query = useCustomer(ref)
  const customer = query.data
  const status: SelectedCustomerStatus = readStatus({ hasData: customer !== undefined, isEmpty: customer === null, error: query.error })
  const name = customer ? customerName(customer) : status === 'empty' ? t('customer.unknown') : ref.id
  const secondary = customer ? customerSecondary(customer) : status === 'empty' ? ref.id : null
  const themeRoot = useThemeRoot(cn('hx-selected-customer', className))
  return (
    <div
      ref={forwardedRef}
      data-slot="selected-customer"
      data-status={status}
      data-type={ref.type}
      aria-busy={status === 'loading' || undefined}
      {...props}
      {...themeRoot}
    >
      <CustomerAvatar name={name} src={customer?.avatarUrl} type={ref.type} size={size === 'sm' ? 'sm' : 'md'} />
      <span className="hx-selected-customer__text">
        <AdapterText overflow="truncate" className="hx-selected-customer__name" data-slot="selected-customer-name">
          {name}
        </AdapterText>
        {secondary ? (
          <AdapterText overflow="truncate" className="hx-selected-customer__secondary" data-slot="selected-customer-secondary">
            {secondary}
          </AdapterText>
        ) : null}
      </span>
      <Badge variant={ref.type}>{t(`customerType.${ref.type}`)}</Badge>
    </div>
  )
})
