import { useCallback, useMemo, useState } from 'react'
import type { CustomerRef, CustomerType } from '../../adapter/types'
import { useControllableState } from '../../ui/use-controllable-state'

const ALL_TYPES: readonly CustomerType[] = ['user', 'team', 'custom']

/** Options of {@link useCustomerSelector} (also `CustomerSelector`'s props). */
export interface UseCustomerSelectorOptions {
  /** The selected customer (controlled); `null` for none. */
  value?: CustomerRef | null
  /** The initially selected customer (uncontrolled). @default null */
  defaultValue?: CustomerRef | null
  /** Called with the picked customer, or `null` when cleared. */
  onValueChange?: (value: CustomerRef | null) => void
  /** Whether the picker is open (controlled). */
  open?: boolean
  /** Whether the picker starts open (uncontrolled). @default false */
  defaultOpen?: boolean
  /** Called when the picker opens or closes. */
  onOpenChange?: (open: boolean) => void
  /** Customer types that may be picked. @default all three */
  types?: readonly CustomerType[]
  /** Accept a typed id for custom customers ("Use customer 'acme-42'"), since custom customers without activity are not listed. @default true */
  allowFreeFormCustom?: boolean
}

/** What {@link useCustomerSelector} returns. */
export interface CustomerSelectorState {
  /** The selected customer, or `null`. */
  value: CustomerRef | null
  /** Selects a customer (or clears with `null`) without closing the picker. */
  setValue: (value: CustomerRef | null) => void
  /** Whether the picker is open. */
  open: boolean
  /** Opens or closes the picker; opening starts with an empty search. */
  setOpen: (open: boolean) => void
  /** The picker's search text. */
  search: string
  setSearch: (search: string) => void
  /** The types that may be picked. */
  types: readonly CustomerType[]
  /** The typed id a custom customer can be used by (trimmed search), or `''` when not offered. */
  freeFormId: string
  /** Selects a customer (a table row or any ref) and closes the picker. */
  pick: (customer: CustomerRef) => void
  /** Selects the custom customer {@link CustomerSelectorState.freeFormId} and closes the picker. */
  pickFreeForm: () => void
}

/**
 * The state of a customer picker: the selected customer (`value / defaultValue / onValueChange`),
 * whether the picker is open, its search, and which custom id a typed search offers. The
 * `CustomerSelector` component renders it; build your own picker on it with `CustomerTable` in
 * picker mode.
 *
 * @example
 * const selector = useCustomerSelector({ types: ['team'], onValueChange: setTeam })
 * <button onClick={() => selector.setOpen(true)}>{selector.value?.id ?? 'Choose a team'}</button>
 * {selector.open ? (
 *   <CustomerTable mode="picker" types={selector.types} search={selector.search}
 *     onSearchChange={selector.setSearch} onCustomerSelect={selector.pick} />
 * ) : null}
 */
export function useCustomerSelector(options: UseCustomerSelectorOptions = {}): CustomerSelectorState {
  const { types = ALL_TYPES, allowFreeFormCustom = true } = options
  const [value, setValue] = useControllableState<CustomerRef | null>({
    value: options.value,
    defaultValue: options.defaultValue ?? null,
    onValueChange: options.onValueChange,
    name: 'CustomerSelector',
  })
  const [open, setOpenState] = useControllableState({
    value: options.open,
    defaultValue: options.defaultOpen ?? false,
    onValueChange: options.onOpenChange,
    name: 'CustomerSelector (open)',
  })
  const [search, setSearch] = useState('')
  const setOpen = useCallback(
    (next: boolean) => {
      if (next) setSearch('')
      setOpenState(next)
    },
    [setOpenState],
  )
  const freeFormId = allowFreeFormCustom && types.includes('custom') ? search.trim() : ''
  const pick = useCallback(
    (customer: CustomerRef) => {
      setValue({ type: customer.type, id: customer.id })
      setOpenState(false)
    },
    [setValue, setOpenState],
  )
  const pickFreeForm = useCallback(() => {
    if (freeFormId) pick({ type: 'custom', id: freeFormId })
  }, [freeFormId, pick])
  return useMemo(
    () => ({ value, setValue, open, setOpen, search, setSearch, types, freeFormId, pick, pickFreeForm }),
    [value, setValue, open, setOpen, search, types, freeFormId, pick, pickFreeForm],
  )
}
