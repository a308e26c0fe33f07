/**
 * `@hexclave/payments-ui/create-checkout-menu-item`: `CreateCheckoutMenuItem`, a "Create checkout"
 * item for your own Radix dropdown menu (it opens the provider's shared dialog). Apart from
 * `/create-checkout` because it brings Radix DropdownMenu, which a page with only the dialog or the
 * button does not need (bundlers split code by file). The main entry exports the same value.
 */
export { CreateCheckoutMenuItem } from '../components/create-checkout/create-checkout-menu-item'
export type { CreateCheckoutMenuItemProps } from '../components/create-checkout/create-checkout-menu-item'
