import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { CheckoutResult, CustomerRef } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { useControllableState } from '../../ui/use-controllable-state'
import { cn } from '../../lib/cn'
import { copyText } from '../../lib/clipboard'
import { errorMessage, type Translator } from '../../lib/messages'
import type { Formatters } from '../../lib/format'
import { isSafeCheckoutUrl } from '../../lib/url'
import { AdapterText } from '../../ui/adapter-text'
import { Button, buttonVariants } from '../../ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '../../ui/dialog'
import { CheckIcon, CopyIcon, ExternalLinkIcon, InfoIcon } from '../../ui/icons'
import { Input } from '../../ui/input'
import { priceSummary, productPriceSummary } from '../../lib/price-summary'
import { CustomerSelector } from '../customer-selector/customer-selector'
import { Field } from '../../ui/field'
import { SelectedCustomer } from '../selected-customer/selected-customer'
import { ProductChooser } from './product-chooser'
import { useCreateCheckout, type CheckoutRequest, type CreateCheckoutState } from './use-create-checkout'

export interface CreateCheckoutDialogProps {
  /** Whether the dialog is open (controlled). */
  open?: boolean
  /** Whether the dialog starts open (uncontrolled). @default false */
  defaultOpen?: boolean
  /** Called when the dialog opens or closes. */
  onOpenChange?: (open: boolean) => void
  /** Preselected customer: choose a product for them. */
  customer?: CustomerRef
  /** Locked product: choose a customer of its type. */
  productId?: string
  /** Initial return URL. */
  defaultReturnUrl?: string
  /** Called after each checkout link is created. */
  onCreated?: (result: CheckoutResult, request: CheckoutRequest) => void
  /** Where focus goes when the dialog closes (e.g. the menu trigger that opened it). @default the element focused before it opened */
  returnFocusTo?: HTMLElement | null
}

/**
 * Creates a checkout link for a customer: with the customer preselected (choose a product), with
 * the product locked (choose a customer of its type in a nested picker), or with neither. Closing
 * it aborts a pending request; reopening starts clean.
 *
 * @selector [data-slot="create-checkout-dialog"][data-mode="customer" | "product" | "both"][data-status]
 * @selector [data-slot="create-checkout-result"] [data-slot="create-checkout-error"]
 * @example
 * <CreateCheckoutDialog open={open} onOpenChange={setOpen} customer={{ type: 'user', id: userId }} />
 */
export function CreateCheckoutDialog({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  ...options
}: CreateCheckoutDialogProps) {
  const [open, setOpen] = useControllableState({
    value: openProp,
    defaultValue: defaultOpen,
    onValueChange: onOpenChange,
    name: 'CreateCheckoutDialog',
  })
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {/* The form mounts with the dialog: closing unmounts it, which aborts the attempt and resets it. */}
      {open ? <CreateCheckoutContent {...options} onClose={() => setOpen(false)} /> : null}
    </Dialog>
  )
}

interface ContentProps extends Omit<CreateCheckoutDialogProps, 'open' | 'defaultOpen' | 'onOpenChange' | 'returnFocusTo'> {
  returnFocusTo?: HTMLElement | null
  onClose: () => void
}

function CreateCheckoutContent({ onClose, returnFocusTo, ...options }: ContentProps) {
  const { t } = usePaymentsContext('CreateCheckoutDialog')
  const checkout = useCreateCheckout(options)
  const descriptionId = useId()
  // Radix returns focus to a DialogTrigger; opened without one, remember what had focus.
  const previouslyFocused = useRef<HTMLElement | null>(null)
  return (
    <DialogContent
      onOpenAutoFocus={(event) => {
        // Runs before focus moves into the dialog: activeElement is still the opener.
        const active = event.target instanceof Node ? event.target.ownerDocument?.activeElement : null
        previouslyFocused.current = active instanceof HTMLElement && active !== active.ownerDocument.body ? active : null
      }}
      size="md"
      data-slot="create-checkout-dialog"
      data-mode={checkout.mode}
      data-status={checkout.status}
      aria-describedby={descriptionId}
      onCloseAutoFocus={(event) => {
        const target = returnFocusTo?.isConnected ? returnFocusTo : previouslyFocused.current
        if (target?.isConnected) {
          event.preventDefault()
          target.focus()
        }
      }}
    >
      <DialogHeader>
        <DialogTitle>{t('checkout.title')}</DialogTitle>
        <DialogDescription id={descriptionId}>{t('checkout.description')}</DialogDescription>
      </DialogHeader>
      {checkout.result ? (
        <CheckoutResultView result={checkout.result} onAnother={checkout.reset} onDone={onClose} />
      ) : (
        <CheckoutForm checkout={checkout} onCancel={onClose} />
      )}
    </DialogContent>
  )
}

function CheckoutForm({ checkout, onCancel }: { checkout: CreateCheckoutState; onCancel: () => void }) {
  const { t, format } = usePaymentsContext('CreateCheckoutDialog')
  const ids = { customer: useId(), product: useId(), error: useId(), unavailable: useId() }
  const { fieldErrors, product } = checkout
  const pending = checkout.status === 'pending'
  const errorRef = useRef<HTMLDivElement>(null)

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    checkout.submit()
  }

  return (
    <form className="hx-checkout-form" data-slot="create-checkout-form" onSubmit={onSubmit} noValidate>
      <div className="hx-field">
        <span className="hx-field__label" id={ids.customer}>
          {t('checkout.customer')}
        </span>
        {checkout.mode === 'customer' && checkout.customer ? (
          <SelectedCustomer customer={checkout.customer} aria-labelledby={ids.customer} />
        ) : (
          <CustomerSelector
            value={checkout.customer}
            onValueChange={checkout.setCustomer}
            types={product ? [product.customerType] : undefined}
            label={t('checkout.customer')}
            invalid={Boolean(fieldErrors.customer)}
            describedBy={fieldErrors.customer ? `${ids.customer}-error` : undefined}
          />
        )}
        {fieldErrors.customer ? (
          <p className="hx-field-error" id={`${ids.customer}-error`}>
            {fieldErrors.customer}
          </p>
        ) : null}
      </div>

      <div className="hx-field">
        <span className="hx-field__label" id={ids.product}>
          {t('checkout.product')}
        </span>
        {checkout.mode === 'product' ? (
          <div className="hx-checkout-locked-product" data-slot="create-checkout-locked-product" aria-labelledby={ids.product}>
            {product ? (
              <>
                <AdapterText overflow="truncate" className="hx-product-chooser__name">{product.displayName}</AdapterText>
                <span className="hx-product-chooser__price">{productPriceSummary(product, format, t)}</span>
              </>
            ) : checkout.catalogStatus === 'pending' ? (
              <span>{t('state.loading')}</span>
            ) : (
              <span>{t('error.product_not_found')}</span>
            )}
          </div>
        ) : (
          <ProductChooser
            catalog={checkout.catalog}
            status={checkout.catalogStatus}
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

      {product && product.prices.length > 1 ? (
        <Field label={t('checkout.price')} error={fieldErrors.price} slot="create-checkout-price">
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
      ) : null}

      {product?.stackable ? (
        <Field label={t('checkout.quantity')} error={fieldErrors.quantity} slot="create-checkout-quantity">
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
      ) : null}

      <Field
        label={t('checkout.returnUrl')}
        hint={t('checkout.returnUrlHint')}
        error={fieldErrors.returnUrl}
        slot="create-checkout-return-url"
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

      {checkout.unavailable ? (
        <div role="status" className="hx-checkout-unavailable" data-slot="create-checkout-unavailable" id={ids.unavailable}>
          <InfoIcon />
          <span>{checkout.unavailable}</span>
        </div>
      ) : null}

      {checkout.error ? (
        <div ref={errorRef} role="alert" className="hx-checkout-error" data-slot="create-checkout-error" id={ids.error}>
          {errorMessage(t, checkout.error)}
        </div>
      ) : null}

      <DialogFooter>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t('action.cancel')}
        </Button>
        <Button
          type="submit"
          isPending={pending}
          disabled={checkout.unavailable !== null}
          aria-describedby={checkout.error ? ids.error : checkout.unavailable ? ids.unavailable : undefined}
        >
          {pending ? t('checkout.pending') : checkout.error ? t('checkout.retry') : t('checkout.submit')}
        </Button>
      </DialogFooter>
    </form>
  )
}

function CheckoutResultView({
  result,
  onAnother,
  onDone,
}: {
  result: CheckoutResult
  onAnother: () => void
  onDone: () => void
}) {
  const { t, format } = usePaymentsContext('CreateCheckoutDialog')
  const urlId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    inputRef.current?.select()
  }, [])
  useEffect(() => {
    if (copy !== 'copied') return
    const timer = setTimeout(() => setCopy('idle'), 2000)
    return () => clearTimeout(timer)
  }, [copy])
  // The hook refuses unsafe URLs already; this keeps the view safe on its own.
  const safe = isSafeCheckoutUrl(result.url)

  return (
    <div className="hx-checkout-result" data-slot="create-checkout-result">
      <p className="hx-checkout-result__title">
        <CheckIcon /> {t('checkout.created')}
      </p>
      <label className="hx-field__label" htmlFor={urlId}>
        {t('checkout.link')}
      </label>
      <div className="hx-checkout-result__url">
        <Input id={urlId} ref={inputRef} readOnly value={result.url} onFocus={(event) => event.currentTarget.select()} />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            const doc = inputRef.current?.ownerDocument
            setCopy(doc && (await copyText(result.url, doc)) ? 'copied' : 'failed')
          }}
        >
          {copy === 'copied' ? <CheckIcon /> : <CopyIcon />}
          {copy === 'copied' ? t('checkout.copied') : t('checkout.copy')}
        </Button>
      </div>
      {/* The button already says "Link copied": the status repeats it for screen readers only; a failure is shown. */}
      <p role="status" className={cn('hx-checkout-result__status', copy === 'copied' && 'hx-sr-only')} data-slot="create-checkout-copy-status">
        {copy === 'copied' ? t('checkout.copied') : copy === 'failed' ? t('checkout.copyFailed') : ''}
      </p>
      {result.expiresAt ? (
        <p className="hx-field__hint">
          <time dateTime={result.expiresAt} title={format.dateTime(result.expiresAt)}>
            {expiryText(result.expiresAt, t, format)}
          </time>
        </p>
      ) : null}
      <DialogFooter>
        <Button type="button" variant="ghost" onClick={onAnother}>
          {t('checkout.createAnother')}
        </Button>
        {safe ? (
          <a className={buttonVariants({ variant: 'outline', size: 'md' })} href={result.url} target="_blank" rel="noopener noreferrer">
            <ExternalLinkIcon /> {t('checkout.openInNewTab')}
          </a>
        ) : null}
        <Button type="button" onClick={onDone}>
          {t('checkout.done')}
        </Button>
      </DialogFooter>
    </div>
  )
}

/** "Expires in 24 hours" for links that live a day or two, the locale's relative time otherwise. */
function expiryText(expiresAt: string, t: Translator, format: Formatters): string {
  const hours = Math.round((Date.parse(expiresAt) - Date.now()) / 3_600_000)
  if (hours >= 1 && hours < 48) return t('checkout.expiresInHours', { hours })
  return t('checkout.expiresIn', { relative: format.relative(expiresAt) })
}
