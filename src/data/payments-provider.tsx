import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import type { PaymentsAdapter } from '../adapter/types'
import { getCapabilities, validateAdapter } from '../adapter/validate'
import { createFormatters } from '../lib/format'
import { createLocaleMessages, type Messages } from '../lib/messages'
import { PaymentsContext, usePaymentsContext, type ColorScheme, type PaymentsContextValue } from './payments-context'
import { applyPaymentsQueryDefaults, createPaymentsQueryClient } from './query-client'

let nextAdapterId = 1
const adapterIds = new WeakMap<PaymentsAdapter, number>()

/** A number per adapter object, so a new adapter never reads another adapter's cache. */
function adapterId(adapter: PaymentsAdapter): number {
  let id = adapterIds.get(adapter)
  if (id === undefined) {
    id = nextAdapterId++
    adapterIds.set(adapter, id)
  }
  return id
}

export interface PaymentsProviderProps {
  /** The host's backend, implementing the adapter contract. */
  adapter: PaymentsAdapter
  /** BCP 47 locale for messages, money, numbers and dates. @default 'en-US' */
  locale?: string
  /** Overrides of the English messages, by key. */
  messages?: Partial<Messages>
  /**
   * A query client to use instead of the library's private one (it is never shared with host
   * queries otherwise). The library sets its read policy for its own `['hexclave', …]` keys on it.
   * Its cache is the host's: unmounting the provider leaves it untouched (the private client's
   * cache is dropped on unmount).
   */
  queryClient?: QueryClient
  /** Where dialogs and menus portal to (e.g. inside a shadow root). @default document.body */
  portalContainer?: HTMLElement | null
  /** Light, dark, the OS setting, or whatever a host `.dark` / `[data-theme=dark]` ancestor says. @default 'inherit' */
  colorScheme?: ColorScheme
  children?: ReactNode
}

/**
 * The data half of `PaymentsProvider` (src/payments-provider.tsx composes it with the UI
 * environment and the checkout dialog host): the validated adapter, the query client, locale
 * tools and settings, for the data hooks below it. It renders no element and never adds a
 * `QueryClientProvider`. Unmounting it drops its private query cache (a host-provided
 * `queryClient` keeps its cache).
 */
export function PaymentsDataProvider({
  adapter,
  locale = 'en-US',
  messages,
  queryClient: hostQueryClient,
  portalContainer = null,
  colorScheme = 'inherit',
  children,
}: PaymentsProviderProps) {
  const [ownQueryClient] = useState(createPaymentsQueryClient)
  const queryClient = hostQueryClient ?? ownQueryClient
  // Before any query of ours starts (the customer list starts one during render): our retry policy
  // applies to our keys on a host's client too. Idempotent.
  if (hostQueryClient) applyPaymentsQueryDefaults(hostQueryClient)

  // QueryClientProvider normally mounts the client (focus/online listeners); we do it ourselves.
  useEffect(() => {
    queryClient.mount()
    return () => queryClient.unmount()
  }, [queryClient])

  // The private cache goes with the provider (a host that mounts it per route would otherwise keep
  // every mount's cache for gcTime). Not at once: StrictMode (and Fast Refresh) run this cleanup on
  // a throw-away mount and mount again synchronously, and the cache (the first page, requested
  // during render) must survive that. A host's client is never cleared.
  const mounted = useRef(false)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      queueMicrotask(() => {
        if (!mounted.current) ownQueryClient.clear()
      })
    }
  }, [ownQueryClient])

  const validated = useMemo(() => validateAdapter(adapter), [adapter])

  // The host's overrides and the locale, no English text but the common catalogue: each part adds
  // its own area's catalogue (`usePaymentsContext(name, ...catalogues)`).
  const localeMessages = useMemo(() => createLocaleMessages(messages, locale), [messages, locale])
  const format = useMemo(() => createFormatters(locale), [locale])

  const value = useMemo<PaymentsContextValue>(
    () => ({
      adapter: validated,
      queryScope: ['hexclave', adapterId(adapter)] as const,
      capabilities: getCapabilities(adapter),
      queryClient,
      locale,
      messages: localeMessages,
      t: localeMessages.t,
      format,
      colorScheme,
      portalContainer,
    }),
    [validated, adapter, queryClient, locale, localeMessages, format, colorScheme, portalContainer],
  )

  return <PaymentsContext.Provider value={value}>{children}</PaymentsContext.Provider>
}

/**
 * The validated adapter of the nearest `PaymentsProvider`.
 *
 * @throws Error when used outside `PaymentsProvider`.
 * @example
 * const adapter = usePaymentsAdapter()
 * const page = await adapter.listCustomers({ type: 'all', limit: 50, signal })
 */
export function usePaymentsAdapter(): PaymentsAdapter {
  return usePaymentsContext('usePaymentsAdapter').adapter
}
