import { forwardRef } from 'react'
import { usePaymentsContext } from '../../../data/payments-context'
import { paymentsMessages } from '../../../lib/messages/payments'
import { EmptyState } from '../../../ui/empty-state'
import { CreditCardIcon } from '../../../ui/icons'
import { Skeleton } from '../../../ui/skeleton'
import type { CustomerPaymentsState } from '../use-customer-payments'
import { SectionFrame, type SectionPartProps } from './section-frame'

/** Props of {@link CustomerPaymentsBilling}. */
export interface CustomerPaymentsBillingProps extends SectionPartProps {
  /** The state from `useCustomerPayments`. */
  payments: CustomerPaymentsState
}

/** Card networks' own names (brand names are not translated). */
const BRAND_NAMES: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  american_express: 'American Express',
  discover: 'Discover',
  jcb: 'JCB',
  diners: 'Diners Club',
  unionpay: 'UnionPay',
}

function brandName(brand: string): string {
  return BRAND_NAMES[brand.toLowerCase()] ?? brand.charAt(0).toLocaleUpperCase() + brand.slice(1)
}

/**
 * The customer's default payment method (brand, last 4 digits, expiry), or "No payment method".
 * Renders nothing when the adapter has no billing capability.
 *
 * @selector [data-slot="customer-payments-billing"][data-status]
 * @selector [data-slot="customer-payments-payment-method"][data-brand]
 * @example
 * <CustomerPaymentsBilling payments={useCustomerPayments({ customerType: 'team', customerId })} />
 */
export const CustomerPaymentsBilling = forwardRef<HTMLElement, CustomerPaymentsBillingProps>(function CustomerPaymentsBilling(
  { payments, headingLevel = 3, className, slots, ...props },
  ref,
) {
  const { t } = usePaymentsContext('CustomerPaymentsBilling', paymentsMessages)
  const { billing } = payments
  if (!billing.enabled) return null
  return (
    <SectionFrame
      slot="customer-payments-billing"
      title={t('payments.billing.title')}
      errorTitle={t('payments.billing.error')}
      headingLevel={headingLevel}
      part={billing}
      className={className}
      slots={slots}
      sectionProps={props}
      sectionRef={ref}
      skeleton={
        <div className="hx-cp-card">
          <Skeleton width={32} height={24} />
          <span className="hx-cp-card__text">
            <Skeleton width="8rem" />
            <Skeleton width="5rem" height="0.75rem" />
          </span>
        </div>
      }
      empty={
        <EmptyState
          className="hx-cp-state"
          icon={<CreditCardIcon />}
          title={t('payments.billing.none')}
          description={billing.data?.hasCustomer === false ? t('payments.billing.noCustomer') : undefined}
        />
      }
    >
      {() => {
        const method = billing.data?.defaultPaymentMethod
        if (!method) return null
        const brand = method.brand ? brandName(method.brand) : t('payments.billing.card')
        return (
          <div className="hx-cp-card" data-slot="customer-payments-payment-method" data-brand={method.brand ?? undefined}>
            <span className="hx-cp-card__icon" aria-hidden="true">
              <CreditCardIcon />
            </span>
            <span className="hx-cp-card__text">
              <span className="hx-cp-card__name">
                {method.last4 ? t('payments.billing.cardEnding', { brand, last4: method.last4 }) : brand}
              </span>
              {method.expMonth && method.expYear ? (
                <span className="hx-cp-card__expiry">
                  {t('payments.billing.expires', {
                    month: String(method.expMonth).padStart(2, '0'),
                    year: String(method.expYear),
                  })}
                </span>
              ) : null}
            </span>
          </div>
        )
      }}
    </SectionFrame>
  )
})
