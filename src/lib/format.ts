/**
 * Locale-aware formatting of money, numbers, dates and billing intervals, all through `Intl`.
 * Nothing here assumes en-US or USD: the locale comes from the provider and every currency
 * comes with its amount.
 */

import type { Interval } from '../adapter/types'

/** How a sign is shown on an amount. `auto` shows a minus on negative non-zero amounts only. */
export type SignDisplay = 'auto' | 'always' | 'exceptZero'

/** Options of {@link Formatters.money}. */
export interface MoneyOptions {
  /** @default 'auto' */
  signDisplay?: SignDisplay
}

/** Length of a formatted date. */
export type DateStyle = 'short' | 'medium' | 'long'

/** Options of {@link createFormatters}. */
export interface FormattersOptions {
  /**
   * IANA time zone for dates and times (`'Europe/Berlin'`, `'UTC'`).
   * @default the runtime's time zone
   */
  timeZone?: string
}

/** Formatters bound to one locale. Create them with {@link createFormatters}. */
export interface Formatters {
  /** The BCP 47 locale these formatters use. */
  readonly locale: string
  /**
   * A decimal amount in major units (`'9.99'`, `'-3.5'`, `'123456789012.34'`) in the currency's
   * own fraction digits, without going through a JS number (no precision loss). A malformed amount
   * or currency code is shown as-is (`'abc USD'`) rather than as `NaN`.
   */
  money(amount: string, currency: string, options?: MoneyOptions): string
  /** Several currencies' amounts as one locale list (`'$9.99, €8.99'`); `''` when empty. */
  moneyList(amounts: Record<string, string>): string
  /** A plain number with the locale's grouping and decimals (`'1,234.5'`). */
  number(n: number): string
  /**
   * A count for labels: exact below 10,000 (`'1,234'`), compact above (`'12.3K'`, `'1.2M'`, rounded
   * down), with a trailing `+` when `approximate` (`'1,000+'`).
   */
  compactCount(n: number, approximate?: boolean): string
  /** A calendar date from an ISO-8601 string; an unparsable string is returned as-is. */
  date(iso: string, style?: DateStyle): string
  /** A date and time (medium date, short time) from an ISO-8601 string. */
  dateTime(iso: string): string
  /** The distance to `now` in the best unit: `'in 3 days'`, `'2 hours ago'`, `'yesterday'`, `'now'`. */
  relative(iso: string, now?: Date): string
  /** A billing interval: `'month'` for `[1, 'month']`, `'3 months'` for `[3, 'month']`. */
  interval(interval: Interval): string
  /** Strings joined as a locale list (`'a, b, and c'`). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction' | 'unit'): string
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/

/** A plain decimal string (`'9.99'`, `'-3.5'`, `'1200'`), which `Intl.NumberFormat` formats exactly. */
function isDecimal(value: string): value is Intl.StringNumericLiteral {
  return DECIMAL.test(value)
}

const RELATIVE_STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
]
const DAY_SECONDS = 86_400
const COMPACT_FROM = 10_000

/**
 * Creates formatters for one locale. Each formatter object caches its `Intl` instances, so keep
 * one per locale (the provider does) rather than creating it per render.
 *
 * @example
 * const format = createFormatters('de-DE')
 * format.money('1234.5', 'EUR') // '1.234,50 €'
 * format.money('1200', 'JPY') // '1.200 ¥' (JPY has no minor unit)
 * format.compactCount(1000, true) // '1.000+'
 * format.interval([3, 'month']) // '3 Monate'
 * format.relative('2024-03-08T12:00:00Z', new Date('2024-03-05T12:00:00Z')) // 'in 3 Tagen'
 */
export function createFormatters(locale: string, options: FormattersOptions = {}): Formatters {
  const { timeZone } = options
  const cache = new Map<string, unknown>()

  /** One `Intl` instance per key, created on first use. */
  function cached<T>(key: string, create: () => T): T {
    const hit = cache.get(key)
    if (hit !== undefined) return hit as T
    const made = create()
    cache.set(key, made)
    return made
  }

  const numberFormat = () => cached('number', () => new Intl.NumberFormat(locale))

  function currencyFormat(currency: string, signDisplay: SignDisplay): Intl.NumberFormat | null {
    const code = currency.toUpperCase()
    return cached(`currency|${code}|${signDisplay}`, () => {
      try {
        return new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: code,
          // `negative` keeps "-0.001" from rendering as "-$0.00".
          signDisplay: signDisplay === 'auto' ? 'negative' : signDisplay,
        })
      } catch {
        return null // malformed currency code
      }
    })
  }

  function toDate(iso: string): Date | null {
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? null : date
  }

  function money(amount: string, currency: string, moneyOptions: MoneyOptions = {}): string {
    const value = amount.trim()
    if (!isDecimal(value)) return `${amount} ${currency}`
    const format = currencyFormat(currency, moneyOptions.signDisplay ?? 'auto')
    // Intl.NumberFormat formats decimal strings exactly (no trip through a float).
    if (!format) return `${numberFormat().format(value)} ${currency}`
    return format.format(value)
  }

  function list(items: readonly string[], type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
    const format = cached(`list|${type}`, () => new Intl.ListFormat(locale, { type, style: type === 'unit' ? 'short' : 'long' }))
    return format.format(items)
  }

  function compactCount(n: number, approximate = false): string {
    const text =
      Math.abs(n) < COMPACT_FROM
        ? numberFormat().format(n)
        : cached(
            'compact',
            () =>
              new Intl.NumberFormat(locale, {
                notation: 'compact',
                maximumFractionDigits: 1,
                roundingMode: 'trunc',
              }),
          ).format(n)
    return approximate ? `${text}+` : text
  }

  function date(iso: string, style: DateStyle = 'medium'): string {
    const value = toDate(iso)
    if (!value) return iso
    return cached(`date|${style}`, () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone })).format(value)
  }

  function dateTime(iso: string): string {
    const value = toDate(iso)
    if (!value) return iso
    return cached(
      'dateTime',
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
    ).format(value)
  }

  function relative(iso: string, now: Date = new Date()): string {
    const value = toDate(iso)
    if (!value) return iso
    const format = cached('relative', () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }))
    const seconds = (value.getTime() - now.getTime()) / 1000
    // Walk up the units while the rounded amount would overflow into the next one
    // (so 59.6 minutes reads "in 1 hour", never "in 60 minutes").
    let amount = seconds
    for (const [unit, size] of RELATIVE_STEPS) {
      if (Math.abs(Math.round(amount)) < size) return format.format(Math.round(amount), unit)
      amount /= size
    }
    const days = seconds / DAY_SECONDS
    if (Math.abs(Math.round(days / 7)) < 5 && Math.abs(days) < 30) return format.format(Math.round(days / 7), 'week')
    const months = days / (365.2425 / 12)
    if (Math.abs(Math.round(months)) < 12) return format.format(Math.round(months), 'month')
    return format.format(Math.round(days / 365.2425), 'year')
  }

  function interval([count, unit]: Interval): string {
    if (count !== 1) {
      return cached(
        `unit|${unit}`,
        () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }),
      ).format(count)
    }
    // A single period reads as the bare unit name ("month", "Monat", "月"), as in "$9.99 / month".
    return cached(`intervalName|${unit}`, () => unitName(unit))
  }

  /** The locale's name of a calendar field, or the unit's singular form without its number. */
  function unitName(unit: Interval[1]): string {
    try {
      const name = new Intl.DisplayNames(locale, { type: 'dateTimeField' }).of(
        unit === 'week' ? 'weekOfYear' : unit,
      )
      if (name) return name
    } catch {
      // Older runtimes without dateTimeField names: fall through.
    }
    const parts = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).formatToParts(1)
    const name = parts
      .filter((part) => part.type === 'unit')
      .map((part) => part.value)
      .join('')
      .trim()
    return name || unit
  }

  return {
    locale,
    money,
    moneyList(amounts) {
      return list(
        Object.entries(amounts).map(([currency, amount]) => money(amount, currency)),
        'unit',
      )
    },
    number(n) {
      return numberFormat().format(n)
    },
    compactCount,
    date,
    dateTime,
    relative,
    interval,
    list,
  }
}
