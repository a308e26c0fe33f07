import { describe, expect, it } from 'vitest'
import { cn } from '../../src/lib/cn'

describe('cn', () => {
  it('joins class names with single spaces and skips falsy entries', () => {
    expect(cn('hx-button', false, null, undefined, '', 'hx-button--pending', 'host')).toBe(
      'hx-button hx-button--pending host',
    )
  })

  it('returns an empty string when nothing is truthy', () => {
    expect(cn()).toBe('')
    expect(cn(false, null, undefined)).toBe('')
  })
})
