import { forwardRef, useEffect } from 'react'
import { composeEventHandlers } from '@radix-ui/primitive'
import { usePaymentsContext } from '../../data/payments-context'
import { DropdownMenuItem, type DropdownMenuItemProps } from '../../ui/dropdown-menu'
import { PlusIcon } from '../../ui/icons'
import { menuTriggerOf } from '../../ui/return-focus'
import { useCreateCheckoutDialog } from './checkout-dialog-context'
import type { CheckoutTarget } from './create-checkout-entry-points'
import type { CreateCheckoutOptions } from './use-create-checkout'

// Apart from CreateCheckoutButton (create-checkout-entry-points.tsx), so a page with the button
// does not reach Radix DropdownMenu (bundlers split code by file).
export type CreateCheckoutMenuItemProps = Omit<DropdownMenuItemProps, 'onSelect'> &
  CheckoutTarget &
  Pick<CreateCheckoutOptions, 'defaultReturnUrl' | 'onCreated'> & {
    onSelect?: DropdownMenuItemProps['onSelect']
  }

/**
 * A "Create checkout" item for a Radix dropdown menu (row menus, product cards, page ellipsis
 * menus). Opens the shared dialog; when it closes, focus returns to the menu's trigger. The open
 * menu starts loading the dialog's code.
 *
 * @selector [data-slot="create-checkout-menu-item"]
 * @example
 * <DropdownMenu.Content>
 *   <CreateCheckoutMenuItem productId="pro" />
 * </DropdownMenu.Content>
 */
export const CreateCheckoutMenuItem = forwardRef<HTMLDivElement, CreateCheckoutMenuItemProps>(function CreateCheckoutMenuItem(
  { customer, productId, defaultReturnUrl, onCreated, onSelect, children, ...props },
  ref,
) {
  const { t } = usePaymentsContext('CreateCheckoutMenuItem')
  const dialog = useCreateCheckoutDialog()
  useEffect(() => dialog.prefetch(), [dialog])
  return (
    <DropdownMenuItem
      ref={ref}
      data-slot="create-checkout-menu-item"
      {...props}
      onSelect={composeEventHandlers(onSelect, (event: Event) => {
        const item = event.currentTarget instanceof Element ? event.currentTarget : null
        dialog.open({ customer, productId, defaultReturnUrl, onCreated, returnFocusTo: item ? menuTriggerOf(item) : null })
      })}
    >
      {children ?? (
        <>
          <PlusIcon /> {t('checkout.create')}
        </>
      )}
    </DropdownMenuItem>
  )
})
