/**
 * `@hexclave/payments-ui/create-checkout`: `CreateCheckoutDialog` and the entry points that open
 * the provider's shared dialog (`CreateCheckoutButton`, `useCreateCheckoutDialog`). The dialog's
 * code loads on first use; its building blocks, to compose your own, are in
 * `/create-checkout-parts`, and the menu item in `/create-checkout-menu-item`.
 *
 * A page that imports from this entry (and `/provider`) loads only these components' code; the
 * main entry (`@hexclave/payments-ui`) exports the same values. Issue 13, point 3.
 */
export { CreateCheckoutDialog } from '../components/create-checkout/lazy-create-checkout-dialog'
export type { CreateCheckoutDialogProps } from '../components/create-checkout/create-checkout-dialog'
export type {
  CheckoutFieldErrors,
  CheckoutRequest,
  CreateCheckoutOptions,
  CreateCheckoutState,
  CreateCheckoutStatus,
  UseCreateCheckoutOptions,
} from '../components/create-checkout/use-create-checkout'
export { useCreateCheckoutDialog } from '../components/create-checkout/checkout-dialog-context'
export type { CreateCheckoutDialogApi, OpenCreateCheckoutOptions } from '../components/create-checkout/checkout-dialog-context'
export { CreateCheckoutButton } from '../components/create-checkout/create-checkout-entry-points'
export type { CreateCheckoutButtonProps } from '../components/create-checkout/create-checkout-entry-points'
