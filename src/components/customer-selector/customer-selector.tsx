import { forwardRef, useId, useRef, type ComponentPropsWithoutRef } from 'react'
import { usePaymentsContext } from '../../data/payments-context'
import { customerMessages } from '../../lib/messages/customer'
import { selectorMessages } from '../../lib/messages/selector'
import { cn } from '../../lib/cn'
import { Button } from '../../ui/button'
import { lazyDialog } from '../../ui/lazy-dialog'
import { lazyPart } from '../../ui/lazy-part'
import { SelectedCustomer } from '../selected-customer/selected-customer'
import { ThemeScope } from '../../ui/theme-scope'
import type { CustomerSelectorDialogProps } from './customer-selector-dialog'
import { useCustomerSelector, type UseCustomerSelectorOptions } from './use-customer-selector'

/**
 * The picker's dialog (Radix Dialog and the customers table) loads on first use, with the other
 * late parts: a page with a selector pays for neither up front (issue 13, point 3). Hovering or
 * focusing Choose starts the load, and a mounted selector fetches it when the browser is idle.
 */
const selectorDialogPart = lazyPart(() => import('../lazy-parts').then((module) => module.CustomerSelectorDialog))
const SelectorDialog = lazyDialog<CustomerSelectorDialogProps, HTMLDivElement>(selectorDialogPart, 'CustomerSelector', 'state.loading')

export interface CustomerSelectorProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'onChange'>,
    UseCustomerSelectorOptions {
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
 * (search, infinite scroll, Select) to change it. The dialog's code loads on first use (hovering
 * or focusing Choose starts it; "Loading…" if it opens first). Renders
 * {@link useCustomerSelector}; build your own picker on that hook.
 *
 * @selector [data-slot="customer-selector"][data-empty]
 * @selector [data-slot="customer-selector-dialog"] [data-slot="customer-selector-free-form"]
 * @example
 * <CustomerSelector types={['team']} value={customer} onValueChange={setCustomer} />
 */
export const CustomerSelector = forwardRef<HTMLDivElement, CustomerSelectorProps>(function CustomerSelector({
  value: valueProp,
  defaultValue,
  onValueChange,
  open: openProp,
  defaultOpen,
  onOpenChange,
  types: typesProp,
  allowFreeFormCustom,
  label,
  disabled = false,
  invalid = false,
  describedBy,
  className,
  ...props
}, ref) {
  const { t, colorScheme } = usePaymentsContext('CustomerSelector', selectorMessages, customerMessages)
  const selector = useCustomerSelector({
    value: valueProp,
    defaultValue,
    onValueChange,
    open: openProp,
    defaultOpen,
    onOpenChange,
    types: typesProp,
    allowFreeFormCustom,
  })
  const { value, types, freeFormId } = selector
  const labelId = useId()
  const dialogId = useId()
  const chooseRef = useRef<HTMLButtonElement>(null)

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
        <Button
          ref={chooseRef}
          type="button"
          variant="outline"
          size="sm"
          disabled={disabled}
          aria-haspopup="dialog"
          aria-expanded={selector.open}
          aria-controls={selector.open ? dialogId : undefined}
          data-state={selector.open ? 'open' : 'closed'}
          onClick={() => selector.setOpen(true)}
          onPointerEnter={selectorDialogPart.prefetch}
          onFocus={selectorDialogPart.prefetch}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          {value ? t('selector.change') : t('selector.choose')}
        </Button>
        <SelectorDialog
          id={dialogId}
          open={selector.open}
          onOpenChange={selector.setOpen}
          returnFocusTo={chooseRef}
          types={types}
          search={selector.search}
          onSearchChange={selector.setSearch}
          onPick={selector.pick}
          freeFormId={freeFormId}
          onPickFreeForm={selector.pickFreeForm}
        />
      </ThemeScope>
    </div>
  )
})
