import { useOptionalPaymentsContext, type ColorScheme } from '../data/payments-context'
import { cn } from '../lib/cn'
import { useInsideThemeRoot } from '../ui/theme-scope'

/** Props for a public component's root element; spread them after the host's props. */
export interface ThemeRootProps {
  className: string
  'data-hx-color-scheme': ColorScheme | undefined
}

/**
 * Makes the root element of a part that hosts may render on its own (a selected customer, the
 * type filter, a checkout button, a payments sub-section) a theme root — `hx-root` and the
 * provider's colour scheme (`inherit` without a provider) — unless it already renders inside one
 * (a table, a section, a dialog). Alone, it then has the library's font and follows
 * `colorScheme`; inside, it adds no second root that would reset the host's token overrides.
 */
export function useThemeRoot(className: string | undefined): ThemeRootProps {
  const context = useOptionalPaymentsContext()
  const inside = useInsideThemeRoot()
  return {
    className: cn(!inside && 'hx-root', className),
    'data-hx-color-scheme': inside ? undefined : (context?.colorScheme ?? 'inherit'),
  }
}
