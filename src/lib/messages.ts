/**
 * The translator that fills in the UI's messages (the English catalogues are in `messages/`, one
 * per area, merged in `message-catalog.ts`). A host overrides any message by key through
 * `PaymentsProvider`'s `messages` prop.
 *
 * Message syntax (a small subset of ICU MessageFormat, without apostrophe quoting):
 * - `{name}` is replaced by `values.name`; numbers are formatted for the locale.
 * - `{count, plural, =0 {none} one {# item} other {# items}}` picks a branch with
 *   `Intl.PluralRules` (exact `=n` first, then the locale's category, then `other`); `#` is the
 *   formatted number.
 * - A placeholder without a value stays visible as written (`{name}`), so a missing value is
 *   noticed instead of silently dropped.
 * - Text values are bidi-isolated (wrapped in U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL
 *   ISOLATE, the plain-text form of `<bdi>`) whenever the filled-in message holds right-to-left
 *   letters or bidi controls, so a name such as `Pro \u202Eplan` or an Arabic name cannot reorder
 *   the sentence around it. A message that is left-to-right throughout is returned unmarked (the
 *   marks would change nothing there).
 *
 * Loading by area: the provider holds the host's overrides and the locale (`createLocaleMessages`),
 * not the English texts. Each part asks for the catalogues it shows
 * (`usePaymentsContext('CreateCheckoutPriceField', checkoutMessages, productMessages)`) and gets a
 * translator that looks a key up in the host's overrides, then those catalogues, then the common
 * one; its type accepts only those keys. A page therefore carries only the texts of the parts it
 * imports, with no registration at module load (which a bundler may drop). Nothing here imports
 * every catalogue: `defaultMessages` and `createTranslator`, which do, are in `message-catalog.ts`
 * (the `/messages` entry), so a bundler that splits by file, like esbuild, keeps the texts of the
 * parts that load on first use out of a page's first chunks.
 */

import { DEFAULT_ERROR_MESSAGES, toPaymentsError, type PaymentsError } from '../adapter/errors'
import type { MessageKey, Messages } from './message-catalog'
import { commonMessages, errorMessages, type ErrorMessages } from './messages/common'

export type { MessageKey, Messages } from './message-catalog'

/** Values interpolated into a message; numbers are formatted for the locale. */
export type MessageValues = Record<string, string | number>

/**
 * Looks up a message by key and fills in its placeholders. `Key` narrows the keys a part may use
 * to the catalogues it loaded (see `LocaleMessages.using`).
 *
 * Written as a method's type on purpose: a part's narrower translator still passes where any
 * `Translator` is taken (`errorMessage`, the price summaries, table meta), while a call with a key
 * outside its catalogues does not compile.
 */
export type Translator<Key extends string = MessageKey> = {
  translate(key: Key, values?: MessageValues): string
}['translate']

/** A catalogue of English messages by key: one area's (`messages/*.ts`) or `defaultMessages`. */
export type MessageCatalog = Readonly<Record<string, string>>

/** The keys every translator knows: the common catalogue's and `error.<code>`. */
export type CommonMessageKey = keyof typeof commonMessages | keyof ErrorMessages

/** The keys of a list of catalogues. */
export type CatalogKey<Catalogs extends readonly MessageCatalog[]> = {
  [Index in keyof Catalogs]: keyof Catalogs[Index] & string
}[number]

/** The translator of parts that loaded `Catalogs`: their keys and the common ones. */
export type CatalogTranslator<Catalogs extends readonly MessageCatalog[]> = Translator<CommonMessageKey | CatalogKey<Catalogs>>

interface RenderContext {
  number(n: number): string
  plural(n: number): Intl.LDMLPluralRule
}

const NAME = /^\s*([A-Za-z_$][\w$]*)\s*$/
const PLURAL = /^\s*([A-Za-z_$][\w$]*)\s*,\s*plural\s*,([\s\S]*)$/
const SELECTOR = /^\s*(=-?\d+(?:\.\d+)?|[a-z]+)\s*/

/** Index of the `}` closing the `{` at `open`, or -1 when unbalanced. */
function closingBrace(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const char = text[i]
    if (char === '{') depth++
    else if (char === '}' && --depth === 0) return i
  }
  return -1
}

/** Branches of a plural argument (`one {…} other {…}`), or null when malformed. */
function parseBranches(source: string): Map<string, string> | null {
  const branches = new Map<string, string>()
  let rest = source
  while (rest.trim()) {
    const selector = SELECTOR.exec(rest)
    if (!selector?.[1]) return null
    rest = rest.slice(selector[0].length)
    if (!rest.startsWith('{')) return null
    const close = closingBrace(rest, 0)
    if (close === -1) return null
    branches.set(selector[1], rest.slice(1, close))
    rest = rest.slice(close + 1)
  }
  return branches.has('other') ? branches : null
}

function renderArgument(inner: string, values: MessageValues | undefined, ctx: RenderContext): string | null {
  const simple = NAME.exec(inner)
  if (simple?.[1]) {
    const value = values?.[simple[1]]
    if (value === undefined) return null
    return typeof value === 'number' ? ctx.number(value) : value
  }
  const plural = PLURAL.exec(inner)
  if (plural?.[1] && plural[2] !== undefined) {
    const value = values?.[plural[1]]
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN
    if (value === undefined || !Number.isFinite(n)) return null
    const branches = parseBranches(plural[2])
    if (!branches) return null
    const branch = branches.get(`=${n}`) ?? branches.get(ctx.plural(n)) ?? branches.get('other') ?? ''
    const shown = typeof value === 'number' ? ctx.number(value) : value
    return render(branch.replaceAll('#', shown), values, ctx)
  }
  return null
}

/**
 * Characters that can reorder text around them: right-to-left letters (Hebrew, Arabic, Syriac,
 * Thaana, N'Ko… and their presentation forms and supplementary-plane scripts) and the bidi
 * controls (marks, embeddings, overrides, isolates).
 */
const BIDI_SENSITIVE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}\p{Bidi_Control}]/u

const FIRST_STRONG_ISOLATE = '\u2068'
const POP_DIRECTIONAL_ISOLATE = '\u2069'

/** The values with every text value bidi-isolated; numbers are left as they are. */
function isolated(values: MessageValues): MessageValues {
  const out: MessageValues = {}
  for (const [name, value] of Object.entries(values)) {
    out[name] = typeof value === 'string' ? FIRST_STRONG_ISOLATE + value + POP_DIRECTIONAL_ISOLATE : value
  }
  return out
}

function render(template: string, values: MessageValues | undefined, ctx: RenderContext): string {
  let out = ''
  let index = 0
  while (index < template.length) {
    const open = template.indexOf('{', index)
    if (open === -1) return out + template.slice(index)
    const close = closingBrace(template, open)
    if (close === -1) return out + template.slice(index)
    out += template.slice(index, open)
    out += renderArgument(template.slice(open + 1, close), values, ctx) ?? template.slice(open, close + 1)
    index = close + 1
  }
  return out
}

/** The host's messages in one locale, from which each part takes a translator over its catalogues. */
export interface LocaleMessages {
  /** The common messages (errors, async states, the primitives' texts), the host's overrides first. */
  readonly t: Translator<CommonMessageKey>
  /**
   * A translator that looks a key up in the host's overrides, then `catalogs` (in order), then the
   * common catalogue. Memoised: the same catalogues give the same function, so asking on every
   * render costs a map lookup per catalogue.
   */
  using<Catalogs extends readonly MessageCatalog[]>(...catalogs: Catalogs): CatalogTranslator<Catalogs>
}

/** A step of the `using` memo: the translator for the catalogues on the path, and the longer paths. */
interface CatalogNode {
  t?: Translator<string>
  next?: Map<MessageCatalog, CatalogNode>
}

/**
 * The messages of one provider: `overrides` replace the English messages by key (`undefined`
 * entries are ignored), numbers in `values` are formatted with `Intl.NumberFormat(locale)`, plural
 * arguments pick their branch with `Intl.PluralRules(locale)`. It holds no English text but the
 * common catalogue; each part's translator adds the catalogues it asks for (`using`).
 *
 * @example
 * const messages = createLocaleMessages({ 'checkout.title': 'Checkout-Link erstellen' }, 'de-DE')
 * messages.t('state.retry') // 'Retry'
 * messages.using(checkoutMessages)('checkout.title') // 'Checkout-Link erstellen'
 */
export function createLocaleMessages(overrides: Partial<Messages> | undefined, locale: string): LocaleMessages {
  const own: Record<string, string> = {}
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (typeof value === 'string') own[key] = value
  }
  let numberFormat: Intl.NumberFormat | undefined
  let pluralRules: Intl.PluralRules | undefined
  const ctx: RenderContext = {
    number: (n) => (numberFormat ??= new Intl.NumberFormat(locale)).format(n),
    plural: (n) => (pluralRules ??= new Intl.PluralRules(locale)).select(n),
  }
  const root: CatalogNode = {}
  const using = (...catalogs: readonly MessageCatalog[]): Translator<string> => {
    let node = root
    for (const catalog of catalogs) {
      node.next ??= new Map()
      let child = node.next.get(catalog)
      if (!child) node.next.set(catalog, (child = {}))
      node = child
    }
    // One flat object per set of catalogues (the host's overrides last, so they win): a lookup is
    // one property read, as with a single catalogue.
    return (node.t ??= translator(Object.assign({}, commonMessages, errorMessages, ...catalogs, own), ctx))
  }
  return { t: using(), using: using as LocaleMessages['using'] }
}

function translator(messages: Record<string, string>, ctx: RenderContext): Translator<string> {
  return (key, values) => {
    const template = messages[key] ?? key
    if (!template.includes('{')) return template
    const text = render(template, values, ctx)
    return values && BIDI_SENSITIVE.test(text) ? render(template, isolated(values), ctx) : text
  }
}

let english: LocaleMessages | undefined
/** English (en-US) messages without overrides, for parts rendered outside a provider. */
export function englishMessages(): LocaleMessages {
  english ??= createLocaleMessages(undefined, 'en-US')
  return english
}

/** Extra text worth showing for `unknown` / `validation` errors, when the error carries any. */
function errorDetails(error: PaymentsError): string | null {
  if (error.code === 'validation' && error.fieldErrors) {
    const fields = Object.values(error.fieldErrors).filter(Boolean)
    if (fields.length > 0) return fields.join('; ')
  }
  if (error.message && error.message !== DEFAULT_ERROR_MESSAGES[error.code]) return error.message
  const nested = error.details?.message
  return typeof nested === 'string' && nested ? nested : null
}

/**
 * The message to show for a failure: `t('error.<code>')` for a `PaymentsError` (anything else is
 * treated as `unknown`). For `unknown` and `validation` errors that carry their own message or
 * field errors, those are shown too ("Something went wrong: <details>"). Aborted requests are not
 * errors: do not show them at all.
 *
 * @example
 * errorMessage(t, new PaymentsError('product_already_owned')) // 'The customer already owns this product.'
 * errorMessage(t, new Error('socket hang up')) // 'Something went wrong: socket hang up'
 */
export function errorMessage(t: Translator, error: unknown): string {
  const paymentsError = toPaymentsError(error)
  if (paymentsError.code === 'unknown' || paymentsError.code === 'validation') {
    const details = errorDetails(paymentsError)
    if (details) return t(`error.${paymentsError.code}WithDetails`, { details })
  }
  return t(`error.${paymentsError.code}`)
}
