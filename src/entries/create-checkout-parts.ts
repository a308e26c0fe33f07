/**
 * `@hexclave/payments-ui/create-checkout-parts`: the create-checkout dialog's building blocks, to
 * compose a dialog of your own layout (`CreateCheckoutRoot`, `CreateCheckoutContent`,
 * `CreateCheckoutHeader`, the form, its fields and footer, `CreateCheckoutResult`), or a form
 * without a dialog (`CreateCheckoutProvider`, `useCreateCheckout`, `useCreateCheckoutContext`).
 *
 * Apart from `/create-checkout` and from the main entry: they are the dialog's code itself
 * (Radix Dialog, the product chooser, the form), which `CreateCheckoutDialog` and the provider's
 * shared dialog load on first use. A bundler places a module that a page's entry re-exports and a
 * lazy chunk uses in a chunk both load, so re-exported beside them, the parts would be loaded up
 * front by every page that imports the dialog or anything from the main entry (issue 13, point 3).
 */
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
