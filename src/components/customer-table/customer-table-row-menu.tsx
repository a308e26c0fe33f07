import type { ReactElement } from 'react'
import type { Customer } from '../../adapter/types'
import { CopyIcon } from '../../ui/icons'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../ui/dropdown-menu'
import { CreateCheckoutMenuItem } from '../create-checkout/create-checkout-menu-item'
import { rowKey, type CustomerTableMeta } from './customer-table-columns'

/**
 * A row's open ⋯ menu: Create checkout (the provider's shared dialog), the host's row actions and
 * Copy ID. Loaded on first use by the row's menu button (`customer-table-columns.tsx`), so a page
 * with the table pays for Radix DropdownMenu only once a menu opens.
 */
export function CustomerRowMenu({ customer, meta, trigger }: { customer: Customer; meta: CustomerTableMeta; trigger: ReactElement }) {
  const key = rowKey(customer)
  const actions = meta.rowActions?.(customer) ?? []
  return (
    <DropdownMenu open onOpenChange={(next) => meta.setMenuOpenKey(next ? key : null)}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent
        id={meta.menuId}
        align="end"
        data-slot="customer-table-row-menu"
        onCloseAutoFocus={(event) => {
          event.preventDefault()
          meta.focusRow(key)
        }}
      >
        {meta.createCheckout ? (
          <>
            {/* The public item: it opens the shared dialog, which hands focus back to the element
                that controls this menu. The row comes first in the document with that
                `aria-controls` (Shift+F10 on it opens the menu), so focus returns to the row. */}
            <CreateCheckoutMenuItem data-slot="customer-table-create-checkout" customer={{ type: customer.type, id: customer.id }} />
            <DropdownMenuSeparator />
          </>
        ) : null}
        {actions.map((action) => (
          <DropdownMenuItem
            key={action.id}
            variant={action.variant}
            disabled={action.disabled}
            onSelect={() => action.onSelect(customer)}
          >
            {action.icon}
            {action.label}
          </DropdownMenuItem>
        ))}
        {actions.length > 0 ? <DropdownMenuSeparator /> : null}
        <DropdownMenuItem onSelect={() => meta.copyId(customer)}>
          <CopyIcon />
          {meta.t('customer.copyId')}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}

