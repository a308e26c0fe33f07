/**
 * `@hexclave/payments-ui/create-checkout`: `CreateCheckoutDialog`, its parts and hook, and the entry
 * points that open the provider's shared dialog (`CreateCheckoutButton`, `useCreateCheckoutDialog`;
 * the menu item is in `/create-checkout-menu-item`).
 *
 * A page that imports from this entry (and `/provider`) loads only these components' code; the
 * main entry (`@hexclave/payments-ui`) exports the same values. Issue 13, point 3.
 */
export { CreateCheckoutDialog } from '../components/create-checkout/lazy-create-checkout-dialog'
export type { CreateCheckoutDialogProps } from '../components/create-checkout/create-checkout-dialog'
export { useCreateCheckout } from '../components/create-checkout/use-create-checkout'
export type {
  CheckoutFieldErrors,
  CheckoutRequest,
  CreateCheckoutOptions,
  CreateCheckoutState,
  CreateCheckoutStatus,
  UseCreateCheckoutOptions,
} from '../components/create-checkout/use-create-checkout'
export { CreateCheckoutContent, CreateCheckoutHeader, CreateCheckoutRoot } from '../components/create-checkout/create-checkout-root'
export type {
  CreateCheckoutContentProps,
  CreateCheckoutHeaderProps,
  CreateCheckoutRootProps,
} from '../components/create-checkout/create-checkout-root'
export { CreateCheckoutProvider, useCreateCheckoutContext } from '../components/create-checkout/create-checkout-context'
export type { CreateCheckoutProviderProps } from '../components/create-checkout/create-checkout-context'
export {
  CreateCheckoutCancel,
  CreateCheckoutError,
  CreateCheckoutFooter,
  CreateCheckoutForm,
  CreateCheckoutSubmit,
  CreateCheckoutUnavailable,
} from '../components/create-checkout/create-checkout-form'
export type {
  CreateCheckoutCancelProps,
  CreateCheckoutErrorProps,
  CreateCheckoutFooterProps,
  CreateCheckoutFormProps,
  CreateCheckoutSubmitProps,
  CreateCheckoutUnavailableProps,
} from '../components/create-checkout/create-checkout-form'
export {
  CreateCheckoutCustomerField,
  CreateCheckoutPriceField,
  CreateCheckoutProductField,
  CreateCheckoutQuantityField,
  CreateCheckoutReturnUrlField,
} from '../components/create-checkout/create-checkout-fields'
export type { CreateCheckoutControlFieldProps, CreateCheckoutFieldProps } from '../components/create-checkout/create-checkout-fields'
export { CreateCheckoutResult } from '../components/create-checkout/create-checkout-result'
export type { CreateCheckoutResultProps } from '../components/create-checkout/create-checkout-result'
export { useCreateCheckoutDialog } from '../components/create-checkout/checkout-dialog-context'
export type { CreateCheckoutDialogApi, OpenCreateCheckoutOptions } from '../components/create-checkout/checkout-dialog-context'
export { CreateCheckoutButton } from '../components/create-checkout/create-checkout-entry-points'
export type { CreateCheckoutButtonProps } from '../components/create-checkout/create-checkout-entry-points'
