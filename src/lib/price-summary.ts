/**
 * Pure, locale-aware one-line summaries of prices ("$9.99 / month · 14-day trial"), shared by the
 * customer payments view and the create-checkout dialog. Every amount and interval goes through
 * the provider's `Intl` formatters; every word through the translator.
 */
import type { Interval, Price, ProductSnapshot } from '../adapter/types'
import type { Formatters } from './format'
import type { Translator } from './messages'
import type { OwnedProductPrice } from './payments'

/** Options of {@link priceSummary} and {@link productPriceSummary}. */
export interface PriceSummaryOptions {
  /** Show only this currency's amount when the price has it (e.g. the currency the customer paid in). @default every currency */
  currency?: string | null
  /** Leave out the free trial. @default false */
  omitTrial?: boolean
}

const ZERO = /^[+-]?0*(?:\.0*)?$/

/** Whether every amount is zero (or there is none): such a price is shown as "Free". */
function isFree(amounts: Record<string, string>): boolean {
  return Object.values(amounts).every((amount) => ZERO.test(amount.trim()))
}

/** The amounts of a price, narrowed to `currency` when the price has it. */
function amountsOf(price: Price, currency: string | null | undefined): Record<string, string> {
  const code = currency?.toUpperCase()
  if (code) {
    const amount = price.amounts[code] ?? price.amounts[currency ?? '']
    if (amount !== undefined) return { [code]: amount }
  }
  return price.amounts
}

/**
 * A free trial as words: `[14, 'day']` → "14-day trial", `[2, 'week']` → "14-day trial",
 * `[1, 'month']` → "1-month trial".
 *
 * @example
 * trialSummary([30, 'day'], t) // '30-day trial'
 */
export function trialSummary(trial: Interval, t: Translator): string {
  const [count, unit] = trial
  if (unit === 'day' || unit === 'week') return t('price.freeTrial', { days: unit === 'week' ? count * 7 : count })
  return t(unit === 'month' ? 'payments.price.trialMonths' : 'payments.price.trialYears', { count })
}

/**
 * One price as a line: its amounts (several currencies joined as a locale list, or "Free"), its
 * billing interval, and its free trial.
 *
 * @example
 * priceSummary({ id: 'm', amounts: { USD: '9.99' }, interval: [1, 'month'], freeTrial: null }, format, t) // '$9.99 / month'
 * priceSummary(price, format, t) // '$29.99, €27.99, ¥4,400 / month · 14-day trial'
 * priceSummary(price, format, t, { currency: 'EUR' }) // '€27.99 / month · 14-day trial'
 */
export function priceSummary(price: Price, format: Formatters, t: Translator, options: PriceSummaryOptions = {}): string {
  const amounts = amountsOf(price, options.currency)
  let text = isFree(amounts) ? t('price.free') : format.moneyList(amounts)
  if (price.interval) text = `${text} ${t('price.perInterval', { interval: format.interval(price.interval) })}`
  if (price.freeTrial && !options.omitTrial) text = `${text} · ${trialSummary(price.freeTrial, t)}`
  return text
}

/**
 * Every price of a product as a line: "Free" without prices, the one price's summary, or the
 * summaries of several prices joined as a locale "or" list.
 *
 * @example
 * productPriceSummary(product, format, t) // '$29.99 / month or $299 / year'
 */
export function productPriceSummary(
  product: Pick<ProductSnapshot, 'prices'>,
  format: Formatters,
  t: Translator,
  options: PriceSummaryOptions = {},
): string {
  const [first, ...rest] = product.prices
  if (!first) return t('price.free')
  if (rest.length === 0) return priceSummary(first, format, t, options)
  return format.list(
    product.prices.map((price) => priceSummary(price, format, t, options)),
    'disjunction',
  )
}

/**
 * What is known of an owned product's price as a line: the price it was bought at (in the currency
 * charged, without the trial), "Free", "Granted", or `null` when nothing says which price.
 *
 * @example
 * ownedPriceSummary(ownedProductPrice(product, transactions), format, t) // '€279.00 / year'
 */
export function ownedPriceSummary(price: OwnedProductPrice, format: Formatters, t: Translator): string | null {
  switch (price.kind) {
    case 'price':
      return priceSummary(price.price, format, t, { currency: price.currency, omitTrial: true })
    case 'free':
      return t('price.free')
    case 'granted':
      return t('payments.products.granted')
    case 'unknown':
      return null
  }
}
