/**
 * `@hexclave/payments-ui/customer-table`: `CustomerTable`, its parts and hooks, `CustomerTypeSelect`
 * and the customer-list hooks.
 *
 * A page that imports from this entry (and `/provider`) loads only these components' code; the
 * main entry (`@hexclave/payments-ui`) exports the same values. Issue 13, point 3.
 */
export { CustomerTable } from '../components/customer-table/customer-table'
export type { CustomerTableProps } from '../components/customer-table/customer-table'
export type { CustomerRowAction, CustomerTableColumnId } from '../components/customer-table/customer-table-columns'
export { useCustomerTable } from '../components/customer-table/use-customer-table'
export type { CustomerTableState, UseCustomerTableOptions } from '../components/customer-table/use-customer-table'
export { CustomerTableRoot } from '../components/customer-table/customer-table-root'
export type { CustomerTableRootProps } from '../components/customer-table/customer-table-root'
export {
  CustomerTableToolbar,
  CustomerTableTypeFilter,
  CustomerTableSearch,
  CustomerTableLiveRegion,
} from '../components/customer-table/customer-table-toolbar'
export type {
  CustomerTableToolbarProps,
  CustomerTableTypeFilterProps,
  CustomerTableSearchProps,
  CustomerTableLiveRegionProps,
} from '../components/customer-table/customer-table-toolbar'
export { CustomerTableGrid } from '../components/customer-table/customer-table-grid'
export type { CustomerTableGridProps } from '../components/customer-table/customer-table-grid'
export { useCustomerTableContext } from '../components/customer-table/customer-table-context'
export type { CustomerTableRowOptions } from '../components/customer-table/use-customer-table-view'
export { CustomerTypeSelect } from '../components/customer-type-select/customer-type-select'
export type { CustomerTypeSelectProps } from '../components/customer-type-select/customer-type-select'
export { useCustomerList } from '../data/use-customer-list'
export type {
  CustomerListFetch,
  CustomerListPageError,
  CustomerListState,
  CustomerListStatus,
  UseCustomerListParams,
} from '../data/use-customer-list'
export { useCustomerTypeCounts, useCustomerTypeTotals } from '../data/use-customer-type-counts'
export type { CustomerTypeTotal, CustomerTypeTotalStatus } from '../data/use-customer-type-counts'
