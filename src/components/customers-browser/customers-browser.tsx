import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type ComponentPropsWithoutRef } from 'react'
import type { Customer, CustomerRef, CustomerTypeFilter } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { useControllableState } from '../../ui/use-controllable-state'
import { cn } from '../../lib/cn'
import { Button } from '../../ui/button'
import { ArrowLeftIcon } from '../../ui/icons'
import { CustomerPaymentsSection } from '../customer-payments/customer-payments-section'
import { CustomerTable, type CustomerTableProps } from '../customer-table/customer-table'
import { ThemeScope } from '../../ui/theme-scope'
import { customerKey } from '../../lib/customer-key'

type TableProp = 'types' | 'rowActions' | 'hiddenColumns' | 'height' | 'pageSize' | 'getCustomerHref' | 'showCounts'

export interface CustomersBrowserProps
  extends Pick<CustomerTableProps, TableProp>,
    Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onChange' | 'defaultValue'> {
  /** The customer whose view is open (controlled); `null` shows the table. */
  selectedCustomer?: CustomerRef | null
  /** The customer whose view is open at first (uncontrolled). @default null */
  defaultSelectedCustomer?: CustomerRef | null
  /** Called when a row is opened (with the customer) or the view is left (with `null`). */
  onSelectedCustomerChange?: (customer: CustomerRef | null) => void
  /** Type filter, controlled. */
  type?: CustomerTypeFilter
  /** @default 'all' */
  defaultType?: CustomerTypeFilter
  onTypeChange?: (type: CustomerTypeFilter) => void
  /** Search text, controlled. */
  search?: string
  /** @default '' */
  defaultSearch?: string
  onSearchChange?: (search: string) => void
  /** No grant, adjust, cancel or refund actions in the customer view. @default false */
  readOnly?: boolean
}

/**
 * The customers page: the customers table, a row opens the customer's payments view with "Back
 * to customers" and "Create checkout", and Back restores the table's type, search, scroll
 * position and focused row. Selected customer, type and search are controllable, so a host can
 * keep them in its URL (browser back then works).
 *
 * @selector [data-slot="customers-browser"][data-view="table" | "customer"]
 * @example
 * const [params, setParams] = useSearchParams()
 * <CustomersBrowser
 *   selectedCustomer={parseCustomer(params.get('customer'))}
 *   onSelectedCustomerChange={(c) => setParams(c ? { customer: `${c.type}:${c.id}` } : {})}
 * />
 */
export const CustomersBrowser = forwardRef<HTMLDivElement, CustomersBrowserProps>(function CustomersBrowser({
  selectedCustomer: selectedProp,
  defaultSelectedCustomer = null,
  onSelectedCustomerChange,
  type: typeProp,
  defaultType = 'all',
  onTypeChange,
  search: searchProp,
  defaultSearch = '',
  onSearchChange,
  readOnly = false,
  className,
  types,
  rowActions,
  hiddenColumns,
  height,
  pageSize,
  getCustomerHref,
  showCounts,
  ...props
}, forwardedRef) {
  const tableProps = { types, rowActions, hiddenColumns, height, pageSize, getCustomerHref, showCounts } satisfies Pick<CustomerTableProps, TableProp>
  const { t, colorScheme } = usePaymentsContext('CustomersBrowser')
  const [selected, setSelected] = useControllableState<CustomerRef | null>({
    value: selectedProp,
    defaultValue: defaultSelectedCustomer,
    onValueChange: onSelectedCustomerChange,
    name: 'CustomersBrowser (selectedCustomer)',
  })
  // The table unmounts while a customer is open: its filters live here so Back restores them.
  const [type, setType] = useControllableState({ value: typeProp, defaultValue: defaultType, onValueChange: onTypeChange, name: 'CustomersBrowser (type)' })
  const [search, setSearch] = useControllableState({ value: searchProp, defaultValue: defaultSearch, onValueChange: onSearchChange, name: 'CustomersBrowser (search)' })
  const scrollOffset = useRef(0)
  const [savedOffset, setSavedOffset] = useState(0)
  const lastOpened = useRef<string | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  useImperativeHandle(forwardedRef, () => rootRef.current as HTMLDivElement, [])
  const backRef = useRef<HTMLButtonElement>(null)

  const open = (customer: Customer) => {
    lastOpened.current = customerKey(customer)
    setSavedOffset(scrollOffset.current)
    setSelected({ type: customer.type, id: customer.id })
  }

  // Move focus with the view: to Back when a customer opens, to the opened row when coming back.
  const view = selected ? 'customer' : 'table'
  const previousView = useRef(view)
  useEffect(() => {
    if (previousView.current === view) return
    previousView.current = view
    if (view === 'customer') {
      backRef.current?.focus()
      return
    }
    const key = lastOpened.current
    const View = rootRef.current?.ownerDocument.defaultView
    if (!key || !View) return
    let frames = 0
    const tryFocus = () => {
      const row = rootRef.current?.querySelector<HTMLElement>(`[data-slot="customer-table-row"][data-key="${CSS.escape(key)}"]`)
      if (row) row.focus({ preventScroll: true })
      else if (frames++ < 30) handle = View.requestAnimationFrame(tryFocus)
    }
    let handle = View.requestAnimationFrame(tryFocus)
    return () => View.cancelAnimationFrame(handle)
  }, [view])

  return (
    <div
      ref={rootRef}
      data-slot="customers-browser"
      data-view={view}
      data-hx-color-scheme={colorScheme}
      {...props}
      className={cn('hx-root hx-customers-browser', className)}
    >
      <ThemeScope>
        {selected ? (
          <div className="hx-customers-browser__customer" data-slot="customers-browser-customer">
            <div className="hx-customers-browser__bar">
              <Button ref={backRef} variant="ghost" size="sm" onClick={() => setSelected(null)}>
                <ArrowLeftIcon /> {t('browser.back')}
              </Button>
            </div>
            <CustomerPaymentsSection
              key={customerKey(selected)}
              customerType={selected.type}
              customerId={selected.id}
              readOnly={readOnly}
            />
          </div>
        ) : (
          <CustomerTable
            {...tableProps}
            type={type}
            onTypeChange={setType}
            search={search}
            onSearchChange={setSearch}
            onCustomerOpen={open}
            initialScrollOffset={savedOffset}
            onScrollOffsetChange={(offset) => {
              scrollOffset.current = offset
            }}
          />
        )}
      </ThemeScope>
    </div>
  )
})
