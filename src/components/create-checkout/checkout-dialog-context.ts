import { createContext, useContext } from 'react'
import type { CreateCheckoutOptions } from './use-create-checkout'

/**
 * What to open the shared dialog with: a customer (choose a product), a product (choose a
 * customer), or neither.
 *
 * @deprecated The same type as `CreateCheckoutOptions`; use that.
 */
export type OpenCreateCheckoutOptions = CreateCheckoutOptions

export interface CreateCheckoutDialogApi {
  /** Opens the one shared dialog (replacing whatever it showed). */
  open: (options?: CreateCheckoutOptions) => void
  /** Closes it (aborting a pending request). */
  close: () => void
  /**
   * Starts loading the dialog's code, which otherwise loads on the first `open()` (the dialog is
   * split from the page's code). Call it when a pointer rests on, or focus reaches, what opens the
   * dialog; `CreateCheckoutButton` and `CreateCheckoutMenuItem` do.
   */
  prefetch: () => void
}

export const CheckoutDialogContext = createContext<CreateCheckoutDialogApi | null>(null)
CheckoutDialogContext.displayName = 'CreateCheckoutDialogContext'

/**
 * Opens the provider's one create-checkout dialog from anywhere: `open({ customer })` to choose a
 * product for a customer, `open({ productId })` to choose a customer for a product.
 *
 * @throws Error outside `PaymentsProvider`.
 * @example
 * const checkout = useCreateCheckoutDialog()
 * <button onClick={() => checkout.open({ customer: { type: 'team', id } })}>Create checkout</button>
 */
export function useCreateCheckoutDialog(): CreateCheckoutDialogApi {
  const api = useContext(CheckoutDialogContext)
  if (!api) {
    throw new Error('`useCreateCheckoutDialog` must be used within `PaymentsProvider`. Wrap your component tree in <PaymentsProvider adapter={…}>.')
  }
  return api
}

/** The shared dialog's API, or `null` outside a provider. */
export function useOptionalCreateCheckoutDialog(): CreateCheckoutDialogApi | null {
  return useContext(CheckoutDialogContext)
}
