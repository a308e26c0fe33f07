import { lazyDialog } from '../../ui/lazy-dialog'
import { checkoutDialogPart } from './checkout-dialog-part'
import type { CreateCheckoutDialogProps } from './create-checkout-dialog'

/**
 * Creates a checkout link for a customer: with the customer preselected (choose a product), with
 * the product locked (choose a customer of its type in a nested picker), or with neither. Closing
 * it aborts a pending request; reopening starts clean. The ready-made composition of
 * `CreateCheckoutRoot` and `CreateCheckoutContent`; compose the parts yourself to rearrange it.
 *
 * Its code loads on first use: mounted closed, it costs the page nothing up front and fetches the
 * code once the browser is idle; opened before the code is there, it shows "Opening checkout…"
 * (and, if the load fails, the error with Retry and Dismiss). The provider's shared dialog
 * (`useCreateCheckoutDialog().open()`) is the same component.
 *
 * @selector [data-slot="create-checkout-dialog"][data-mode="customer" | "product" | "both"][data-status="idle" | "loading" | "error" | "success"]
 * @selector [data-slot="create-checkout-result"] [data-slot="create-checkout-error"]
 * @selector [data-slot="lazy-notice"][data-status="loading" | "error"] (its code on the way)
 * @example
 * <CreateCheckoutDialog open={open} onOpenChange={setOpen} customer={{ type: 'user', id: userId }} />
 */
export const CreateCheckoutDialog = lazyDialog<CreateCheckoutDialogProps, HTMLDivElement>(checkoutDialogPart, 'CreateCheckoutDialog', 'checkout.opening', 'Opening checkout…')
