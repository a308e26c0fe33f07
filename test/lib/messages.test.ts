import { describe, expect, it } from 'vitest'
import { DEFAULT_ERROR_MESSAGES, PAYMENTS_ERROR_CODES, PaymentsError } from '../../src/adapter/errors'
import { createTranslator } from '../../src/lib/create-translator'
import { defaultMessages, type Messages } from '../../src/lib/message-catalog'
import { errorMessage } from '../../src/lib/messages'

describe('defaultMessages', () => {
  it('has an error.<code> message for every PaymentsErrorCode, taken from DEFAULT_ERROR_MESSAGES', () => {
    for (const code of PAYMENTS_ERROR_CODES) {
      expect(defaultMessages[`error.${code}`]).toBe(DEFAULT_ERROR_MESSAGES[code])
    }
  })

  it('holds only non-empty strings and cannot be mutated', () => {
    for (const value of Object.values(defaultMessages)) {
      expect(typeof value).toBe('string')
      expect(value.length).toBeGreaterThan(0)
    }
    expect(Object.isFrozen(defaultMessages)).toBe(true)
  })
})

describe('createTranslator', () => {
  const t = createTranslator(undefined, 'en-US')

  it('returns the English message for a key', () => {
    expect(t('state.retry')).toBe('Retry')
    expect(t('customerType.team')).toBe('Team')
  })

  it('fills in string placeholders', () => {
    expect(t('state.empty.noMatches', { search: 'acme' })).toBe("No customers match 'acme'")
    expect(t('price.perInterval', { interval: 'month' })).toBe('/ month')
  })

  it('formats numbers in values for the locale', () => {
    expect(t('price.freeTrial', { days: 14 })).toBe('14-day trial')
    expect(t('table.loadedMore', { count: 1200 })).toBe('1,200 more customers loaded')
    expect(createTranslator(undefined, 'de-DE')('table.loadedMore', { count: 1200 })).toBe(
      '1.200 more customers loaded',
    )
  })

  it('picks the plural branch for the count', () => {
    expect(t('table.loadedMore', { count: 1 })).toBe('1 more customer loaded')
    expect(t('table.loadedMore', { count: 2 })).toBe('2 more customers loaded')
  })

  it('keeps a placeholder without a value visible', () => {
    expect(t('state.empty.noMatches')).toBe("No customers match '{search}'")
    expect(t('price.freeTrial', { other: 1 })).toBe('{days}-day trial')
    expect(t('table.loadedMore')).toBe(
      '{count, plural, one {# more customer loaded} other {# more customers loaded}}',
    )
  })

  it('never interprets braces inside values', () => {
    expect(t('state.empty.noMatches', { search: '{count}' })).toBe("No customers match '{count}'")
  })

  it('applies overrides by key and keeps English for the rest', () => {
    const de = createTranslator(
      { 'state.retry': 'Erneut versuchen', 'state.empty.noMatches': 'Keine Kunden für „{search}“' },
      'de-DE',
    )
    expect(de('state.retry')).toBe('Erneut versuchen')
    expect(de('state.empty.noMatches', { search: 'acme' })).toBe('Keine Kunden für „acme“')
    expect(de('state.loading')).toBe('Loading…')
  })

  it('ignores overrides that are undefined', () => {
    const overrides: Partial<Messages> = { 'state.retry': undefined }
    expect(createTranslator(overrides, 'en-US')('state.retry')).toBe('Retry')
  })

  it('selects plural categories with the locale’s rules, exact matches first', () => {
    const ru = createTranslator(
      {
        'table.loadedMore':
          '{count, plural, =0 {ничего} one {# клиент} few {# клиента} many {# клиентов} other {# клиента}}',
      },
      'ru-RU',
    )
    expect(ru('table.loadedMore', { count: 0 })).toBe('ничего')
    expect(ru('table.loadedMore', { count: 1 })).toBe('1 клиент')
    expect(ru('table.loadedMore', { count: 3 })).toBe('3 клиента')
    expect(ru('table.loadedMore', { count: 5 })).toBe('5 клиентов')
    expect(ru('table.loadedMore', { count: 21 })).toBe('21 клиент')
    expect(ru('table.loadedMore', { count: 1.5 })).toBe('1,5 клиента')
  })

  it('fills placeholders nested in a plural branch', () => {
    const custom = createTranslator(
      { 'table.loadedMore': '{count, plural, one {# match for {search}} other {# matches for {search}}}' },
      'en-US',
    )
    expect(custom('table.loadedMore', { count: 1, search: 'acme' })).toBe('1 match for acme')
    expect(custom('table.loadedMore', { count: 3, search: 'acme' })).toBe('3 matches for acme')
  })

  it('leaves malformed or unknown syntax as written', () => {
    const odd = createTranslator(
      {
        'state.loading': 'Loading {',
        'state.retry': 'Retry } {not a placeholder}',
        'table.loadedMore': '{count, plural, one {#}}',
      },
      'en-US',
    )
    expect(odd('state.loading')).toBe('Loading {')
    expect(odd('state.retry')).toBe('Retry } {not a placeholder}')
    expect(odd('table.loadedMore', { count: 1 })).toBe('{count, plural, one {#}}')
  })
})

describe('createTranslator: text values cannot reorder the sentence', () => {
  const t = createTranslator(undefined, 'en-US')
  const FSI = '\u2068'
  const PDI = '\u2069'

  it('isolates a value holding a right-to-left override, so the override ends with the value', () => {
    // Issue 10, defect 8: "Pro \u202Eplan × 2" showed as "Pro 2 × nalp".
    expect(t('actions.refund.line', { name: 'Pro \u202Eplan', quantity: 2 })).toBe(`${FSI}Pro \u202Eplan${PDI} × 2`)
    expect(t('actions.adjust.title', { item: 'Cr\u202Eedits' })).toBe(`Adjust ${FSI}Cr\u202Eedits${PDI}`)
  })

  it('isolates right-to-left names and every text value of a right-to-left message', () => {
    expect(t('actions.cancelSubscription.descriptionNoDate', { name: 'خطة برو' })).toBe(
      `${FSI}خطة برو${PDI} stays active until the end of the current period, then ends.`,
    )
    const he = createTranslator({ 'actions.refund.line': '{name} × {quantity} יח׳' }, 'he-IL')
    expect(he('actions.refund.line', { name: 'Pro plan', quantity: 3 })).toBe(`${FSI}Pro plan${PDI} × 3 יח׳`)
  })

  it('leaves a left-to-right message unmarked, so plain names read and match as typed', () => {
    expect(t('actions.refund.line', { name: 'Pro plan', quantity: 2 })).toBe('Pro plan × 2')
    expect(t('table.count', { count: 3 })).toBe('3 customers')
  })
})

describe('errorMessage', () => {
  const t = createTranslator(undefined, 'en-US')

  it('maps a PaymentsError code to its message', () => {
    expect(errorMessage(t, new PaymentsError('product_already_owned'))).toBe(
      'The customer already owns this product.',
    )
    expect(errorMessage(t, new PaymentsError('return_url_not_allowed'))).toBe(
      'The return URL is not on a trusted domain.',
    )
  })

  it('uses the localised message, not the backend’s own text, for specific codes', () => {
    const de = createTranslator({ 'error.forbidden': 'Keine Berechtigung.' }, 'de-DE')
    const error = new PaymentsError('forbidden', { message: 'Client may not act for team 123' })
    expect(errorMessage(de, error)).toBe('Keine Berechtigung.')
  })

  it('adds the details of unknown errors', () => {
    expect(errorMessage(t, new Error('socket hang up'))).toBe('Something went wrong: socket hang up')
    expect(errorMessage(t, new PaymentsError('unknown', { message: 'Upstream 502' }))).toBe(
      'Something went wrong: Upstream 502',
    )
  })

  it('shows the plain message when an unknown error has nothing to add', () => {
    expect(errorMessage(t, new PaymentsError('unknown'))).toBe('Something went wrong.')
    expect(errorMessage(t, 'a thrown string')).toBe('Something went wrong.')
    expect(errorMessage(t, null)).toBe('Something went wrong.')
  })

  it('lists the field errors of validation errors', () => {
    const error = new PaymentsError('validation', {
      fieldErrors: { returnUrl: 'Must be an https URL', quantity: 'Must be at least 1' },
    })
    expect(errorMessage(t, error)).toBe('Some values are not valid: Must be an https URL; Must be at least 1')
    expect(errorMessage(t, new PaymentsError('validation'))).toBe('Some values are not valid.')
  })

  it('treats failed fetches as network errors', () => {
    expect(errorMessage(t, new TypeError('Failed to fetch'))).toBe(
      'Could not reach the server. Check the connection and try again.',
    )
  })

  it('recognises PaymentsErrors from another copy of the library by their shape', () => {
    const foreign = Object.assign(new Error('x'), { name: 'PaymentsError', code: 'purchases_blocked' })
    expect(errorMessage(t, foreign)).toBe('New purchases are currently blocked for this project.')
  })
})
