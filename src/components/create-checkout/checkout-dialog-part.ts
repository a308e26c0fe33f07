import { lazyPart } from '../../ui/lazy-part'

/**
 * The create-checkout dialog's code, loaded on first use: by the provider's shared dialog on its
 * first `open()` (or `prefetch()`, which the entry points call on hover and focus) and by the
 * exported `CreateCheckoutDialog`. One part, so one load serves both (issue 13, point 3).
 */
export const checkoutDialogPart = lazyPart(() => import('../lazy-parts').then((module) => module.CreateCheckoutDialog))
