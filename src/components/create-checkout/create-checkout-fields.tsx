import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { usePaymentsContext } from '../../data/payments-context'
import { checkoutMessages } from '../../lib/messages/checkout'
import { customerMessages } from '../../lib/messages/customer'
import { productMessages } from '../../lib/messages/products'
import { cn } from '../../lib/cn'
import { priceSummary, productPriceSummary } from '../../lib/price-summary'
import { AdapterText } from '../../ui/adapter-text'
import { AsyncFrame } from '../../ui/async-frame'
import { Field, type FieldProps } from '../../ui/field'
import { Input } from '../../ui/input'
import { CustomerSelector } from '../customer-selector/customer-selector'
import { SelectedCustomer } from '../selected-customer/selected-customer'
import { useCreateCheckoutPart } from './create-checkout-context'
import { ProductChooser } from './product-chooser'

/** Props of the customer and product fields: a `div`'s. */
export type CreateCheckoutFieldProps = ComponentPropsWithoutRef<'div'>

/**
 * The customer: the preselected customer (fixed), or a `CustomerSelector` limited to the chosen
 * product's type, with its error ("Choose a customer").
 *
 * @selector [data-slot="create-checkout-customer"]
 * @example
 * <CreateCheckoutCustomerField />
 */
export const CreateCheckoutCustomerField = forwardRef<HTMLDivElement, CreateCheckoutFieldProps>(function CreateCheckoutCustomerField(
  { className, ...props },
  ref,
) {
  const { checkout } = useCreateCheckoutPart('CreateCheckoutCustomerField')
  const { t } = usePaymentsContext('CreateCheckoutCustomerField', customerMessages)
  const labelId = useId()
  const errorId = `${labelId}-error`
  const { fieldErrors, product } = checkout
  return (
    <div ref={ref} data-slot="create-checkout-customer" {...props} className={cn('hx-field', className)}>
      <span className="hx-field__label" id={labelId}>
        {t('checkout.customer')}
      </span>
      {checkout.mode === 'customer' && checkout.customer ? (
        <SelectedCustomer customer={checkout.customer} aria-labelledby={labelId} />
      ) : (
        <CustomerSelector
          value={checkout.customer}
          onValueChange={checkout.setCustomer}
          types={product ? [product.customerType] : undefined}
          label={t('checkout.customer')}
          invalid={Boolean(fieldErrors.customer)}
          describedBy={fieldErrors.customer ? errorId : undefined}
        />
      )}
      {fieldErrors.customer ? (
        <p className="hx-field-error" id={errorId}>
          {fieldErrors.customer}
        </p>
      ) : null}
    </div>
  )
})

/**
 * The product: a chooser of the customer's type's products grouped by product line (owned ones
 * disabled), or the locked product. The catalog's loading and error (with Retry) go through the
 * library's async frame.
 *
 * @selector [data-slot="create-checkout-product"]
 * @selector [data-slot="product-chooser"] [data-slot="create-checkout-locked-product"]
 * @example
 * <CreateCheckoutProductField />
 */
export const CreateCheckoutProductField = forwardRef<HTMLDivElement, CreateCheckoutFieldProps>(function CreateCheckoutProductField(
  { className, ...props },
  ref,
) {
  const { checkout } = useCreateCheckoutPart('CreateCheckoutProductField')
  const { t, format } = usePaymentsContext('CreateCheckoutProductField', checkoutMessages, productMessages)
  const labelId = useId()
  const { fieldErrors, product } = checkout
  const locked = (content: ReactNode) => (
    <div className="hx-checkout-locked-product" data-slot="create-checkout-locked-product" aria-labelledby={labelId}>
      {content}
    </div>
  )
  return (
    <div ref={ref} data-slot="create-checkout-product" {...props} className={cn('hx-field', className)}>
      <span className="hx-field__label" id={labelId}>
        {t('checkout.product')}
      </span>
      {checkout.mode === 'product' ? (
        <AsyncFrame
          // An empty catalog still says the locked product was not found.
          status={checkout.catalogStatus === 'empty' ? 'success' : checkout.catalogStatus}
          error={checkout.catalogError}
          retry={checkout.retryCatalog}
          errorTitle={t('checkout.productsLoadFailed')}
          loading={locked(<span>{t('state.loading')}</span>)}
          empty={null}
        >
          {() =>
            locked(
              product ? (
                <>
                  <AdapterText overflow="truncate" className="hx-product-chooser__name">{product.displayName}</AdapterText>
                  <span className="hx-product-chooser__price">{productPriceSummary(product, format, t)}</span>
                </>
              ) : (
                <span>{t('error.product_not_found')}</span>
              ),
            )
          }
        </AsyncFrame>
      ) : (
        <ProductChooser
          catalog={checkout.catalog}
          status={checkout.catalogStatus}
          loadError={checkout.catalogError}
          onRetry={checkout.retryCatalog}
          customerType={checkout.customer?.type}
          value={checkout.productId}
          onValueChange={checkout.setProductId}
          ownedIds={checkout.ownedIds}
          error={fieldErrors.product}
        />
      )}
      {checkout.mode === 'product' && fieldErrors.product ? <p className="hx-field-error">{fieldErrors.product}</p> : null}
    </div>
  )
})

/** Props of the price, quantity and return URL fields: the field wrapper's (`hint`, `describedBy`, a `div`'s). */
export type CreateCheckoutControlFieldProps = Omit<FieldProps, 'label' | 'children' | 'slot' | 'error'>

/**
 * The price, for a product with more than one (e.g. monthly and yearly); renders nothing
 * otherwise.
 *
 * @selector [data-slot="create-checkout-price"]
 * @example
 * <CreateCheckoutPriceField />
 */
export const CreateCheckoutPriceField = forwardRef<HTMLDivElement, CreateCheckoutControlFieldProps>(function CreateCheckoutPriceField(
  props,
  ref,
) {
  const { checkout } = useCreateCheckoutPart('CreateCheckoutPriceField')
  const { t, format } = usePaymentsContext('CreateCheckoutPriceField', checkoutMessages, productMessages)
  const { product } = checkout
  if (!product || product.prices.length <= 1) return null
  return (
    <Field ref={ref} label={t('checkout.price')} error={checkout.fieldErrors.price} slot="create-checkout-price" {...props}>
      {(control) => (
        <select
          id={control.id}
          aria-describedby={control['aria-describedby']}
          aria-invalid={control.invalid || undefined}
          className="hx-select"
          value={checkout.priceId ?? ''}
          onChange={(event) => checkout.setPriceId(event.target.value)}
        >
          {product.prices.map((price) => (
            <option key={price.id} value={price.id}>
              {priceSummary(price, format, t)}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
})

/**
 * The quantity, for a stackable product (owned several times); renders nothing otherwise.
 *
 * @selector [data-slot="create-checkout-quantity"]
 * @example
 * <CreateCheckoutQuantityField />
 */
export const CreateCheckoutQuantityField = forwardRef<HTMLDivElement, CreateCheckoutControlFieldProps>(
  function CreateCheckoutQuantityField(props, ref) {
    const { checkout } = useCreateCheckoutPart('CreateCheckoutQuantityField')
    const { t } = usePaymentsContext('CreateCheckoutQuantityField', checkoutMessages)
    if (!checkout.product?.stackable) return null
    return (
      <Field ref={ref} label={t('checkout.quantity')} error={checkout.fieldErrors.quantity} slot="create-checkout-quantity" {...props}>
        {(control) => (
          <Input
            id={control.id}
            aria-describedby={control['aria-describedby']}
            invalid={control.invalid}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={Number.isNaN(checkout.quantity) ? '' : String(checkout.quantity)}
            onChange={(event) => checkout.setQuantity(event.target.valueAsNumber)}
          />
        )}
      </Field>
    )
  },
)

/**
 * The optional return URL (where the customer lands after paying), checked to be an absolute
 * http(s) URL before submitting.
 *
 * @selector [data-slot="create-checkout-return-url"]
 * @example
 * <CreateCheckoutReturnUrlField hint="Usually your billing page." />
 */
export const CreateCheckoutReturnUrlField = forwardRef<HTMLDivElement, CreateCheckoutControlFieldProps>(
  function CreateCheckoutReturnUrlField({ hint, ...props }, ref) {
    const { checkout } = useCreateCheckoutPart('CreateCheckoutReturnUrlField')
    const { t } = usePaymentsContext('CreateCheckoutReturnUrlField', checkoutMessages)
    return (
      <Field
        ref={ref}
        label={t('checkout.returnUrl')}
        hint={hint ?? t('checkout.returnUrlHint')}
        error={checkout.fieldErrors.returnUrl}
        slot="create-checkout-return-url"
        {...props}
      >
        {(control) => (
          <Input
            id={control.id}
            aria-describedby={control['aria-describedby']}
            invalid={control.invalid}
            type="url"
            inputMode="url"
            placeholder="https://"
            autoComplete="off"
            value={checkout.returnUrl}
            onChange={(event) => checkout.setReturnUrl(event.target.value)}
          />
        )}
      </Field>
    )
  },
)
