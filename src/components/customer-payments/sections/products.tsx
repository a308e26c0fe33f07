import { forwardRef } from 'react'
import type { OwnedProduct } from '../../../adapter/types'
import { usePaymentsContext } from '../../../data/payments-context'
import { paymentsMessages } from '../../../lib/messages/payments'
import { productMessages } from '../../../lib/messages/products'
import { AdapterText } from '../../../ui/adapter-text'
import { Badge } from '../../../ui/badge'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import { PlusIcon, TagIcon } from '../../../ui/icons'
import { Skeleton } from '../../../ui/skeleton'
import { LazyActionDialog, actionDialogs } from '../actions/lazy-action-dialog'
import { ownedPriceSummary } from '../../../lib/price-summary'
import type { CustomerPaymentsState } from '../use-customer-payments'
import { DateText, NODE_MARK, SectionFrame, WithNode, useActionDialog, type SectionPartProps } from './section-frame'
import { inlineText } from '../../../lib/text'

/** Props of {@link CustomerPaymentsProducts}. */
export interface CustomerPaymentsProductsProps extends SectionPartProps {
  /** The state from `useCustomerPayments`. */
  payments: CustomerPaymentsState
}

/** Stable key of an owned row: the product id, or the subscription of an inline product. */
function productKey(product: OwnedProduct, index: number): string {
  return product.id ?? `inline:${product.subscription?.id ?? index}`
}

function SubscriptionStatus({ product }: { product: OwnedProduct }) {
  const { t } = usePaymentsContext('CustomerPaymentsProducts', paymentsMessages, productMessages)
  const subscription = product.subscription
  if (product.kind !== 'subscription' || !subscription) return null
  const end = subscription.currentPeriodEnd
  const cancelling = subscription.cancelAtPeriodEnd
  const trialing = subscription.status === 'trialing'
  const periodKey = cancelling ? 'payments.products.cancelsOn' : trialing ? 'payments.products.trialEndsOn' : 'payments.products.renewsOn'
  return (
    <span
      className="hx-cp-product__status"
      data-slot="customer-payments-product-status"
      data-state={cancelling ? 'cancelling' : trialing ? 'trialing' : 'active'}
    >
      {trialing ? <Badge variant="info">{t('payments.products.trial')}</Badge> : null}
      {cancelling ? (
        <Badge variant="warning">{t('payments.products.cancelling')}</Badge>
      ) : trialing ? null : (
        <Badge variant="success">{t('payments.products.active')}</Badge>
      )}
      {end ? (
        <span className="hx-cp-product__period" data-slot="customer-payments-product-period">
          <WithNode template={t(periodKey, { date: NODE_MARK })} node={<DateText iso={end} />} />
        </span>
      ) : null}
    </span>
  )
}

function ProductRow({
  product,
  payments,
  onCancel,
}: {
  product: OwnedProduct
  payments: CustomerPaymentsState
  onCancel: (product: OwnedProduct, trigger: HTMLElement) => void
}) {
  const { t, format } = usePaymentsContext('CustomerPaymentsProducts', paymentsMessages, productMessages)
  const snapshot = product.product
  const price = ownedPriceSummary(payments.priceOf(product), format, t)
  const inline = product.id === null
  return (
    <li
      className="hx-cp-product"
      data-slot="customer-payments-product"
      data-kind={product.kind}
      data-inline={inline ? '' : undefined}
      data-product-id={product.id ?? undefined}
    >
      <div className="hx-cp-product__main">
        <span className="hx-cp-product__name" data-slot="customer-payments-product-name">
          <AdapterText overflow="truncate">{snapshot.displayName}</AdapterText>
          {product.quantity !== 1 ? (
            <span className="hx-cp-product__quantity" data-slot="customer-payments-product-quantity">
              {' '}
              {t('payments.quantity', { quantity: format.number(product.quantity) })}
            </span>
          ) : null}
        </span>
        <span className="hx-cp-badges" data-slot="customer-payments-product-badges">
          <Badge variant="outline">{product.kind === 'subscription' ? t('payments.products.subscription') : t('price.oneTime')}</Badge>
          {inline ? <Badge variant="neutral">{t('payments.products.inline')}</Badge> : null}
          {snapshot.serverOnly ? <Badge variant="neutral">{t('product.serverOnly')}</Badge> : null}
          {snapshot.stackable ? <Badge variant="neutral">{t('checkout.stackable')}</Badge> : null}
          {snapshot.isAddOnTo.length > 0 ? <Badge variant="neutral">{t('checkout.addOn')}</Badge> : null}
        </span>
      </div>
      <div className="hx-cp-product__side">
        {price ? (
          <span className="hx-cp-product__price" data-slot="customer-payments-product-price">
            {price}
          </span>
        ) : null}
        <SubscriptionStatus product={product} />
        {payments.canCancel(product) ? (
          <Button
            variant="outline"
            size="sm"
            className="hx-cp-row-action"
            aria-label={t('payments.products.cancelLabel', { name: inlineText(snapshot.displayName) })}
            onPointerEnter={actionDialogs.cancel.prefetch}
            onFocus={actionDialogs.cancel.prefetch}
            onClick={(event) => onCancel(product, event.currentTarget)}
          >
            {t('payments.products.cancel')}
          </Button>
        ) : null}
      </div>
    </li>
  )
}

/**
 * The products and subscriptions a customer owns: name, quantity, one-time or subscription,
 * status (active, trial, renews on, cancels on), price when known, and badges (inline,
 * server-only, stackable, add-on). "Grant product" and "Cancel subscription" appear only when the
 * adapter can do them and the view is not read-only.
 *
 * @selector [data-slot="customer-payments-products"][data-status]
 * @selector [data-slot="customer-payments-product"][data-kind="one_time" | "subscription"][data-inline][data-product-id]
 * @selector [data-slot="customer-payments-product-name" | "customer-payments-product-quantity" | "customer-payments-product-price" | "customer-payments-product-status" | "customer-payments-product-badges"]
 * @example
 * <CustomerPaymentsProducts payments={useCustomerPayments({ customerType: 'team', customerId })} />
 */
export const CustomerPaymentsProducts = forwardRef<HTMLElement, CustomerPaymentsProductsProps>(function CustomerPaymentsProducts(
  { payments, headingLevel = 3, className, slots, ...props },
  ref,
) {
  const { t } = usePaymentsContext('CustomerPaymentsProducts', paymentsMessages, productMessages)
  const grant = useActionDialog<true>()
  const cancel = useActionDialog<OwnedProduct>()
  const { products, customer, actions, unavailable } = payments
  const notes = [
    unavailable.grantProduct,
    products.data.some(payments.isCancelable) ? unavailable.cancelSubscription : undefined,
  ].filter((note): note is string => note !== undefined)

  return (
    <>
      <SectionFrame
        slot="customer-payments-products"
        title={t('payments.products.title')}
        errorTitle={t('payments.products.error')}
        headingLevel={headingLevel}
        part={products}
        notes={notes}
        className={className}
        slots={slots}
        sectionProps={props}
        sectionRef={ref}
        action={
          actions.grantProduct ? (
            <Button
              variant="outline"
              size="sm"
              onPointerEnter={actionDialogs.grant.prefetch}
              onFocus={actionDialogs.grant.prefetch}
              onClick={(event) => grant.open(true, event.currentTarget)}
            >
              <PlusIcon />
              {t('payments.products.grant')}
            </Button>
          ) : null
        }
        skeleton={
          <ul className="hx-cp-list" aria-hidden="true">
            {[0, 1].map((i) => (
              <li key={i} className="hx-cp-product">
                <div className="hx-cp-product__main">
                  <Skeleton width="9rem" height="1rem" />
                  <Skeleton width="6rem" height="1.25rem" radius="full" />
                </div>
                <div className="hx-cp-product__side">
                  <Skeleton width="5rem" height="1rem" />
                </div>
              </li>
            ))}
          </ul>
        }
        empty={
          <EmptyState
            className="hx-cp-state"
            icon={<TagIcon />}
            title={t('payments.products.empty')}
            description={t('payments.products.emptyDescription')}
          />
        }
      >
        {() => (
          <ul className="hx-cp-list" data-slot="customer-payments-product-list">
            {products.data.map((product, index) => (
              <ProductRow key={productKey(product, index)} product={product} payments={payments} onCancel={cancel.open} />
            ))}
          </ul>
        )}
      </SectionFrame>
      {grant.target ? <LazyActionDialog part={actionDialogs.grant} props={{ customer, open: true, onOpenChange: grant.onOpenChange }} /> : null}
      {cancel.target ? (
        <LazyActionDialog
          part={actionDialogs.cancel}
          props={{ customer, product: cancel.target, open: true, onOpenChange: cancel.onOpenChange }}
        />
      ) : null}
    </>
  )
})
