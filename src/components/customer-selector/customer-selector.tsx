import { forwardRef, useId, useState, type ComponentPropsWithoutRef } from 'react'
import type { Customer, CustomerRef, CustomerType } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { useControllableState } from '../../ui/use-controllable-state'
import { cn } from '../../lib/cn'
import { Button } from '../../ui/button'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from '../../ui/dialog'
import { CustomerTable } from '../customer-table/customer-table'
import { SelectedCustomer } from '../selected-customer/selected-customer'
import { ThemeScope } from '../../ui/theme-scope'

const ALL_TYPES: readonly CustomerType[] = ['user', 'team', 'custom']

export interface CustomerSelectorProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'onChange'> {
  /** The selected customer (controlled); `null` for none. */
  value?: CustomerRef | null
  /** The initially selected customer (uncontrolled). @default null */
  defaultValue?: CustomerRef | null
  /** Called with the picked customer, or `null` when cleared. */
  onValueChange?: (value: CustomerRef | null) => void
  /** Customer types that may be picked. @default all three */
  types?: readonly CustomerType[]
  /** Accept a typed id for custom customers ("Use customer 'acme-42'"), since custom customers without activity are not listed. @default true */
  allowFreeFormCustom?: boolean
  /** Accessible name of the choose button's group. @default 'Customer' */
  label?: string
  /** @default false */
  disabled?: boolean
  /** Invalid (e.g. required and empty on submit): sets `aria-invalid` on the choose button. */
  invalid?: boolean
  /** Id of an element that describes the field (an error message). */
  describedBy?: string
}

/**
 * Shows the selected customer and opens a nested dialog with the customers table in picker mode
 * (search, infinite scroll, Select) to change it.
 *
 * @selector [data-slot="customer-selector"][data-empty]
 * @selector [data-slot="customer-selector-dialog"] [data-slot="customer-selector-free-form"]
 * @example
 * <CustomerSelector types={['team']} value={customer} onValueChange={setCustomer} />
 */
export const CustomerSelector = forwardRef<HTMLDivElement, CustomerSelectorProps>(function CustomerSelector({
  value: valueProp,
  defaultValue = null,
  onValueChange,
  types = ALL_TYPES,
  allowFreeFormCustom = true,
  label,
  disabled = false,
  invalid = false,
  describedBy,
  className,
  ...props
}, ref) {
  const { t, colorScheme } = usePaymentsContext('CustomerSelector')
  const [value, setValue] = useControllableState<CustomerRef | null>({
    value: valueProp,
    defaultValue,
    onValueChange,
    name: 'CustomerSelector',
  })
  const [open, setOpen] = useState(false)
  const [search, setSearch] = useState('')
  const labelId = useId()
  const descriptionId = useId()
  const freeForm = allowFreeFormCustom && types.includes('custom') ? search.trim() : ''

  const pick = (customer: CustomerRef) => {
    setValue({ type: customer.type, id: customer.id })
    setOpen(false)
  }

  return (
    <div
      ref={ref}
      role="group"
      aria-labelledby={labelId}
      data-slot="customer-selector"
      data-empty={value ? undefined : ''}
      // A theme root of its own: rendered alone it still gets the library's font and colours.
      data-hx-color-scheme={colorScheme}
      {...props}
      className={cn('hx-root hx-customer-selector', className)}
    >
      <ThemeScope>
        <span id={labelId} className="hx-sr-only">
          {label ?? t('checkout.customer')}
        </span>
        {value ? (
          <SelectedCustomer customer={value} className="hx-customer-selector__value" />
        ) : (
          <span className="hx-customer-selector__placeholder">{t('selector.none')}</span>
        )}
        <Dialog open={open} onOpenChange={setOpen}>
          {/* A real trigger: Radix returns focus to it when the picker closes. */}
          <DialogTrigger asChild>
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={disabled}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              onClick={() => setSearch('')}
            >
              {value ? t('selector.change') : t('selector.choose')}
            </Button>
          </DialogTrigger>
          <DialogContent size="lg" data-slot="customer-selector-dialog" aria-describedby={descriptionId}>
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
              onSearchChange={setSearch}
              onCustomerSelect={(customer: Customer) => pick(customer)}
              toolbar={
                freeForm ? (
                  <Button
                    type="button"
                    size="sm"
                    data-slot="customer-selector-free-form"
                    onClick={() => pick({ type: 'custom', id: freeForm })}
                  >
                    {t('selector.useCustom', { id: freeForm })}
                  </Button>
                ) : null
              }
            />
          </DialogContent>
        </Dialog>
      </ThemeScope>
    </div>
  )
})
