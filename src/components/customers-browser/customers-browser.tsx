import { forwardRef, useCallback, useImperativeHandle, useRef, type ComponentPropsWithoutRef } from 'react'
import { usePaymentsContext } from '../../data/payments-context'
import { tableMessages } from '../../lib/messages/table'
import { cn } from '../../lib/cn'
import { Button } from '../../ui/button'
import { ArrowLeftIcon } from '../../ui/icons'
import { CustomerPaymentsSection } from '../customer-payments/customer-payments-section'
import { CustomerTable, type CustomerTableProps } from '../customer-table/customer-table'
import { ThemeScope } from '../../ui/theme-scope'
import { customerKey } from '../../lib/customer-key'
import { useCustomersBrowser, type UseCustomersBrowserOptions } from './use-customers-browser'

type TableProp = 'types' | 'rowActions' | 'hiddenColumns' | 'height' | 'pageSize' | 'getCustomerHref' | 'showCounts' | 'canExport'

export interface CustomersBrowserProps
  extends Pick<CustomerTableProps, TableProp>,
    UseCustomersBrowserOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onChange' | 'defaultValue'> {
  /** No grant, adjust, cancel or refund actions in the customer view. @default false */
  readOnly?: boolean
}

/**
 * The customers page: the customers table, a row opens the customer's payments view with "Back
 * to customers" and "Create checkout", and Back restores the table's type, search, scroll
 * position and focused row. Selected customer, type and search are controllable, so a host can
 * keep them in its URL (browser back then works). Renders {@link useCustomersBrowser}; build your
 * own page on that hook.
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
  defaultSelectedCustomer,
  onSelectedCustomerChange,
  type: typeProp,
  defaultType,
  onTypeChange,
  search: searchProp,
  defaultSearch,
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
  canExport,
  ...props
}, forwardedRef) {
  const tableProps = { types, rowActions, hiddenColumns, height, pageSize, getCustomerHref, showCounts, canExport } satisfies Pick<CustomerTableProps, TableProp>
  const { t, colorScheme } = usePaymentsContext('CustomersBrowser', tableMessages)
  const { rootRef: browserRootRef, backRef, ...browser } = useCustomersBrowser({
    selectedCustomer: selectedProp,
    defaultSelectedCustomer,
    onSelectedCustomerChange,
    type: typeProp,
    defaultType,
    onTypeChange,
    search: searchProp,
    defaultSearch,
    onSearchChange,
  })
  const selected = browser.selectedCustomer
  const rootRef = useRef<HTMLDivElement>(null)
  useImperativeHandle(forwardedRef, () => rootRef.current as HTMLDivElement, [])
  const setRoot = useCallback(
    (element: HTMLDivElement | null) => {
      rootRef.current = element
      browserRootRef(element)
    },
    [browserRootRef],
  )

  return (
    <div
      ref={setRoot}
      data-slot="customers-browser"
      data-view={browser.view}
      data-hx-color-scheme={colorScheme}
      {...props}
      className={cn('hx-root hx-customers-browser', className)}
    >
      <ThemeScope>
        {selected ? (
          <div className="hx-customers-browser__customer" data-slot="customers-browser-customer">
            <div className="hx-customers-browser__bar">
              <Button ref={backRef} variant="ghost" size="sm" onClick={browser.back}>
                <ArrowLeftIcon /> {t('browser.back')}
              </Button>
            </div>
            <CustomerPaymentsSection
              key={customerKey(selected)}
              customerType={selected.type}
              customerId={selected.id}
              readOnly={readOnly}
              canExport={canExport}
            />
          </div>
        ) : (
          <CustomerTable
            {...tableProps}
            {...browser.tableProps}
          />
        )}
      </ThemeScope>
    </div>
  )
})
