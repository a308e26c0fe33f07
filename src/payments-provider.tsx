import { useMemo, type ReactNode } from 'react'
import { usePaymentsContext } from './data/payments-context'
import { PaymentsDataProvider, type PaymentsProviderProps } from './data/payments-provider'
import { UiEnvironmentProvider, type UiEnvironment } from './ui/environment'
import { CheckoutDialogHost } from './components/create-checkout/checkout-dialog-host'

/** Hands the data provider's settings to the primitives, which never read the data layer. */
function UiEnvironmentFromData({ children }: { children?: ReactNode }) {
  const { colorScheme, portalContainer, t } = usePaymentsContext('PaymentsProvider')
  const environment = useMemo<UiEnvironment>(() => ({ colorScheme, portalContainer, t }), [colorScheme, portalContainer, t])
  return <UiEnvironmentProvider value={environment}>{children}</UiEnvironmentProvider>
}

/**
 * Injects the adapter and settings into every payments component and owns the one shared
 * create-checkout dialog (`useCreateCheckoutDialog`). It renders no element of its own (the
 * dialog portals only while open) and never adds a `QueryClientProvider`, so the host's own
 * TanStack Query setup is untouched. Unmounting it drops its private query cache (a host-provided
 * `queryClient` keeps its cache).
 *
 * It composes the layers from the bottom up: the data provider (adapter, queries, locale), the
 * UI environment (colour scheme, portal root, text) and the checkout dialog host.
 *
 * @example
 * <PaymentsProvider adapter={createMemoryAdapter()} locale="de-DE">
 *   <CustomersBrowser />
 * </PaymentsProvider>
 */
export function PaymentsProvider({ children, ...props }: PaymentsProviderProps) {
  return (
    <PaymentsDataProvider {...props}>
      <UiEnvironmentFromData>
        <CheckoutDialogHost>{children}</CheckoutDialogHost>
      </UiEnvironmentFromData>
    </PaymentsDataProvider>
  )
}

export type { PaymentsProviderProps }
