import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react'
import type { Customer } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { customerMessages } from '../../lib/messages/customer'
import { tableMessages } from '../../lib/messages/table'
import { copyText } from '../../lib/clipboard'
import type { AsyncSlots } from '../../ui/async-frame'
import { useOptionalCreateCheckoutDialog } from '../create-checkout/checkout-dialog-context'
import { rowKey, type CustomerRowAction, type CustomerTableColumnId, type CustomerTableMeta } from './customer-table-columns'
import type { CustomerTableContextValue } from './customer-table-context'
import type { CustomerTableState } from './use-customer-table'
import { useWidthClass } from './use-width-class'

/** How rows behave: what opening, picking and the ⋯ menu do. Props of `CustomerTableRoot` and `CustomerTable`. */
export interface CustomerTableRowOptions {
  /** Called when a row is activated (click, Enter). In picker mode `onCustomerSelect` is called instead. */
  onCustomerOpen?: (customer: Customer) => void
  /** Makes each customer's name a real link (middle-click / open in new tab work). */
  getCustomerHref?: (customer: Customer) => string | undefined
  /** Host actions in each row's ⋯ menu ("Copy ID" is always there). */
  rowActions?: (customer: Customer) => CustomerRowAction[]
  /** `picker`: rows carry a "Select" button and activation calls `onCustomerSelect`. @default 'browse' */
  mode?: 'browse' | 'picker'
  /** Called with the picked customer in picker mode. */
  onCustomerSelect?: (customer: Customer) => void
  /** Put "Create checkout" first in each row's menu (opens the provider's shared dialog). @default true */
  showCreateCheckout?: boolean
}

/** How much room the root has for columns (before layout: `wide`, every column shows). */
type WidthClass = 'narrow' | 'medium' | 'wide'
const widthClass = (width: number): WidthClass => (width === 0 || width >= 760 ? 'wide' : width < 560 ? 'narrow' : 'medium')
/** The columns a root of each width class has no room for (hidden beside the host's `hiddenColumns`). */
const AUTO_HIDDEN_COLUMNS: Record<WidthClass, readonly CustomerTableColumnId[]> = {
  narrow: ['id', 'createdAt', 'type'],
  medium: ['createdAt'],
  wide: [],
}

/** How long a row shows "ID copied". */
const COPIED_MS = 1500

/**
 * The view state of a table under `CustomerTableRoot`: the active row (roving tab stop), the row
 * whose menu is open, the row whose id was just copied, the columns the root's width has no room
 * for, and the meta the cells read. Internal: `CustomerTableRoot` calls it and shares the result
 * with the parts.
 */
export function useCustomerTableView(
  table: CustomerTableState,
  options: CustomerTableRowOptions,
  slots: AsyncSlots | undefined,
  height: number | string,
): { rootRef: RefObject<HTMLDivElement | null>; value: CustomerTableContextValue } {
  const { onCustomerOpen, getCustomerHref, rowActions, mode = 'browse', onCustomerSelect, showCreateCheckout = true } = options
  const { t, format } = usePaymentsContext('CustomerTable', tableMessages, customerMessages)
  const [rootRef, rootWidth] = useWidthClass<HTMLDivElement, WidthClass>(widthClass, 'wide')
  const autoHiddenColumns = AUTO_HIDDEN_COLUMNS[rootWidth]
  const [menuOpenKey, setMenuOpenKey] = useState<string | null>(null)
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const [copiedKey, setCopiedKey] = useState<string | null>(null)
  useEffect(() => {
    if (copiedKey === null) return
    const timer = setTimeout(() => setCopiedKey(null), COPIED_MS)
    return () => clearTimeout(timer)
  }, [copiedKey])
  // Create the date formatter while the first page is on its way (after the skeleton is painted):
  // a page's first Intl.DateTimeFormat costs tens of milliseconds of locale loading, which would
  // otherwise land between the rows arriving and their paint.
  useEffect(() => {
    const timer = setTimeout(() => format.date('2000-01-01T00:00:00Z', 'medium'), 0)
    return () => clearTimeout(timer)
  }, [format])
  const focusRowRef = useRef<(key: string) => void>(() => {})
  // One menu is open at a time, so one id serves every row's menu.
  const menuId = `${useId()}row-menu`

  const openCustomer = mode === 'picker' ? onCustomerSelect : onCustomerOpen
  const checkoutDialog = useOptionalCreateCheckoutDialog()
  const createCheckout = showCreateCheckout && checkoutDialog !== null
  const meta = useMemo<CustomerTableMeta>(
    () => ({
      t,
      format,
      mode,
      getCustomerHref,
      onLinkActivate: openCustomer,
      onSelect: onCustomerSelect,
      rowActions,
      menuId,
      menuOpenKey,
      setMenuOpenKey,
      activeKey,
      focusRow: (key) => focusRowRef.current(key),
      createCheckout,
      copiedKey,
      copyId: (customer) => {
        const doc = rootRef.current?.ownerDocument
        if (!doc) return
        void copyText(customer.id, doc).then((ok) => {
          if (ok) setCopiedKey(rowKey(customer))
        })
      },
    }),
    [t, format, mode, getCustomerHref, openCustomer, onCustomerSelect, rowActions, menuId, menuOpenKey, activeKey, rootRef, createCheckout, copiedKey],
  )
  const value = useMemo<CustomerTableContextValue>(
    () => ({ table, mode, slots, autoHiddenColumns, height, meta, setActiveKey, focusRowRef }),
    [table, mode, slots, autoHiddenColumns, height, meta],
  )
  return { rootRef, value }
}
