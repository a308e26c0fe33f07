import { afterEach, describe, expect, it } from 'vitest'
import { createFormatters } from '../../src/lib/format'

/** Intl puts no-break (U+00A0) and narrow no-break (U+202F) spaces in its output; compare them as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

const NOW = new Date('2024-03-05T12:00:00.000Z')
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000).toISOString()
const MINUTE = 60
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

describe('createFormatters', () => {
  describe('money', () => {
    it.each([
      ['en-US', '9.99', 'USD', '$9.99'],
      ['en-US', '1234.5', 'EUR', '€1,234.50'],
      ['en-US', '1200', 'JPY', '¥1,200'],
      ['en-US', '-3.5', 'USD', '-$3.50'],
      ['en-US', '0', 'USD', '$0.00'],
      ['de-DE', '1234.5', 'EUR', '1.234,50 €'],
      ['de-DE', '9.99', 'USD', '9,99 $'],
      ['de-DE', '-3.5', 'EUR', '-3,50 €'],
      ['ja-JP', '1200', 'JPY', '￥1,200'],
      ['ja-JP', '9.99', 'USD', '$9.99'],
      ['fr-FR', '1234.5', 'EUR', '1 234,50 €'],
      ['fr-FR', '9.99', 'USD', '9,99 $US'],
      ['fr-FR', '0', 'EUR', '0,00 €'],
    ])('formats %s %s %s as %s', (locale, amount, currency, expected) => {
      expect(plain(createFormatters(locale).money(amount, currency))).toBe(expected)
    })

    it('uses the exact spacing characters of the locale', () => {
      expect(createFormatters('fr-FR').money('1234.5', 'EUR')).toBe('1\u202f234,50\u00a0€')
      expect(createFormatters('de-DE').money('1234.5', 'EUR')).toBe('1.234,50\u00a0€')
    })

    it('uses the currency’s own fraction digits', () => {
      const format = createFormatters('en-US')
      expect(format.money('1200', 'JPY')).toBe('¥1,200')
      expect(format.money('1200.4', 'JPY')).toBe('¥1,200')
      expect(format.money('5', 'EUR')).toBe('€5.00')
      expect(plain(format.money('1.5', 'KWD'))).toBe('KWD 1.500')
    })

    it('keeps every digit of amounts beyond Number precision', () => {
      const format = createFormatters('en-US')
      const amount = '123456789012345678.91'
      expect(format.money(amount, 'USD')).toBe('$123,456,789,012,345,678.91')
      // What a trip through a float would have printed instead:
      expect(format.money(String(Number(amount)), 'USD')).not.toBe('$123,456,789,012,345,678.91')
      expect(plain(createFormatters('de-DE').money('-98765432109876543.21', 'EUR'))).toBe(
        '-98.765.432.109.876.543,21 €',
      )
    })

    it('never shows a minus on an amount that rounds to zero', () => {
      const format = createFormatters('en-US')
      expect(format.money('-0', 'USD')).toBe('$0.00')
      expect(format.money('-0.001', 'USD')).toBe('$0.00')
    })

    it('shows signs on request', () => {
      const format = createFormatters('en-US')
      expect(format.money('5', 'USD', { signDisplay: 'always' })).toBe('+$5.00')
      expect(format.money('-5', 'USD', { signDisplay: 'always' })).toBe('-$5.00')
      expect(format.money('0', 'USD', { signDisplay: 'exceptZero' })).toBe('$0.00')
      expect(format.money('2.5', 'USD', { signDisplay: 'exceptZero' })).toBe('+$2.50')
    })

    it('accepts lower-case currency codes and surrounding whitespace', () => {
      expect(createFormatters('en-US').money(' 9.99 ', 'usd')).toBe('$9.99')
    })

    it('shows malformed amounts and currency codes as they are instead of NaN', () => {
      const format = createFormatters('en-US')
      expect(format.money('abc', 'USD')).toBe('abc USD')
      expect(format.money('1e3', 'USD')).toBe('1e3 USD')
      expect(format.money('9.5', 'US')).toBe('9.5 US')
    })
  })

  describe('moneyList', () => {
    it('joins several currencies with the locale’s list format, in the given order', () => {
      expect(createFormatters('en-US').moneyList({ USD: '9.99', EUR: '8.5' })).toBe('$9.99, €8.50')
      expect(plain(createFormatters('de-DE').moneyList({ EUR: '8.5', USD: '9.99' }))).toBe('8,50 €, 9,99 $')
      expect(createFormatters('ja-JP').moneyList({ JPY: '1500', USD: '10' })).toBe('￥1,500 $10.00')
    })

    it('returns one amount alone and nothing for no amounts', () => {
      const format = createFormatters('en-US')
      expect(format.moneyList({ USD: '-3.5' })).toBe('-$3.50')
      expect(format.moneyList({})).toBe('')
    })
  })

  describe('number and compactCount', () => {
    it('formats numbers with the locale’s grouping and decimal separator', () => {
      expect(createFormatters('en-US').number(-1234.5)).toBe('-1,234.5')
      expect(createFormatters('de-DE').number(1234567.25)).toBe('1.234.567,25')
      expect(plain(createFormatters('fr-FR').number(1234567))).toBe('1 234 567')
    })

    it('shows counts below 10,000 exactly and marks approximate ones with a plus', () => {
      const format = createFormatters('en-US')
      expect(format.compactCount(0)).toBe('0')
      expect(format.compactCount(999)).toBe('999')
      expect(format.compactCount(9999)).toBe('9,999')
      expect(format.compactCount(1000, true)).toBe('1,000+')
      expect(createFormatters('de-DE').compactCount(1000, true)).toBe('1.000+')
    })

    it('shows large counts compactly, rounded down so they never overstate', () => {
      const format = createFormatters('en-US')
      expect(format.compactCount(12_345)).toBe('12.3K')
      expect(format.compactCount(1_999_999)).toBe('1.9M')
      expect(format.compactCount(1_000_000, true)).toBe('1M+')
      expect(plain(createFormatters('de-DE').compactCount(1_234_567))).toBe('1,2 Mio.')
    })
  })

  describe('dates', () => {
    const iso = '2024-03-05T10:00:00.000Z'

    it.each([
      ['en-US', 'short', '3/5/24'],
      ['en-US', 'medium', 'Mar 5, 2024'],
      ['en-US', 'long', 'March 5, 2024'],
      ['de-DE', 'medium', '05.03.2024'],
      ['de-DE', 'long', '5. März 2024'],
      ['ja-JP', 'long', '2024年3月5日'],
      ['fr-FR', 'long', '5 mars 2024'],
    ] as const)('formats a %s date in %s style', (locale, style, expected) => {
      expect(createFormatters(locale, { timeZone: 'UTC' }).date(iso, style)).toBe(expected)
    })

    it('defaults to the medium style', () => {
      expect(createFormatters('en-US', { timeZone: 'UTC' }).date(iso)).toBe('Mar 5, 2024')
    })

    it('formats date and time together', () => {
      expect(plain(createFormatters('en-US', { timeZone: 'UTC' }).dateTime(iso))).toBe('Mar 5, 2024, 10:00 AM')
      expect(createFormatters('de-DE', { timeZone: 'UTC' }).dateTime(iso)).toBe('05.03.2024, 10:00')
    })

    it('renders dates in the requested time zone', () => {
      const format = createFormatters('en-US', { timeZone: 'Asia/Tokyo' })
      expect(format.date('2024-03-05T23:30:00.000Z')).toBe('Mar 6, 2024')
    })

    it('returns an unparsable date string unchanged instead of throwing', () => {
      const format = createFormatters('en-US')
      expect(format.date('not a date')).toBe('not a date')
      expect(format.dateTime('')).toBe('')
      expect(format.relative('2024-13-45', NOW)).toBe('2024-13-45')
    })
  })

  describe('relative', () => {
    it.each([
      [0, 'now'],
      [-30, '30 seconds ago'],
      [5 * MINUTE, 'in 5 minutes'],
      [59.6 * MINUTE, 'in 1 hour'],
      [-2 * HOUR, '2 hours ago'],
      [-DAY, 'yesterday'],
      [DAY, 'tomorrow'],
      [3 * DAY, 'in 3 days'],
      [-6 * DAY, '6 days ago'],
      [14 * DAY, 'in 2 weeks'],
      [-45 * DAY, 'last month'],
      [-60 * DAY, '2 months ago'],
      [200 * DAY, 'in 7 months'],
      [400 * DAY, 'next year'],
      [-800 * DAY, '2 years ago'],
    ])('describes an offset of %s seconds as "%s"', (seconds, expected) => {
      expect(createFormatters('en-US').relative(at(seconds), NOW)).toBe(expected)
    })

    it('speaks the locale', () => {
      expect(createFormatters('de-DE').relative(at(3 * DAY), NOW)).toBe('in 3 Tagen')
      expect(createFormatters('fr-FR').relative(at(-2 * HOUR), NOW)).toBe('il y a 2 heures')
      expect(createFormatters('ja-JP').relative(at(-2 * HOUR), NOW)).toBe('2 時間前')
    })
  })

  describe('interval', () => {
    it.each([
      ['en-US', 1, 'month', 'month'],
      ['en-US', 3, 'month', '3 months'],
      ['en-US', 1, 'year', 'year'],
      ['en-US', 2, 'week', '2 weeks'],
      ['en-US', 1, 'week', 'week'],
      ['en-US', 14, 'day', '14 days'],
      ['de-DE', 1, 'month', 'Monat'],
      ['de-DE', 3, 'month', '3 Monate'],
      ['fr-FR', 3, 'month', '3 mois'],
      ['ja-JP', 1, 'month', '月'],
    ] as const)('writes %s [%s, %s] as "%s"', (locale, count, unit, expected) => {
      expect(plain(createFormatters(locale).interval([count, unit]))).toBe(expected)
    })
  })

  describe('list', () => {
    it('joins items with the locale’s conjunction', () => {
      expect(createFormatters('en-US').list(['a', 'b', 'c'])).toBe('a, b, and c')
      expect(createFormatters('de-DE').list(['a', 'b', 'c'])).toBe('a, b und c')
      expect(createFormatters('en-US').list(['a', 'b'], 'disjunction')).toBe('a or b')
    })
  })

  describe('caching', () => {
    const Original = Intl.NumberFormat
    afterEach(() => {
      Intl.NumberFormat = Original
    })

    it('creates each Intl instance once per formatter object', () => {
      let constructed = 0
      Intl.NumberFormat = new Proxy(Original, {
        construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
          constructed += 1
          return new target(...args)
        },
      })
      const format = createFormatters('en-US')
      for (let i = 0; i < 100; i++) {
        format.money(String(i), 'USD')
        format.number(i)
        format.interval([i + 2, 'month'])
      }
      expect(constructed).toBe(3)
      createFormatters('en-US').number(1)
      expect(constructed).toBe(4)
    })
  })
})
