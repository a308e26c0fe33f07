import { createContext, useContext } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import type { PaymentsAdapter } from '../adapter/types'
import type { AdapterCapabilities } from '../adapter/validate'
import type { Formatters } from '../lib/format'
import type { CatalogKey, CommonMessageKey, LocaleMessages, MessageCatalog, Translator } from '../lib/messages'
import type { ColorScheme } from '../lib/color-scheme'

export type { ColorScheme } from '../lib/color-scheme'

/**
 * What the provider hands every part. `Key` is what `t` accepts: the common keys, plus the keys
 * of the catalogues the part asked `usePaymentsContext` for.
 */
export interface PaymentsContextValue<Key extends string = CommonMessageKey> {
  /** The host's adapter wrapped with response validation. */
  adapter: PaymentsAdapter
  /** Prefix of every query key: `['hexclave', <adapter id>]`. */
  queryScope: readonly ['hexclave', number]
  capabilities: AdapterCapabilities
  /** The library's private query client; pass it to every `useQuery(options, queryClient)`. */
  queryClient: QueryClient
  locale: string
  /** The host's overrides in this locale; each part takes its translator from it (`using`). */
  messages: LocaleMessages
  /** The translator over the common catalogue and, through `usePaymentsContext`, the part's own. */
  t: Translator<Key>
  format: Formatters
  colorScheme: ColorScheme
  /** Where dialogs and menus portal to. */
  portalContainer: HTMLElement | null
}

export const PaymentsContext = createContext<PaymentsContextValue | null>(null)
PaymentsContext.displayName = 'PaymentsContext'

/** The provider's value with each set of catalogues' translator, made once per value and translator. */
const withCatalogs = new WeakMap<PaymentsContextValue, Map<Translator<string>, PaymentsContextValue<string>>>()

/** `value` with `t` over `catalogs` (the same object for the same value and catalogues). */
export function withMessages<Catalogs extends readonly MessageCatalog[]>(
  value: PaymentsContextValue,
  catalogs: Catalogs,
): PaymentsContextValue<CommonMessageKey | CatalogKey<Catalogs>> {
  if (catalogs.length === 0) return value
  const t: Translator<string> = value.messages.using(...catalogs)
  let byTranslator = withCatalogs.get(value)
  if (!byTranslator) withCatalogs.set(value, (byTranslator = new Map()))
  let derived = byTranslator.get(t)
  if (!derived) byTranslator.set(t, (derived = { ...value, t }))
  return derived
}

/**
 * The provider's value, its `t` over the common messages and `catalogs` (the areas of
 * `src/lib/messages/` the part shows): a key from any other area does not compile.
 *
 * @throws Error "`<name>` must be used within `PaymentsProvider`" outside a provider.
 * @example
 * const { t, format } = usePaymentsContext('CreateCheckoutPriceField', checkoutMessages, productMessages)
 */
export function usePaymentsContext<Catalogs extends readonly MessageCatalog[]>(
  consumerName: string,
  ...catalogs: Catalogs
): PaymentsContextValue<CommonMessageKey | CatalogKey<Catalogs>> {
  const value = useContext(PaymentsContext)
  if (!value) {
    throw new Error(
      `\`${consumerName}\` must be used within \`PaymentsProvider\`. Wrap your component tree in <PaymentsProvider adapter={…}>.`,
    )
  }
  return withMessages(value, catalogs)
}

/** The provider's value, or `null` outside a provider (for primitives that also work standalone). */
export function useOptionalPaymentsContext(): PaymentsContextValue | null {
  return useContext(PaymentsContext)
}
