import { forwardRef, memo, type ComponentPropsWithoutRef } from 'react'
import * as RadioGroup from '@radix-ui/react-radio-group'
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

// Memoized: a table's filter would otherwise render its Radix radio group (a few dozen components)
// again with every page of rows, while its value, types and counts stay the same.
/**
 * A segmented choice between All, Users, Teams and Custom (a radio group: Tab enters it, arrow
 * keys move and select). Works inside or outside `PaymentsProvider`.
 *
 * @selector [data-slot="customer-type-select"]
 * @selector [data-slot="customer-type-select-item"][data-state="checked" | "unchecked"][data-value]
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
  const options: CustomerTypeFilter[] = includeAll ? ['all', ...types] : [...types]
  const [value, setValue] = useControllableState<CustomerTypeFilter>({
    value: valueProp,
    defaultValue: defaultValue ?? options[0] ?? 'all',
    onValueChange,
    name: 'CustomerTypeSelect',
  })

  const themeRoot = useThemeRoot(cn('hx-type-select', className))
  return (
    <RadioGroup.Root
      ref={ref}
      data-slot="customer-type-select"
      orientation="horizontal"
      loop
      value={value}
      onValueChange={(next) => setValue(next as CustomerTypeFilter)}
      disabled={disabled}
      aria-label={ariaLabel ?? t('customerType.label')}
      {...props}
      {...themeRoot}
    >
      {options.map((option) => {
        const label = labels?.[option] ?? t(`customerType.filter.${option}`)
        const total = counts?.[option]
        return (
          <RadioGroup.Item
            key={option}
            value={option}
            data-slot="customer-type-select-item"
            data-value={option}
            className="hx-type-select__item"
          >
            <span>{label}</span>
            {total ? (
              <span className="hx-type-select__count" data-slot="customer-type-select-count">
                {format.compactCount(total.count, total.approximate)}
              </span>
            ) : null}
          </RadioGroup.Item>
        )
      })}
    </RadioGroup.Root>
  )
}))
