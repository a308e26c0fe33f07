import { forwardRef, useEffect, useId, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { toPaymentsError } from '../../adapter/errors'
import type { Customer } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { customerMessages } from '../../lib/messages/customer'
import { selectorMessages } from '../../lib/messages/selector'
import { cn } from '../../lib/cn'
import { Button } from '../../ui/button'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from '../../ui/dialog'
import { AsyncFrame } from '../../ui/async-frame'
import { lazyPart, useLazyPart } from '../../ui/lazy-part'
import { Spinner } from '../../ui/spinner'
import type { CustomerTableProps } from '../customer-table/customer-table'
import { SelectedCustomer } from '../selected-customer/selected-customer'
import { ThemeScope } from '../../ui/theme-scope'
import { useCustomerSelector, type UseCustomerSelectorOptions } from './use-customer-selector'

/**
 * The picker's table loads when the picker is first opened (hovering or focusing Choose starts the
 * load): a page with a create-checkout dialog or a selector does not pay for the customers table
 * up front (issue 13, point 3). A page that shows the table anyway already has its code.
 */
const pickerTable = lazyPart(() => import('../lazy-parts').then((module) => module.CustomerTable))

/** The picker's table once its code is here: a spinner sized like the table while it loads, an error with Retry if it fails. */
function PickerTable(props: CustomerTableProps) {
  const { t } = usePaymentsContext('CustomerSelector', selectorMessages, customerMessages)
  const { status, component: Table, error, retry } = useLazyPart(pickerTable)
  return (
    <AsyncFrame
      status={status === 'idle' ? 'loading' : status}
      error={status === 'error' ? toPaymentsError(error) : null}
      retry={retry}
      errorTitle={t('state.error.title')}
      empty={null}
      loading={
        <div className="hx-customer-selector__loading" data-slot="customer-selector-loading" style={{ minHeight: props.height }}>
          <Spinner label={t('state.loading')} />
        </div>
      }
    >
      {() => (Table ? <FocusSearchOnArrival><Table {...props} /></FocusSearchOnArrival> : null)}
    </AsyncFrame>
  )
}

/**
 * The picker's search box takes focus when the table arrives while focus waits on the dialog
 * itself (it opened before the table's code came), as it would have on opening: a keyboard user
 * types the search at once. Focus the user moved meanwhile stays where it is.
 */
function FocusSearchOnArrival({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const dialog = ref.current?.closest('[role="dialog"]')
    const active = document.activeElement
    if (!dialog || (active !== dialog && active !== document.body)) return
    ref.current?.querySelector<HTMLInputElement>('[data-slot="search-input-input"]')?.focus()
  }, [])
  return (
    <div ref={ref} style={{ display: 'contents' }}>
      {children}
    </div>
  )
}

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
 * (search, infinite scroll, Select) to change it. Renders {@link useCustomerSelector}; build your
 * own picker on that hook.
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
  const descriptionId = useId()

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
        <Dialog open={selector.open} onOpenChange={selector.setOpen}>
          {/* A real trigger: Radix returns focus to it when the picker closes. */}
          <DialogTrigger asChild>
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={disabled}
              onPointerEnter={pickerTable.prefetch}
              onFocus={pickerTable.prefetch}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
            >
              {value ? t('selector.change') : t('selector.choose')}
            </Button>
          </DialogTrigger>
          <DialogContent
            size="lg"
            data-slot="customer-selector-dialog"
            aria-describedby={descriptionId}
            // Before the table's code is here, focus waits on the dialog itself (not its Close
            // button), and the search box takes it when the table arrives.
            onOpenAutoFocus={(event) => {
              if (pickerTable.getState().status === 'success') return
              event.preventDefault()
              ;(event.currentTarget as HTMLElement | null)?.focus()
            }}
          >
            <DialogHeader>
              <DialogTitle>{t('selector.title')}</DialogTitle>
              <DialogDescription id={descriptionId}>
                {types.length === 1 ? t('selector.descriptionOfType', { type: t(`customerType.filter.${types[0] ?? 'all'}`) }) : t('selector.description')}
              </DialogDescription>
            </DialogHeader>
            <PickerTable
              mode="picker"
              types={types}
              height={360}
              search={selector.search}
              onSearchChange={selector.setSearch}
              onCustomerSelect={(customer: Customer) => selector.pick(customer)}
              toolbar={
                freeFormId ? (
                  <Button
                    type="button"
                    size="sm"
                    data-slot="customer-selector-free-form"
                    onClick={selector.pickFreeForm}
                  >
                    {t('selector.useCustom', { id: freeFormId })}
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
