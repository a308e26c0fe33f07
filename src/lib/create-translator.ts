/**
 * `createTranslator`: a translator over every message, for hosts (the `/messages` entry). Apart
 * from `messages.ts` because it reaches every area's catalogue through `defaultMessages`, which
 * no module of the components may import (see `message-catalog.ts`).
 */
import { defaultMessages, type Messages } from './message-catalog'
import { createLocaleMessages, type Translator } from './messages'

/**
 * Creates the translator for one locale over every message (`defaultMessages`): `overrides`
 * replace the English messages by key (`undefined` entries are ignored), numbers in `values` are
 * formatted with `Intl.NumberFormat(locale)`, plural arguments pick their branch with
 * `Intl.PluralRules(locale)`.
 *
 * @example
 * const t = createTranslator({ 'state.retry': 'Erneut versuchen' }, 'de-DE')
 * t('state.retry') // 'Erneut versuchen'
 * t('table.loadedMore', { count: 1200 }) // '1.200 more customers loaded'
 * t('state.empty.noMatches', { search: 'acme' }) // "No customers match 'acme'"
 */
export function createTranslator(overrides: Partial<Messages> | undefined, locale: string): Translator {
  return createLocaleMessages(overrides, locale).using(defaultMessages)
}
