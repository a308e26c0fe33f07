import { forwardRef, type ReactNode } from 'react'
import type { CustomerRef } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { composeEventHandlers } from '@radix-ui/primitive'
import { Button, type ButtonProps } from '../../ui/button'
import { PlusIcon } from '../../ui/icons'
import { useCreateCheckoutDialog } from './checkout-dialog-context'
import type { CreateCheckoutOptions } from './use-create-checkout'
import { useThemeRoot } from '../theme-root'

/** What an entry point opens the dialog for: a customer, a product, or neither (never both). */
export type CheckoutTarget = { customer: CustomerRef; productId?: never } | { productId: string; customer?: never } | { customer?: undefined; productId?: undefined }

export type CreateCheckoutButtonProps = Omit<ButtonProps, 'onClick'> &
  CheckoutTarget &
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
