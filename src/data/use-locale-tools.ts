import { createFormatters, type Formatters } from '../lib/format'
import { englishMessages, type CatalogTranslator, type MessageCatalog, type Translator } from '../lib/messages'
import { useOptionalPaymentsContext, withMessages } from './payments-context'

let englishFormat: Formatters | undefined
/** The English tools of each translator, made once (a part asks on every render). */
const englishTools = new WeakMap<Translator<string>, { t: Translator<string>; format: Formatters }>()

/**
 * The provider's translator (over the common messages and `catalogs`) and formatters, or English
 * (en-US) ones outside a provider, for parts that also work standalone.
 *
 * @example
 * const { t, format } = useLocaleTools(customerMessages)
 */
export function useLocaleTools<Catalogs extends readonly MessageCatalog[]>(
  ...catalogs: Catalogs
): { t: CatalogTranslator<Catalogs>; format: Formatters } {
  const context = useOptionalPaymentsContext()
  if (context) return withMessages(context, catalogs)
  const t: Translator<string> = englishMessages().using(...catalogs)
  let tools = englishTools.get(t)
  if (!tools) englishTools.set(t, (tools = { t, format: (englishFormat ??= createFormatters('en-US')) }))
  return tools
}
