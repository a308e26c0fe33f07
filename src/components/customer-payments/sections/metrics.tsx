import { forwardRef, type ReactNode } from 'react'
import { usePaymentsContext } from '../../../data/payments-context'
import { paymentsMessages } from '../../../lib/messages/payments'
import { EmptyState } from '../../../ui/empty-state'
import { ReceiptIcon } from '../../../ui/icons'
import { Skeleton } from '../../../ui/skeleton'
import type { CustomerPaymentsState } from '../use-customer-payments'
import { DateText, SectionFrame, type SectionPartProps } from './section-frame'

/** Props of {@link CustomerPaymentsMetrics}. */
export interface CustomerPaymentsMetricsProps extends SectionPartProps {
  /** The state from `useCustomerPayments`. */
  payments: CustomerPaymentsState
}

function Metric({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="hx-cp-metric" data-slot="customer-payments-metric" data-metric={id}>
      <dt className="hx-cp-metric__label">{label}</dt>
      <dd className="hx-cp-metric__value">{children}</dd>
    </div>
  )
}

const METRIC_COUNT = 5

/**
 * Derived figures: total spent per currency (test mode excluded, refunds subtracted), active
 * subscriptions, products owned, transactions and last activity. Renders nothing when the adapter
 * has no metrics capability (hidden, never faked).
 *
 * @selector [data-slot="customer-payments-metrics"][data-status]
 * @selector [data-slot="customer-payments-metric"][data-metric="total-spent" | "active-subscriptions" | "products-owned" | "transactions" | "last-activity"]
 * @example
 * <CustomerPaymentsMetrics payments={useCustomerPayments({ customerType: 'user', customerId })} />
 */
export const CustomerPaymentsMetrics = forwardRef<HTMLElement, CustomerPaymentsMetricsProps>(function CustomerPaymentsMetrics(
  { payments, headingLevel = 3, className, slots, ...props },
  ref,
) {
  const { t, format } = usePaymentsContext('CustomerPaymentsMetrics', paymentsMessages)
  const { metrics } = payments
  if (!metrics.enabled) return null
  return (
    <SectionFrame
      slot="customer-payments-metrics"
      title={t('payments.metrics.title')}
      errorTitle={t('payments.metrics.error')}
      headingLevel={headingLevel}
      part={metrics}
      className={className}
      slots={slots}
      sectionProps={props}
      sectionRef={ref}
      skeleton={
        <div className="hx-cp-metrics">
          {Array.from({ length: METRIC_COUNT }, (_, i) => (
            <div key={i} className="hx-cp-metric">
              <Skeleton width="60%" height="0.75rem" />
              <Skeleton width="80%" height="1.25rem" />
            </div>
          ))}
        </div>
      }
      empty={<EmptyState className="hx-cp-state" icon={<ReceiptIcon />} title={t('payments.metrics.empty')} />}
    >
      {() => {
        const data = metrics.data
        if (!data) return null
        const spent = Object.entries(data.totalSpent)
        return (
          <dl className="hx-cp-metrics">
            <Metric id="total-spent" label={t('payments.metrics.totalSpent')}>
              {spent.length === 0 ? (
                <span className="hx-cp-muted">{t('payments.metrics.nothingSpent')}</span>
              ) : (
                <span className="hx-cp-money-list">
                  {spent.map(([currency, amount]) => (
                    <span key={currency} className="hx-cp-money" data-currency={currency}>
                      {format.money(amount, currency)}
                    </span>
                  ))}
                </span>
              )}
            </Metric>
            <Metric id="active-subscriptions" label={t('payments.metrics.activeSubscriptions')}>
              {format.number(data.activeSubscriptions)}
            </Metric>
            <Metric id="products-owned" label={t('payments.metrics.productsOwned')}>
              {format.number(data.productsOwned)}
            </Metric>
            <Metric id="transactions" label={t('payments.metrics.transactions')}>
              {format.number(data.transactionCount)}
            </Metric>
            <Metric id="last-activity" label={t('payments.metrics.lastActivity')}>
              {data.lastActivityAt ? <DateText iso={data.lastActivityAt} /> : <span className="hx-cp-muted">{t('payments.metrics.never')}</span>}
            </Metric>
          </dl>
        )
      }}
    </SectionFrame>
  )
})
