import { forwardRef } from 'react'
import { CreateCheckoutContent, CreateCheckoutRoot, type CreateCheckoutContentProps, type CreateCheckoutRootProps } from './create-checkout-root'

/**
 * The props of {@link CreateCheckoutDialog}: the root's open state and
 * {@link CreateCheckoutOptions} (customer, productId, defaultReturnUrl, onCreated, returnFocusTo),
 * plus the panel's props (className, style, data attributes…).
 */
export interface CreateCheckoutDialogProps
  extends Omit<CreateCheckoutRootProps, 'children'>,
    Omit<CreateCheckoutContentProps, 'children' | keyof CreateCheckoutRootProps> {}

/**
 * Creates a checkout link for a customer: with the customer preselected (choose a product), with
 * the product locked (choose a customer of its type in a nested picker), or with neither. Closing
 * it aborts a pending request; reopening starts clean. The ready-made composition of
 * `CreateCheckoutRoot` and `CreateCheckoutContent`; compose the parts yourself to rearrange it.
 *
 * @selector [data-slot="create-checkout-dialog"][data-mode="customer" | "product" | "both"][data-status="idle" | "loading" | "error" | "success"]
 * @selector [data-slot="create-checkout-result"] [data-slot="create-checkout-error"]
 * @example
 * <CreateCheckoutDialog open={open} onOpenChange={setOpen} customer={{ type: 'user', id: userId }} />
 */
export const CreateCheckoutDialog = forwardRef<HTMLDivElement, CreateCheckoutDialogProps>(function CreateCheckoutDialog(
  { open, defaultOpen, onOpenChange, customer, productId, defaultReturnUrl, onCreated, returnFocusTo, ...props },
  ref,
) {
  return (
    <CreateCheckoutRoot
      open={open}
      defaultOpen={defaultOpen}
      onOpenChange={onOpenChange}
      customer={customer}
      productId={productId}
      defaultReturnUrl={defaultReturnUrl}
      onCreated={onCreated}
      returnFocusTo={returnFocusTo}
    >
      <CreateCheckoutContent ref={ref} {...props} />
    </CreateCheckoutRoot>
  )
})
