import { useCallback, useEffect, useMemo, useRef, useState, type RefCallback } from 'react'
import type { Customer, CustomerRef, CustomerTypeFilter } from '../../adapter/types'
import { customerKey } from '../../lib/customer-key'
import { focusWhenPresent } from '../../ui/return-focus'
import { useControllableState } from '../../ui/use-controllable-state'
import type { UseCustomerTableOptions } from '../customer-table/use-customer-table'

/** The table's filters (type and search), kept by the browser while a customer is open. */
type FilterOptions = 'type' | 'defaultType' | 'onTypeChange' | 'search' | 'defaultSearch' | 'onSearchChange'

/** Options of {@link useCustomersBrowser} (also `CustomersBrowser`'s props): selected customer, type and search, each controllable. */
export interface UseCustomersBrowserOptions extends Pick<UseCustomerTableOptions, FilterOptions> {
  /** The customer whose view is open (controlled); `null` shows the table. */
  selectedCustomer?: CustomerRef | null
  /** The customer whose view is open at first (uncontrolled). @default null */
  defaultSelectedCustomer?: CustomerRef | null
  /** Called when a row is opened (with the customer) or the view is left (with `null`). */
  onSelectedCustomerChange?: (customer: CustomerRef | null) => void
}

/** Props for the `CustomerTable` of a browser: filters, opening a row and the saved scroll offset. */
export interface CustomersBrowserTableProps {
  type: CustomerTypeFilter
  onTypeChange: (type: CustomerTypeFilter) => void
  search: string
  onSearchChange: (search: string) => void
  onCustomerOpen: (customer: Customer) => void
  initialScrollOffset: number
  onScrollOffsetChange: (offset: number) => void
}

/** What {@link useCustomersBrowser} returns. */
export interface CustomersBrowserState {
  /** `table` while no customer is open, `customer` while one is. */
  view: 'table' | 'customer'
  /** The open customer, or `null`. */
  selectedCustomer: CustomerRef | null
  /** Opens a customer's view, remembering the table's scroll offset and the row to come back to. */
  open: (customer: CustomerRef) => void
  /** Back to the table (type, search and scroll offset restored, focus on the opened row). */
  back: () => void
  type: CustomerTypeFilter
  setType: (type: CustomerTypeFilter) => void
  search: string
  setSearch: (search: string) => void
  /** The table's scroll offset when the open customer was opened (restored on Back). */
  savedScrollOffset: number
  /** Spread onto the browser's `CustomerTable`. */
  tableProps: CustomersBrowserTableProps
  /** Ref for the element around the table: the opened row is looked up inside it when coming back. */
  rootRef: RefCallback<HTMLElement>
  /** Ref for the Back button: it takes focus when a customer opens. */
  backRef: RefCallback<HTMLElement>
}

/**
 * The state of a customers page: the customers table, a customer's view opened from a row, and
 * Back, which restores the table's type, search, scroll position and focused row. Selected
 * customer, type and search are controllable (`value / defaultValue / onValueChange` each), so a
 * host can keep them in its URL. `CustomersBrowser` renders it; build your own page on it.
 *
 * @example
 * // Take the refs out: a ref-named property makes React's compiler treat the whole object as a ref.
 * const { rootRef, backRef, ...browser } = useCustomersBrowser({ defaultType: 'team' })
 * <div ref={rootRef}>
 *   {browser.selectedCustomer ? (
 *     <>
 *       <button ref={backRef} onClick={browser.back}>All teams</button>
 *       <CustomerPaymentsSection customerType={browser.selectedCustomer.type} customerId={browser.selectedCustomer.id} />
 *     </>
 *   ) : (
 *     <CustomerTable {...browser.tableProps} />
 *   )}
 * </div>
 */
export function useCustomersBrowser(options: UseCustomersBrowserOptions = {}): CustomersBrowserState {
  const [selected, setSelected] = useControllableState<CustomerRef | null>({
    value: options.selectedCustomer,
    defaultValue: options.defaultSelectedCustomer ?? null,
    onValueChange: options.onSelectedCustomerChange,
    name: 'CustomersBrowser (selectedCustomer)',
  })
  // The table unmounts while a customer is open: its filters live here so Back restores them.
  const [type, setType] = useControllableState({
    value: options.type,
    defaultValue: options.defaultType ?? 'all',
    onValueChange: options.onTypeChange,
    name: 'CustomersBrowser (type)',
  })
  const [search, setSearch] = useControllableState({
    value: options.search,
    defaultValue: options.defaultSearch ?? '',
    onValueChange: options.onSearchChange,
    name: 'CustomersBrowser (search)',
  })
  const scrollOffset = useRef(0)
  const [savedScrollOffset, setSavedScrollOffset] = useState(0)
  const lastOpened = useRef<string | null>(null)
  const rootElement = useRef<HTMLElement | null>(null)
  const backElement = useRef<HTMLElement | null>(null)
  // Callback refs: the host puts them on its own elements (and a hook's result holds no ref object).
  const rootRef = useCallback((element: HTMLElement | null) => {
    rootElement.current = element
  }, [])
  const backRef = useCallback((element: HTMLElement | null) => {
    backElement.current = element
  }, [])

  const open = useCallback(
    (customer: CustomerRef) => {
      lastOpened.current = customerKey(customer)
      setSavedScrollOffset(scrollOffset.current)
      setSelected({ type: customer.type, id: customer.id })
    },
    [setSelected],
  )
  const back = useCallback(() => setSelected(null), [setSelected])

  // Move focus with the view: to Back when a customer opens, to the opened row when coming back
  // (once the table has mounted it).
  const view = selected ? 'customer' : 'table'
  const previousView = useRef(view)
  useEffect(() => {
    if (previousView.current === view) return
    previousView.current = view
    if (view === 'customer') {
      backElement.current?.focus()
      return
    }
    const key = lastOpened.current
    const win = rootElement.current?.ownerDocument.defaultView
    if (!key || !win) return
    return focusWhenPresent(win, () =>
      rootElement.current?.querySelector<HTMLElement>(`[data-slot="customer-table-row"][data-key="${CSS.escape(key)}"]`) ?? null,
    )
  }, [view])

  const tableProps = useMemo(
    () => ({
      type,
      onTypeChange: setType,
      search,
      onSearchChange: setSearch,
      onCustomerOpen: open,
      initialScrollOffset: savedScrollOffset,
      onScrollOffsetChange: (offset: number) => {
        scrollOffset.current = offset
      },
    }),
    [type, setType, search, setSearch, open, savedScrollOffset],
  )

  return {
    view,
    selectedCustomer: selected,
    open,
    back,
    type,
    setType,
    search,
    setSearch,
    savedScrollOffset,
    tableProps,
    rootRef,
    backRef,
  }
}
