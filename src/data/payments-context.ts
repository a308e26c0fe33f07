import { createContext, useContext } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import type { PaymentsAdapter } from '../adapter/types'
import type { AdapterCapabilities } from '../adapter/validate'
import type { Formatters } from '../lib/format'
import type { Translator } from '../lib/messages'
import type { ColorScheme } from '../lib/color-scheme'

export type { ColorScheme } from '../lib/color-scheme'

export interface PaymentsContextValue {
  /** The host's adapter wrapped with response validation. */
  adapter: PaymentsAdapter
  /** Prefix of every query key: `['hexclave', <adapter id>]`. */
  queryScope: readonly ['hexclave', number]
  capabilities: AdapterCapabilities
  /** The library's private query client; pass it to every `useQuery(options, queryClient)`. */
  queryClient: QueryClient
  locale: string
  t: Translator
  format: Formatters
  colorScheme: ColorScheme
  /** Where dialogs and menus portal to. */
  portalContainer: HTMLElement | null
}

export const PaymentsContext = createContext<PaymentsContextValue | null>(null)
PaymentsContext.displayName = 'PaymentsContext'

/**
 * The provider's value.
 *
 * @throws Error "`<name>` must be used within `PaymentsProvider`" outside a provider.
 */
export function usePaymentsContext(consumerName: string): PaymentsContextValue {
  const value = useContext(PaymentsContext)
  if (!value) {
    throw new Error(
      `\`${consumerName}\` must be used within \`PaymentsProvider\`. Wrap your component tree in <PaymentsProvider adapter={…}>.`,
    )
  }
  return value
}

/** The provider's value, or `null` outside a provider (for primitives that also work standalone). */
export function useOptionalPaymentsContext(): PaymentsContextValue | null {
  return useContext(PaymentsContext)
}
