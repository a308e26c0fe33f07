import { forwardRef, type ComponentPropsWithoutRef, type FormEvent } from 'react'
import { composeEventHandlers } from '@radix-ui/primitive'
import { usePaymentsContext } from '../../data/payments-context'
import { checkoutMessages } from '../../lib/messages/checkout'
import { cn } from '../../lib/cn'
import { errorMessage } from '../../lib/messages'
import { Button, type ButtonProps } from '../../ui/button'
import { DialogFooter } from '../../ui/dialog'
import { InfoIcon } from '../../ui/icons'
import { useCreateCheckoutPart } from './create-checkout-context'
import {
  CreateCheckoutCustomerField,
  CreateCheckoutPriceField,
  CreateCheckoutProductField,
  CreateCheckoutQuantityField,
  CreateCheckoutReturnUrlField,
} from './create-checkout-fields'

/** Props of {@link CreateCheckoutForm}: a `form` element's. */
export type CreateCheckoutFormProps = ComponentPropsWithoutRef<'form'>

/**
 * The form: submitting it validates and sends one attempt (ignored while one is in flight).
 * Renders only until a link is created (`CreateCheckoutResult` takes its place). Without children
 * it renders the default fields, notes and footer; with children, place the parts you want.
 * Your `onSubmit` runs first and may `preventDefault()` to stop the attempt.
 *
 * @selector [data-slot="create-checkout-form"]
 * @example
 * <CreateCheckoutForm>
 *   <CreateCheckoutProductField />
 *   <CreateCheckoutCustomerField />
 *   <CreateCheckoutFooter />
 * </CreateCheckoutForm>
 */
export const CreateCheckoutForm = forwardRef<HTMLFormElement, CreateCheckoutFormProps>(function CreateCheckoutForm(
  { onSubmit, className, children, ...props },
  ref,
) {
  const { checkout } = useCreateCheckoutPart('CreateCheckoutForm')
  if (checkout.result) return null
  return (
    <form
      ref={ref}
      data-slot="create-checkout-form"
      noValidate
      {...props}
      className={cn('hx-checkout-form', className)}
      onSubmit={composeEventHandlers(onSubmit, (event: FormEvent<HTMLFormElement>) => {
        event.preventDefault()
        checkout.submit()
      })}
    >
      {children ?? (
        <>
          <CreateCheckoutCustomerField />
          <CreateCheckoutProductField />
          <CreateCheckoutPriceField />
          <CreateCheckoutQuantityField />
          <CreateCheckoutReturnUrlField />
          <CreateCheckoutUnavailable />
          <CreateCheckoutError />
          <CreateCheckoutFooter />
        </>
      )}
    </form>
  )
})

/** Props of {@link CreateCheckoutUnavailable}: a `div`'s; children replace the adapter's reason. */
export type CreateCheckoutUnavailableProps = ComponentPropsWithoutRef<'div'>

/**
 * Why the adapter cannot create a checkout for the chosen customer's type (its `unavailable`
 * reason), as a status note; renders nothing otherwise. Submit is disabled and described by it.
 *
 * @selector [data-slot="create-checkout-unavailable"]
 * @example
 * <CreateCheckoutUnavailable />
 */
export const CreateCheckoutUnavailable = forwardRef<HTMLDivElement, CreateCheckoutUnavailableProps>(function CreateCheckoutUnavailable(
  { className, children, ...props },
  ref,
) {
  const { checkout, ids } = useCreateCheckoutPart('CreateCheckoutUnavailable')
  if (!checkout.unavailable) return null
  return (
    <div
      ref={ref}
      role="status"
      data-slot="create-checkout-unavailable"
      id={ids.unavailable}
      {...props}
      className={cn('hx-checkout-unavailable', className)}
    >
      <InfoIcon />
      <span>{children ?? checkout.unavailable}</span>
    </div>
  )
})

/** Props of {@link CreateCheckoutError}: a `div`'s; children replace the mapped message. */
export type CreateCheckoutErrorProps = ComponentPropsWithoutRef<'div'>

/**
 * Why the last attempt failed, in the provider's words for the error code (an alert); renders
 * nothing otherwise. The selections stay as they were, and Submit turns into "Try again".
 *
 * @selector [data-slot="create-checkout-error"]
 * @example
 * <CreateCheckoutError className="my-error" />
 */
export const CreateCheckoutError = forwardRef<HTMLDivElement, CreateCheckoutErrorProps>(function CreateCheckoutError(
  { className, children, ...props },
  ref,
) {
  const { checkout, ids } = useCreateCheckoutPart('CreateCheckoutError')
  const { t } = usePaymentsContext('CreateCheckoutError')
  if (!checkout.error) return null
  return (
    <div ref={ref} role="alert" data-slot="create-checkout-error" id={ids.error} {...props} className={cn('hx-checkout-error', className)}>
      {children ?? errorMessage(t, checkout.error)}
    </div>
  )
})

/** Props of {@link CreateCheckoutFooter}: a `div`'s. */
export type CreateCheckoutFooterProps = ComponentPropsWithoutRef<'div'>

/**
 * The row of form buttons. Without children: Cancel and Submit.
 *
 * @selector [data-slot="create-checkout-footer"]
 * @example
 * <CreateCheckoutFooter>
 *   <CreateCheckoutCancel />
 *   <CreateCheckoutSubmit>Create payment link</CreateCheckoutSubmit>
 * </CreateCheckoutFooter>
 */
export const CreateCheckoutFooter = forwardRef<HTMLDivElement, CreateCheckoutFooterProps>(function CreateCheckoutFooter(
  { children, ...props },
  ref,
) {
  useCreateCheckoutPart('CreateCheckoutFooter')
  return (
    <DialogFooter ref={ref} data-slot="create-checkout-footer" {...props}>
      {children ?? (
        <>
          <CreateCheckoutCancel />
          <CreateCheckoutSubmit />
        </>
      )}
    </DialogFooter>
  )
})

/** Props of {@link CreateCheckoutCancel}: the library `Button`'s. */
export type CreateCheckoutCancelProps = ButtonProps

/**
 * Closes the dialog (aborting a pending request); in a `CreateCheckoutProvider` without
 * `onClose`, aborts the attempt and clears its errors. Your `onClick` runs first and may
 * `preventDefault()`.
 *
 * @selector [data-slot="create-checkout-cancel"]
 * @example
 * <CreateCheckoutCancel>Not now</CreateCheckoutCancel>
 */
export const CreateCheckoutCancel = forwardRef<HTMLButtonElement, CreateCheckoutCancelProps>(function CreateCheckoutCancel(
  { onClick, children, ...props },
  ref,
) {
  const { checkout, close } = useCreateCheckoutPart('CreateCheckoutCancel')
  const { t } = usePaymentsContext('CreateCheckoutCancel')
  return (
    <Button
      ref={ref}
      type="button"
      variant="ghost"
      data-slot="create-checkout-cancel"
      {...props}
      onClick={composeEventHandlers(onClick, () => {
        if (close) return close()
        // Inline, without a dialog to close: stop the attempt and clear its errors.
        checkout.abort()
        checkout.reset()
      })}
    >
      {children ?? t('action.cancel')}
    </Button>
  )
})

/** Props of {@link CreateCheckoutSubmit}: the library `Button`'s, without `type` and `isPending` (the form owns them). */
export type CreateCheckoutSubmitProps = Omit<ButtonProps, 'type' | 'isPending'>

/**
 * Submits the form: pending (busy, repeat clicks ignored, focus kept) while the request is in
 * flight, "Try again" after a failure, disabled while the adapter cannot serve the customer's type.
 *
 * @selector [data-slot="create-checkout-submit"][data-pending]
 * @example
 * <CreateCheckoutSubmit />
 */
export const CreateCheckoutSubmit = forwardRef<HTMLButtonElement, CreateCheckoutSubmitProps>(function CreateCheckoutSubmit(
  { children, disabled, ...props },
  ref,
) {
  const { checkout, ids } = useCreateCheckoutPart('CreateCheckoutSubmit')
  const { t } = usePaymentsContext('CreateCheckoutSubmit', checkoutMessages)
  const pending = checkout.status === 'loading'
  return (
    <Button
      ref={ref}
      data-slot="create-checkout-submit"
      aria-describedby={checkout.error ? ids.error : checkout.unavailable ? ids.unavailable : undefined}
      {...props}
      type="submit"
      isPending={pending}
      disabled={disabled || checkout.unavailable !== null}
    >
      {children ?? (pending ? t('checkout.pending') : checkout.error ? t('checkout.retry') : t('checkout.submit'))}
    </Button>
  )
})
