import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import type { CustomerType } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { cn } from '../../lib/cn'
import { CustomerPaymentsBilling } from './sections/billing'
import { CustomerPaymentsHeader } from './sections/header'
import { CustomerPaymentsItems } from './sections/items'
import { CustomerPaymentsMetrics } from './sections/metrics'
import { CustomerPaymentsProducts } from './sections/products'
import type { CustomerPaymentsHeadingLevel } from './sections/section-frame'
import { partSlots, type CustomerPaymentsSlots } from './sections/slots'
import { CustomerPaymentsTransactions } from './sections/transactions'
import { CreateCheckoutButton } from '../create-checkout/create-checkout-entry-points'
import { useCustomerPayments } from './use-customer-payments'
import { ThemeScope } from '../../ui/theme-scope'

/** Props of {@link CustomerPaymentsSection}. */
export interface CustomerPaymentsSectionProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The customer's type. */
  customerType: CustomerType
  /** The customer's id (a UUID for users and teams, any string for custom customers). */
  customerId: string
  /** Host buttons in the header, after "Create checkout"; shown even when `readOnly`. */
  actions?: ReactNode
  /** Show the "Create checkout" button (opens the provider's shared dialog for this customer). @default true */
  showCreateCheckout?: boolean
  /** Never show the library's own actions (grant, adjust, cancel, refund), whatever the adapter can do. @default false */
  readOnly?: boolean
  /** Show "Export CSV" on the transactions (a read-only adapter or `readOnly` still exports). @default true */
  canExport?: boolean
  /** Heading level of the customer's name; sub-section titles are one level below. @default 2 */
  headingLevel?: CustomerPaymentsHeadingLevel
  /**
   * Replace the loading, error or empty state of every part at once (`loading`, `error`, `empty`)
   * or of one part (`products: { empty }`, which wins). A slot left out keeps the library's
   * default; `null` renders nothing.
   */
  slots?: CustomerPaymentsSlots
}

/**
 * Everything about one customer's payments: identity, metrics, products and subscriptions,
 * transactions, item balances and billing. Each sub-section loads, fails (with Retry) and is
 * empty on its own (statuses `loading` → `error` → `empty` → `success`, the same everywhere in
 * the library), and `slots` replaces those states for every part or for one; optional
 * capabilities the adapter lacks are hidden, never faked. The layout
 * follows the width of its container (CSS container queries), from a 360 px side panel to a full
 * page. The same component is the payments tab of a user or team page and the customer view of
 * the customers page. To arrange the parts yourself, render them on `useCustomerPayments` (see
 * `docs/customer-payments.md`).
 *
 * @selector [data-slot="customer-payments"][data-type][data-read-only]
 * @selector [data-slot="customer-payments-header" | "customer-payments-metrics" | "customer-payments-products" | "customer-payments-transactions" | "customer-payments-items" | "customer-payments-billing"][data-status="loading" | "error" | "empty" | "success"][data-loading-more]
 * @selector [data-slot="customer-payments-section-header"] [data-slot="customer-payments-date"]
 * @example
 * <CustomerPaymentsSection
 *   customerType="team"
 *   customerId={team.id}
 *   actions={<Button onClick={exportCsv}>Export</Button>}
 *   slots={{ transactions: { empty: <p>No payments yet.</p> } }}
 * />
 */
export const CustomerPaymentsSection = forwardRef<HTMLDivElement, CustomerPaymentsSectionProps>(function CustomerPaymentsSection(
  { customerType, customerId, actions, showCreateCheckout = true, readOnly = false, canExport = true, headingLevel = 2, slots, className, ...props },
  ref,
) {
  const { colorScheme, locale } = usePaymentsContext('CustomerPaymentsSection')
  const payments = useCustomerPayments({ customerType, customerId, readOnly })
  const sectionLevel = headingLevel + 1
  return (
    <div
      ref={ref}
      data-slot="customer-payments"
      data-type={customerType}
      data-read-only={readOnly ? '' : undefined}
      data-hx-color-scheme={colorScheme}
      lang={locale}
      {...props}
      className={cn('hx-root hx-customer-payments', className)}
    >
      <ThemeScope>
        <div className="hx-cp-layout">
          <CustomerPaymentsHeader
            className="hx-cp-area-header"
            payments={payments}
            slots={partSlots(slots, 'header')}
            actions={
              showCreateCheckout ? (
                <>
                  <CreateCheckoutButton customer={{ type: customerType, id: customerId }} size="sm" />
                  {actions}
                </>
              ) : (
                actions
              )
            }
            headingLevel={headingLevel}
          />
          <CustomerPaymentsMetrics className="hx-cp-area-metrics" payments={payments} headingLevel={sectionLevel} slots={partSlots(slots, 'metrics')} />
          <CustomerPaymentsProducts className="hx-cp-area-products" payments={payments} headingLevel={sectionLevel} slots={partSlots(slots, 'products')} />
          <CustomerPaymentsItems className="hx-cp-area-items" payments={payments} headingLevel={sectionLevel} slots={partSlots(slots, 'items')} />
          <CustomerPaymentsBilling className="hx-cp-area-billing" payments={payments} headingLevel={sectionLevel} slots={partSlots(slots, 'billing')} />
          <CustomerPaymentsTransactions
            className="hx-cp-area-transactions"
            payments={payments}
            headingLevel={sectionLevel}
            slots={partSlots(slots, 'transactions')}
            canExport={canExport}
          />
        </div>
      </ThemeScope>
    </div>
  )
})
