/**
 * The UI's English messages and the translator that fills them in. A host overrides any message
 * by key through `PaymentsProvider`'s `messages` prop.
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
 */

import {
  DEFAULT_ERROR_MESSAGES,
  PAYMENTS_ERROR_CODES,
  toPaymentsError,
  type PaymentsError,
  type PaymentsErrorCode,
} from '../adapter/errors'

const baseMessages = {
  // Customer types
  'customerType.user': 'User',
  'customerType.team': 'Team',
  'customerType.custom': 'Custom',
  'customerType.all': 'All',
  'customerType.label': 'Customer type',
  'customerType.filter.all': 'All',
  'customerType.filter.user': 'Users',
  'customerType.filter.team': 'Teams',
  'customerType.filter.custom': 'Custom',

  // Customers
  'customer.unknown': 'Unknown customer',
  'customer.id': 'ID',
  'customer.copyId': 'Copy ID',
  'customer.idCopied': 'ID copied',

  // Customers table
  'table.label': 'Customers',
  'table.search.label': 'Search customers',
  'table.search.placeholder': 'Search customers…',
  'table.search.clear': 'Clear search',
  'table.filters.clear': 'Clear filters',
  'table.column.customer': 'Customer',
  'table.column.type': 'Type',
  'table.column.email': 'Email',
  'table.column.created': 'Created',
  'table.column.id': 'ID',
  'table.column.actions': 'Actions',
  'table.rowActions': 'Actions for {name}',
  'table.open': 'Open customer',
  'table.select': 'Select',
  'table.selectCustomer': 'Select {name}',
  'table.count': '{count, plural, one {# customer} other {# customers}}',
  'table.countApprox': '{count}+ customers',
  'table.loadingEarlier': 'Loading earlier customers…',
  'table.endOfListCount': 'End of list · {count, plural, one {# customer} other {# customers}}',
  'table.loadMoreFailed': 'Could not load more customers.',
  'table.loadEarlierFailed': 'Could not load earlier customers.',
  'table.refreshFailed': 'Could not refresh the customers.',
  'table.keyboardHint': 'Arrow keys move between customers, Enter opens, Shift+F10 opens the row menu.',
  'table.loadMore': 'Load more',
  'table.loadingMore': 'Loading more customers…',
  'table.endOfList': 'End of list',
  'table.loadedMore': '{count, plural, one {# more customer loaded} other {# more customers loaded}}',

  // Async states
  'state.loading': 'Loading…',
  'state.retry': 'Retry',
  'state.error.title': 'Could not load',
  'state.empty.noCustomers': 'No customers yet',
  'state.empty.noMatches': "No customers match '{search}'",
  'state.empty.noMatchesOfType': 'No {type} customers match the current filters',
  'state.empty.noCustomersDescription': 'Customers appear here once users, teams or custom customers exist.',
  'state.empty.noMatchesDescription': 'Try another search or customer type.',

  // Generic actions
  'action.close': 'Close',
  'action.cancel': 'Cancel',
  'action.copy': 'Copy',
  'action.copied': 'Copied',
  'action.open': 'Open',
  'action.back': 'Back',
  'dialog.close': 'Close dialog',

  // Prices and products
  'price.free': 'Free',
  'price.oneTime': 'One-time',
  'price.perInterval': '/ {interval}',
  'price.freeTrial': '{days}-day trial',
  'product.alreadyOwned': 'Already owned',
  'product.serverOnly': 'Server-only',
  'product.none': 'No products',

  // Transactions
  'transaction.testMode': 'Test mode',
  'transaction.refunded': 'Refunded',
  'transaction.partiallyRefunded': 'Partially refunded',

  // Customers browser
  'browser.back': 'Back to customers',

  // Customer selector
  'selector.none': 'No customer selected',
  'selector.choose': 'Choose customer',
  'selector.change': 'Change',
  'selector.title': 'Choose a customer',
  'selector.description': 'Search and select the customer.',
  'selector.descriptionOfType': 'Search and select one of the {type}.',
  'selector.useCustom': "Use customer '{id}'",

  // Customer payments
  'payments.quantity': '×{quantity}',
  'payments.price.trialMonths': '{count, plural, one {#-month trial} other {#-month trial}}',
  'payments.price.trialYears': '{count, plural, one {#-year trial} other {#-year trial}}',
  'payments.header.error': "Could not load the customer's details.",
  'payments.metrics.title': 'Overview',
  'payments.metrics.error': 'Could not load the overview',
  'payments.metrics.empty': 'No payment activity yet',
  'payments.metrics.totalSpent': 'Total spent',
  'payments.metrics.nothingSpent': 'Nothing yet',
  'payments.metrics.activeSubscriptions': 'Active subscriptions',
  'payments.metrics.productsOwned': 'Products owned',
  'payments.metrics.transactions': 'Transactions',
  'payments.metrics.lastActivity': 'Last activity',
  'payments.metrics.never': 'Never',
  'payments.products.title': 'Products & subscriptions',
  'payments.products.error': 'Could not load products',
  'payments.products.empty': 'No products yet',
  'payments.products.emptyDescription': 'Products appear here once the customer buys or is granted one.',
  'payments.products.grant': 'Grant product',
  'payments.products.granted': 'Granted',
  'payments.products.subscription': 'Subscription',
  'payments.products.inline': 'Inline',
  'payments.products.active': 'Active',
  'payments.products.trial': 'Trial',
  'payments.products.cancelling': 'Cancelling',
  'payments.products.renewsOn': 'Renews on {date}',
  'payments.products.cancelsOn': 'Cancels on {date}',
  'payments.products.trialEndsOn': 'Trial ends on {date}',
  'payments.products.cancel': 'Cancel subscription',
  'payments.products.cancelLabel': 'Cancel subscription: {name}',
  'payments.transactions.title': 'Transactions',
  'payments.transactions.error': 'Could not load transactions',
  'payments.transactions.empty': 'No transactions yet',
  'payments.transactions.emptyDescription': 'Purchases, renewals and balance changes appear here.',
  'payments.transactions.type.purchase': 'Purchase',
  'payments.transactions.type.renewal': 'Renewal',
  'payments.transactions.type.itemChange': 'Balance change',
  'payments.transactions.type.cancellation': 'Cancellation',
  'payments.transactions.type.chargeback': 'Chargeback',
  'payments.transactions.type.productChange': 'Plan change',
  'payments.transactions.type.other': 'Transaction',
  'payments.transactions.revoked': '{count, plural, one {# product revoked} other {# products revoked}}',
  'payments.transactions.noCharge': 'No charge',
  'payments.transactions.refundedAmount': '{amount} refunded',
  'payments.transactions.refund': 'Refund',
  'payments.transactions.refundLabel': 'Refund: {details}, {date}',
  'payments.transactions.loadMore': 'Load more',
  'payments.transactions.shown': '{count, plural, one {# transaction shown} other {# transactions shown}}',
  'payments.items.title': 'Item balances',
  'payments.items.error': 'Could not load item balances',
  'payments.items.empty': 'No items for this customer type',
  'payments.items.adjust': 'Adjust',
  'payments.items.adjustLabel': 'Adjust {name}',
  'payments.items.negative': 'Negative balance: the customer used more than they had.',
  'payments.billing.title': 'Billing',
  'payments.billing.error': 'Could not load billing',
  'payments.billing.none': 'No payment method',
  'payments.billing.noCustomer': 'The customer has not been set up for billing yet.',
  'payments.billing.card': 'Card',
  'payments.billing.cardEnding': '{brand} ending in {last4}',
  'payments.billing.expires': 'Expires {month}/{year}',

  // Create checkout
  'checkout.create': 'Create checkout',
  'checkout.title': 'Create checkout link',
  'checkout.customer': 'Customer',
  'checkout.product': 'Product',
  'checkout.returnUrl': 'Return URL (optional)',
  'checkout.submit': 'Create link',
  'checkout.pending': 'Creating link…',
  'checkout.link': 'Checkout link',
  'checkout.expires': 'Expires {date}',
  'checkout.titleForCustomer': 'Create checkout link',
  'checkout.description': 'Create a payment link the customer can open to buy a product. Links are valid for 24 hours.',
  'checkout.price': 'Price',
  'checkout.quantity': 'Quantity',
  'checkout.returnUrlHint': 'Where the customer lands after paying. Must be an absolute http(s) URL on a trusted domain.',
  'checkout.noProducts': 'No products for {type}',
  'checkout.noProductsDescription': 'Add products for this customer type in the payments configuration.',
  'checkout.ungrouped': 'Other products',
  'checkout.addOn': 'Add-on',
  'checkout.stackable': 'Stackable',
  'checkout.copy': 'Copy link',
  'checkout.copied': 'Link copied',
  'checkout.copyFailed': 'Could not copy. Select the link and copy it yourself.',
  'checkout.openInNewTab': 'Open in new tab',
  'checkout.createAnother': 'Create another',
  'checkout.done': 'Done',
  'checkout.created': 'Checkout link created',
  'checkout.expiresIn': 'Expires {relative}',
  'checkout.expiresInHours': '{hours, plural, one {Expires in # hour} other {Expires in # hours}}',
  'checkout.retry': 'Try again',
  'checkout.productsLoadFailed': 'Could not load products.',
  'checkout.error.customerRequired': 'Choose a customer.',
  'checkout.error.productRequired': 'Choose a product.',
  'checkout.error.quantity': 'Enter a whole number of at least 1.',
  'checkout.error.returnUrl': 'Enter an absolute URL starting with https:// or http://.',

  // Customer actions: grant product, adjust item, cancel subscription, refund transaction
  'actions.grant.title': 'Grant product',
  'actions.grant.description': 'Give the customer a product without charging them.',
  'actions.grant.product': 'Product',
  'actions.grant.quantity': 'Quantity',
  'actions.grant.quantityHint': 'This product is stackable: the customer can own several.',
  'actions.grant.submit': 'Grant product',
  'actions.grant.pending': 'Granting…',
  'actions.grant.error.product': 'Choose a product.',
  'actions.grant.error.quantity': 'Enter a whole number of at least 1.',
  'actions.adjust.title': 'Adjust {item}',
  'actions.adjust.description': "Add to or take from the customer's balance. The change is recorded as a transaction.",
  'actions.adjust.change': 'Change',
  'actions.adjust.changeHint': 'A positive number adds, a negative number takes away.',
  'actions.adjust.decrease': 'Decrease by 1',
  'actions.adjust.increase': 'Increase by 1',
  'actions.adjust.note': 'Description (optional)',
  'actions.adjust.noteHint': 'Shown with the transaction, e.g. why the balance changed.',
  'actions.adjust.expiresAt': 'Expires (optional)',
  'actions.adjust.expiresAtHint': 'In your local time. Leave empty if the change never expires.',
  'actions.adjust.current': 'Current balance',
  'actions.adjust.result': 'After the change',
  'actions.adjust.negativeWarning': 'The balance will be negative ({quantity}). The change is applied anyway.',
  'actions.adjust.submit': 'Apply change',
  'actions.adjust.pending': 'Applying…',
  'actions.adjust.error.change': 'Enter a whole number other than 0.',
  'actions.adjust.error.expiresAt': 'Enter a date and time in the future.',
  'actions.cancelSubscription.title': 'Cancel subscription?',
  'actions.cancelSubscription.description': '{name} stays active until {date}, then ends.',
  'actions.cancelSubscription.descriptionNoDate': '{name} stays active until the end of the current period, then ends.',
  'actions.cancelSubscription.keep': 'Keep subscription',
  'actions.cancelSubscription.submit': 'Cancel subscription',
  'actions.cancelSubscription.pending': 'Cancelling…',
  'actions.refund.title': 'Refund transaction?',
  'actions.refund.description': 'The money goes back to the customer. A full refund also takes the product away.',
  'actions.refund.purchase': 'Purchase',
  'actions.refund.line': '{name} × {quantity}',
  'actions.refund.charged': 'Charged',
  'actions.refund.date': 'Date',
  'actions.refund.nothingCharged': 'Nothing was charged',
  'actions.refund.amount': 'Amount to refund ({currency}, optional)',
  'actions.refund.amountHint': 'Leave empty to refund the full {amount}.',
  'actions.refund.submit': 'Refund',
  'actions.refund.submitAmount': 'Refund {amount}',
  'actions.refund.pending': 'Refunding…',
  'actions.refund.error.amountFormat': 'Enter an amount such as {example}.',
  'actions.refund.error.amountPositive': 'Enter an amount above 0.',
  'actions.refund.error.amountTooHigh': 'Enter at most {amount}, the amount charged.',

  // Errors with details (the plain `error.<code>` messages come from DEFAULT_ERROR_MESSAGES)
  'error.unknownWithDetails': 'Something went wrong: {details}',
  'error.validationWithDetails': 'Some values are not valid: {details}',
}

type ErrorMessages = { [Code in PaymentsErrorCode as `error.${Code}`]: string }

const errorMessages = Object.fromEntries(
  PAYMENTS_ERROR_CODES.map((code) => [`error.${code}`, DEFAULT_ERROR_MESSAGES[code]]),
) as ErrorMessages

/**
 * Every English message of the UI, by key. Error messages (`error.<code>`) are derived from
 * `DEFAULT_ERROR_MESSAGES`, one per `PaymentsErrorCode`.
 *
 * @example
 * <PaymentsProvider adapter={adapter} locale="de-DE" messages={{ 'state.retry': 'Erneut versuchen' }} />
 */
export const defaultMessages: Readonly<typeof baseMessages & ErrorMessages> = Object.freeze({
  ...baseMessages,
  ...errorMessages,
})

/** A message key, e.g. `'state.retry'` or `'error.product_already_owned'`. */
export type MessageKey = keyof typeof defaultMessages

/** A full set of messages; the provider's `messages` prop takes a `Partial<Messages>`. */
export type Messages = Record<MessageKey, string>

/** Values interpolated into a message; numbers are formatted for the locale. */
export type MessageValues = Record<string, string | number>

/** Looks up a message by key and fills in its placeholders. */
export type Translator = (key: MessageKey, values?: MessageValues) => string

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

/**
 * Creates the translator for one locale: `overrides` replace the English messages by key
 * (`undefined` entries are ignored), numbers in `values` are formatted with
 * `Intl.NumberFormat(locale)`, plural arguments pick their branch with `Intl.PluralRules(locale)`.
 *
 * @example
 * const t = createTranslator({ 'state.retry': 'Erneut versuchen' }, 'de-DE')
 * t('state.retry') // 'Erneut versuchen'
 * t('table.loadedMore', { count: 1200 }) // '1.200 more customers loaded'
 * t('state.empty.noMatches', { search: 'acme' }) // "No customers match 'acme'"
 */
export function createTranslator(overrides: Partial<Messages> | undefined, locale: string): Translator {
  const messages: Record<string, string> = { ...defaultMessages }
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (typeof value === 'string') messages[key] = value
  }
  let numberFormat: Intl.NumberFormat | undefined
  let pluralRules: Intl.PluralRules | undefined
  const ctx: RenderContext = {
    number: (n) => (numberFormat ??= new Intl.NumberFormat(locale)).format(n),
    plural: (n) => (pluralRules ??= new Intl.PluralRules(locale)).select(n),
  }
  return (key, values) => {
    const template = messages[key] ?? key
    if (!template.includes('{')) return template
    const text = render(template, values, ctx)
    return values && BIDI_SENSITIVE.test(text) ? render(template, isolated(values), ctx) : text
  }
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
