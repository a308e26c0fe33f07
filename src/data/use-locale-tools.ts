import { createFormatters, type Formatters } from '../lib/format'
import { createTranslator, type Translator } from '../lib/messages'
import { useOptionalPaymentsContext } from './payments-context'

let english: { t: Translator; format: Formatters } | undefined

/**
 * The provider's translator and formatters, or English (en-US) ones outside a provider, for
 * parts that also work standalone.
 */
export function useLocaleTools(): { t: Translator; format: Formatters } {
  const context = useOptionalPaymentsContext()
  if (context) return context
  english ??= { t: createTranslator(undefined, 'en-US'), format: createFormatters('en-US') }
  return english
}
