'use client'
/**
 * The host's own product menu, built with the host's copy of Radix DropdownMenu; the library's
 * `CreateCheckoutMenuItem` sits inside it (one shared copy of the menu package: a peer dependency).
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { CreateCheckoutMenuItem } from '@hexclave/payments-ui/create-checkout-menu-item'

export function ProductActions({ productId }: { productId: string }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="host-button">Product actions</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="host-menu" align="start" sideOffset={4}>
          <DropdownMenu.Label className="host-menu__label">Product</DropdownMenu.Label>
          <DropdownMenu.Item className="host-menu__item" onSelect={() => void navigator.clipboard?.writeText(productId).catch(() => {})}>
            Copy product ID
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="host-menu__separator" />
          <CreateCheckoutMenuItem productId={productId} />
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
