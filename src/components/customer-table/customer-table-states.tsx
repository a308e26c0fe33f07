import { memo, type CSSProperties, type ReactNode } from 'react'
import type { Column } from '@tanstack/react-table'
import type { Customer } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { customerMessages } from '../../lib/messages/customer'
import { tableMessages } from '../../lib/messages/table'
import { Button } from '../../ui/button'
import { EmptyState } from '../../ui/empty-state'
import { SearchIcon, UsersIcon } from '../../ui/icons'
import type { customerTableFeatures } from './customer-table-columns'
import type { CustomerTableState } from './use-customer-table'

const SKELETON_ROWS = 8

/**
 * The loading rows: shaped like customers in the visible columns, one element per cell (its
 * placeholder blocks are the cell's ::before and ::after, `.hx-skeleton-marks`), so the table's
 * first render builds 48 plain elements instead of 96 with 40 `Skeleton` components. Memoized:
 * the grid renders again right after it mounts (its element becomes the body's scroll element).
 */
export const CustomerTableSkeletonRows = memo(function CustomerTableSkeletonRows({
  columns,
}: {
  columns: Column<typeof customerTableFeatures, Customer>[]
}): ReactNode {
  return (
    <div role="rowgroup" className="hx-ct-body hx-ct-body--skeleton" data-slot="customer-table-skeleton">
      {Array.from({ length: SKELETON_ROWS }, (_, i) => (
        <div
          role="row"
          key={i}
          className="hx-ct-row"
          aria-hidden="true"
          // Lengths that differ from row to row, like names and values do.
          style={{ '--hx-ct-skeleton-name': `${55 + ((i * 17) % 35)}%`, '--hx-ct-skeleton-value': `${50 + ((i * 23) % 40)}%` } as CSSProperties}
        >
          {columns.map((column) => (
            <div key={column.id} className="hx-ct-cell hx-ct-skeleton-cell hx-skeleton-marks" data-column={column.id} />
          ))}
        </div>
      ))}
    </div>
  )
})

/** The default empty state: "no matches for 'acme'" (with Clear filters) apart from "no customers yet". */
export function CustomerTableEmptyState({ state }: { state: CustomerTableState }): ReactNode {
  const { t } = usePaymentsContext('CustomerTableGrid', tableMessages, customerMessages)
  if (!state.isFiltered) {
    return (
      <EmptyState
        className="hx-ct-state"
        icon={<UsersIcon />}
        title={t('state.empty.noCustomers')}
        description={t('state.empty.noCustomersDescription')}
      />
    )
  }
  return (
    <EmptyState
      className="hx-ct-state"
      icon={<SearchIcon />}
      title={
        state.appliedSearch
          ? t('state.empty.noMatches', { search: state.appliedSearch })
          : t('state.empty.noMatchesOfType', { type: t(`customerType.${state.type === 'all' ? 'all' : state.type}`) })
      }
      description={t('state.empty.noMatchesDescription')}
      action={
        <Button variant="outline" size="sm" onClick={state.clearFilters}>
          {t('table.filters.clear')}
        </Button>
      }
    />
  )
}
