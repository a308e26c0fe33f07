import { forwardRef, useCallback, useMemo, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { composeEventHandlers } from '@radix-ui/primitive'
import { usePaymentsContext } from '../../data/payments-context'
import { checkoutMessages } from '../../lib/messages/checkout'
import { useControllableState } from '../../ui/use-controllable-state'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, type DialogContentProps } from '../../ui/dialog'
import { useReturnFocus } from '../../ui/return-focus'
import {
  CreateCheckoutPartProvider,
  CreateCheckoutRootProvider,
  useCreateCheckoutPart,
  useCreateCheckoutPartValue,
  useCreateCheckoutRoot,
} from './create-checkout-context'
import { CreateCheckoutForm } from './create-checkout-form'
import { CreateCheckoutResult } from './create-checkout-result'
import { useCreateCheckout, type CreateCheckoutOptions } from './use-create-checkout'

/** Props of {@link CreateCheckoutRoot}: the open state and {@link CreateCheckoutOptions}. */
export interface CreateCheckoutRootProps extends CreateCheckoutOptions {
  /** Whether the dialog is open (controlled). */
  open?: boolean
  /** Whether the dialog starts open (uncontrolled). @default false */
  defaultOpen?: boolean
  /** Called when the dialog opens or closes. */
  onOpenChange?: (open: boolean) => void
  /** The dialog's parts: `CreateCheckoutContent` and what goes in it. */
  children?: ReactNode
}

/**
 * The create-checkout dialog's root: its open state (`open / defaultOpen / onOpenChange`) and what
 * the form is for ({@link CreateCheckoutOptions}). Renders no element; `CreateCheckoutContent`
 * inside it mounts the form while the dialog is open, so closing aborts a pending request and
 * reopening starts clean.
 *
 * @example
 * <CreateCheckoutRoot defaultOpen customer={{ type: 'team', id }}>
 *   <CreateCheckoutContent>
 *     <CreateCheckoutHeader />
 *     <CreateCheckoutForm>
 *       <CreateCheckoutProductField />
 *       <CreateCheckoutCustomerField />
 *       <CreateCheckoutReturnUrlField />
 *       <CreateCheckoutError />
 *       <CreateCheckoutFooter />
 *     </CreateCheckoutForm>
 *     <CreateCheckoutResult />
 *   </CreateCheckoutContent>
 * </CreateCheckoutRoot>
 */
export function CreateCheckoutRoot({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  children,
  customer,
  productId,
  defaultReturnUrl,
  onCreated,
  returnFocusTo,
}: CreateCheckoutRootProps) {
  const [open, setOpen] = useControllableState({
    value: openProp,
    defaultValue: defaultOpen,
    onValueChange: onOpenChange,
    name: 'CreateCheckoutDialog',
  })
  const options = useMemo(
    () => ({ customer, productId, defaultReturnUrl, onCreated, returnFocusTo }),
    [customer, productId, defaultReturnUrl, onCreated, returnFocusTo],
  )
  const root = useMemo(() => ({ open, setOpen, options }), [open, setOpen, options])
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <CreateCheckoutRootProvider value={root}>{children}</CreateCheckoutRootProvider>
    </Dialog>
  )
}

/** Props of {@link CreateCheckoutContent}: the dialog panel's (`size`, `container`, `showCloseButton`, a `div`'s). */
export type CreateCheckoutContentProps = DialogContentProps

/**
 * The dialog panel. While open it runs `useCreateCheckout` with the root's options and gives
 * every part inside it that state; closed, it renders nothing. Without children it renders the
 * default layout: header, form, and the result once a link is created. When it closes, focus
 * returns to `returnFocusTo`, else to what had focus before it opened (inside a shadow root too).
 *
 * @selector [data-slot="create-checkout-dialog"][data-mode="customer" | "product" | "both"]
 * @selector [data-status="idle" | "loading" | "error" | "success"] — the attempt (`idle` while editing)
 * @example
 * <CreateCheckoutContent size="lg" className="my-checkout" />
 */
export const CreateCheckoutContent = forwardRef<HTMLDivElement, CreateCheckoutContentProps>(function CreateCheckoutContent(props, ref) {
  const { open } = useCreateCheckoutRoot('CreateCheckoutContent')
  // The form mounts with the panel: closing unmounts it, which aborts the attempt and resets it.
  return open ? <OpenContent ref={ref} {...props} /> : null
})

const OpenContent = forwardRef<HTMLDivElement, CreateCheckoutContentProps>(function OpenContent(
  { onOpenAutoFocus, onCloseAutoFocus, children, ...props },
  ref,
) {
  const { setOpen, options } = useCreateCheckoutRoot('CreateCheckoutContent')
  const { returnFocusTo, ...formOptions } = options
  const checkout = useCreateCheckout(formOptions)
  const close = useCallback(() => setOpen(false), [setOpen])
  const part = useCreateCheckoutPartValue(checkout, close)
  // Radix returns focus to a DialogTrigger; opened without one, remember what had focus.
  const returnFocus = useReturnFocus()
  return (
    <CreateCheckoutPartProvider value={part}>
      <DialogContent
        ref={ref}
        size="md"
        data-slot="create-checkout-dialog"
        data-mode={checkout.mode}
        data-status={checkout.status}
        aria-describedby={part.ids.description}
        {...props}
        onOpenAutoFocus={(event: Event) => {
          // Before focus moves into the dialog (and before the host's handler, which may move it to
          // a field of its own), remember the opener. Nothing is prevented here.
          if (event.target instanceof Node && event.target.ownerDocument) returnFocus.capture(event.target.ownerDocument)
          onOpenAutoFocus?.(event)
        }}
        onCloseAutoFocus={composeEventHandlers(onCloseAutoFocus, (event: Event) => {
          // The host's handler may prevent this (it moves focus itself).
          if (returnFocusTo?.isConnected) returnFocus.setTarget(returnFocusTo)
          if (returnFocus.restore({ force: true })) event.preventDefault()
        })}
      >
        {children ?? (
          <>
            <CreateCheckoutHeader />
            <CreateCheckoutForm />
            <CreateCheckoutResult />
          </>
        )}
      </DialogContent>
    </CreateCheckoutPartProvider>
  )
})

/** Props of {@link CreateCheckoutHeader}. */
export interface CreateCheckoutHeaderProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  /** Replaces the title. @default the `checkout.title` message ("Create checkout link") */
  title?: ReactNode
  /** Replaces the description (the dialog's accessible description). @default the `checkout.description` message */
  description?: ReactNode
}

/**
 * The dialog's title and description (its accessible name and description). Children follow
 * the description.
 *
 * @selector [data-slot="create-checkout-header"]
 * @example
 * <CreateCheckoutHeader title="New invoice link" />
 */
export const CreateCheckoutHeader = forwardRef<HTMLDivElement, CreateCheckoutHeaderProps>(function CreateCheckoutHeader(
  { title, description, children, ...props },
  ref,
) {
  const { ids } = useCreateCheckoutPart('CreateCheckoutHeader')
  const { t } = usePaymentsContext('CreateCheckoutHeader', checkoutMessages)
  return (
    <DialogHeader ref={ref} data-slot="create-checkout-header" {...props}>
      <DialogTitle>{title ?? t('checkout.title')}</DialogTitle>
      <DialogDescription id={ids.description}>{description ?? t('checkout.description')}</DialogDescription>
      {children}
    </DialogHeader>
  )
})
