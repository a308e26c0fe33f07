import { forwardRef, useId, type RefObject } from 'react'
import type { Customer, CustomerType } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { customerMessages } from '../../lib/messages/customer'
import { selectorMessages } from '../../lib/messages/selector'
import { Button } from '../../ui/button'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '../../ui/dialog'
import { useReturnFocus } from '../../ui/return-focus'
import { CustomerTable } from '../customer-table/customer-table'

/** Props of the picker's dialog (internal: `CustomerSelector` renders it from its state). */
export interface CustomerSelectorDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The panel's id (the Choose button's `aria-controls`). */
  id: string
  /** Where focus goes when the picker closes: the Choose button. */
  returnFocusTo: RefObject<HTMLElement | null>
  types: readonly CustomerType[]
  search: string
  onSearchChange: (search: string) => void
  onPick: (customer: Customer) => void
  /** The typed id offered as a custom customer, or `''`. */
  freeFormId: string
  onPickFreeForm: () => void
}

/**
 * The customer picker's dialog: the customers table in picker mode (search, infinite scroll,
 * Select) and, when the search is a custom customer's id, "Use custom customer". Loads on first
 * use with the other late parts (src/components/lazy-parts), the table's code with it.
 */
export const CustomerSelectorDialog = forwardRef<HTMLDivElement, CustomerSelectorDialogProps>(function CustomerSelectorDialog(
  { open, onOpenChange, id, returnFocusTo, types, search, onSearchChange, onPick, freeFormId, onPickFreeForm },
  ref,
) {
  const { t } = usePaymentsContext('CustomerSelector', selectorMessages, customerMessages)
  const descriptionId = useId()
  const returnFocus = useReturnFocus()
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        ref={ref}
        id={id}
        size="lg"
        data-slot="customer-selector-dialog"
        aria-describedby={descriptionId}
        // Focus starts in the search box: a keyboard user types the search at once.
        onOpenAutoFocus={(event) => {
          const searchBox = (event.currentTarget as HTMLElement | null)?.querySelector<HTMLInputElement>('[data-slot="search-input-input"]')
          if (!searchBox) return
          event.preventDefault()
          searchBox.focus()
        }}
        // No Radix trigger (the Choose button is rendered before this code loads): focus goes back to it here.
        onCloseAutoFocus={(event) => {
          returnFocus.setTarget(returnFocusTo.current)
          if (returnFocus.restore({ force: true })) event.preventDefault()
        }}
      >
        <DialogHeader>
          <DialogTitle>{t('selector.title')}</DialogTitle>
          <DialogDescription id={descriptionId}>
            {types.length === 1 ? t('selector.descriptionOfType', { type: t(`customerType.filter.${types[0] ?? 'all'}`) }) : t('selector.description')}
          </DialogDescription>
        </DialogHeader>
        <CustomerTable
          mode="picker"
          types={types}
          height={360}
          search={search}
          onSearchChange={onSearchChange}
          onCustomerSelect={onPick}
          toolbar={
            freeFormId ? (
              <Button type="button" size="sm" data-slot="customer-selector-free-form" onClick={onPickFreeForm}>
                {t('selector.useCustom', { id: freeFormId })}
              </Button>
            ) : null
          }
        />
      </DialogContent>
    </Dialog>
  )
})
