import { forwardRef, memo, useId, type ComponentPropsWithoutRef } from 'react'
import type { CustomerType, CustomerTypeFilter, PageTotal } from '../../adapter/types'
import { useControllableState } from '../../ui/use-controllable-state'
import { useLocaleTools } from '../../data/use-locale-tools'
import { customerMessages } from '../../lib/messages/customer'
import { cn } from '../../lib/cn'
import { useThemeRoot } from '../theme-root'

const ALL_TYPES: readonly CustomerType[] = ['user', 'team', 'custom']

export interface CustomerTypeSelectProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'dir' | 'onChange'> {
  /** The selected type (controlled). */
  value?: CustomerTypeFilter
  /** The initially selected type (uncontrolled). @default 'all', or the first of `types` without `includeAll` */
  defaultValue?: CustomerTypeFilter
  /** Called when the user picks a type. */
  onValueChange?: (value: CustomerTypeFilter) => void
  /** Offer "All". @default true */
  includeAll?: boolean
  /** The types offered, in order. @default ['user', 'team', 'custom'] */
  types?: readonly CustomerType[]
  /** Labels instead of the provider's messages. */
  labels?: Partial<Record<CustomerTypeFilter, string>>
  /** Totals to show next to each option ("1,000+" when approximate). */
  counts?: Partial<Record<CustomerTypeFilter, PageTotal>>
  /** @default false */
  disabled?: boolean
}

// Native radios, one `name` per group: the browser gives the radio-group keyboard behaviour (one
// Tab stop at the checked item, arrow keys move and select with wrap-around and follow the
// direction, Space selects) with no JavaScript and no extra commits while the table mounts.
// Each radio is named by its label and its count as two parts (aria-labelledby), not by the
// <label>'s whole text: the name reads "Teams 412", and a label that matches "Teams" exactly still
// does once the counts arrive (a locator made before them, e.g. Vitest's from an element, keeps
// finding the radio).
// Memoized: a table's filter would otherwise render again with every page of rows, while its
// value, types and counts stay the same.
/**
 * A segmented choice between All, Users, Teams and Custom: a radio group of native radio inputs
 * (Tab enters it at the checked item, arrow keys move and select). Each item is a `<label>` with
 * its radio laid invisibly over it. Works inside or outside `PaymentsProvider`.
 *
 * @selector [data-slot="customer-type-select"] — the `role="radiogroup"` root; `[data-disabled]` when disabled
 * @selector [data-slot="customer-type-select-item"][data-state="checked" | "unchecked"][data-value] — the item (`<label>`); `[data-disabled]` when disabled; its radio is the `input[type="radio"]` inside
 * @selector [data-slot="customer-type-select-count"] — an item's total
 * @example
 * <CustomerTypeSelect value={type} onValueChange={setType} counts={{ all: { count: 1200 } }} />
 */
export const CustomerTypeSelect = memo(forwardRef<HTMLDivElement, CustomerTypeSelectProps>(function CustomerTypeSelect(
  {
    value: valueProp,
    defaultValue,
    onValueChange,
    includeAll = true,
    types = ALL_TYPES,
    labels,
    counts,
    disabled = false,
    className,
    'aria-label': ariaLabel,
    ...props
  },
  ref,
) {
  const { t, format } = useLocaleTools(customerMessages)
  const id = useId()
  const options: CustomerTypeFilter[] = includeAll ? ['all', ...types] : [...types]
  const [value, setValue] = useControllableState<CustomerTypeFilter>({
    value: valueProp,
    defaultValue: defaultValue ?? options[0] ?? 'all',
    onValueChange,
    name: 'CustomerTypeSelect',
  })

  const themeRoot = useThemeRoot(cn('hx-type-select', className))
  return (
    <div
      ref={ref}
      role="radiogroup"
      data-slot="customer-type-select"
      data-disabled={disabled ? '' : undefined}
      aria-label={ariaLabel ?? t('customerType.label')}
      {...props}
      {...themeRoot}
    >
      {options.map((option) => {
        const label = labels?.[option] ?? t(`customerType.filter.${option}`)
        const total = counts?.[option]
        const checked = value === option
        const labelId = `${id}-${option}`
        const countId = `${labelId}-count`
        return (
          <label
            key={option}
            data-slot="customer-type-select-item"
            data-value={option}
            data-state={checked ? 'checked' : 'unchecked'}
            data-disabled={disabled ? '' : undefined}
            className="hx-type-select__item"
          >
            <input
              type="radio"
              className="hx-type-select__radio"
              name={id}
              value={option}
              checked={checked}
              disabled={disabled}
              onChange={() => setValue(option)}
              aria-labelledby={total ? `${labelId} ${countId}` : labelId}
            />
            <span id={labelId}>{label}</span>
            {total ? (
              <span id={countId} className="hx-type-select__count" data-slot="customer-type-select-count">
                {format.compactCount(total.count, total.approximate)}
              </span>
            ) : null}
          </label>
        )
      })}
    </div>
  )
}))
