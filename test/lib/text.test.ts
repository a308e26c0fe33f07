import { describe, expect, it } from 'vitest'
import { INLINE_TEXT_MAX, inlineText } from '../../src/lib/text'

describe('inlineText', () => {
  it('keeps text up to the limit as it is', () => {
    expect(inlineText('Pro plan')).toBe('Pro plan')
    const exact = 'x'.repeat(INLINE_TEXT_MAX)
    expect(inlineText(exact)).toBe(exact)
  })

  it('cuts a 10,000-character name to the limit, ending in an ellipsis', () => {
    const shown = inlineText(`Enterprise${'W'.repeat(9_990)}`)
    expect(Array.from(shown)).toHaveLength(INLINE_TEXT_MAX)
    expect(shown.startsWith('EnterpriseWWW')).toBe(true)
    expect(shown.endsWith('W…')).toBe(true)
  })

  it('never splits an emoji sequence or a combining mark', () => {
    const family = '👨‍👩‍👧‍👦'
    const shown = inlineText(family.repeat(10), 4)
    expect(shown).toBe(`${family.repeat(3)}…`)
    expect(inlineText('e\u0301'.repeat(5), 3)).toBe('e\u0301e\u0301…')
  })
})
