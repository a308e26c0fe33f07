import { forwardRef, useEffect, type ReactNode } from 'react'
import type { CustomerRef } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { composeEventHandlers } from '@radix-ui/primitive'
import { Button, type ButtonProps } from '../../ui/button'
import { DropdownMenuItem, type DropdownMenuItemProps } from '../../ui/dropdown-menu'
import { PlusIcon } from '../../ui/icons'
import { useCreateCheckoutDialog } from './checkout-dialog-context'
import type { CreateCheckoutOptions } from './use-create-checkout'
import { menuTriggerOf } from '../../ui/return-focus'
import { useThemeRoot } from '../theme-root'

/** What an entry point opens the dialog for: a customer, a product, or neither (never both). */
type Target = { customer: CustomerRef; productId?: never } | { productId: string; customer?: never } | { customer?: undefined; productId?: undefined }

export type CreateCheckoutButtonProps = Omit<ButtonProps, 'onClick'> &
  Target &
  Pick<CreateCheckoutOptions, 'defaultReturnUrl' | 'onCreated'> & {
    onClick?: ButtonProps['onClick']
    children?: ReactNode
  }

/**
 * A button that opens the shared create-checkout dialog for a customer or a product (for page
 * headers). Your `onClick` runs first and may `preventDefault()`. Hovering or focusing it starts
 * loading the dialog's code, so it is usually there by the click.
 *
 * @selector [data-slot="create-checkout-button"]
 * @example
 * <CreateCheckoutButton customer={{ type: 'user', id: userId }} />
 */
export const CreateCheckoutButton = forwardRef<HTMLButtonElement, CreateCheckoutButtonProps>(function CreateCheckoutButton(
  { customer, productId, defaultReturnUrl, onCreated, onClick, onPointerEnter, onFocus, children, className, ...props },
  ref,
) {
  const { t } = usePaymentsContext('CreateCheckoutButton')
  const dialog = useCreateCheckoutDialog()
  const themeRoot = useThemeRoot(className)
  return (
    <Button
      ref={ref}
      type="button"
      data-slot="create-checkout-button"
      {...props}
      {...themeRoot}
      onPointerEnter={composeEventHandlers(onPointerEnter, dialog.prefetch)}
      onFocus={composeEventHandlers(onFocus, dialog.prefetch)}
      onClick={composeEventHandlers(onClick, (event) =>
        dialog.open({ customer, productId, defaultReturnUrl, onCreated, returnFocusTo: event.currentTarget }),
      )}
    >
      {children ?? (
        <>
          <PlusIcon /> {t('checkout.create')}
        </>
      )}
    </Button>
  )
})

export type CreateCheckoutMenuItemProps = Omit<DropdownMenuItemProps, 'onSelect'> &
  Target &
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
