/** How many characters of backend text a sentence or a label shows before it is shortened. */
export const INLINE_TEXT_MAX = 80

let graphemes: Intl.Segmenter | null | undefined

/** The user-perceived characters of `text` (an emoji family is one), or its code points where `Intl.Segmenter` is missing. */
function characters(text: string): string[] {
  graphemes ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null
  return graphemes ? Array.from(graphemes.segment(text), (part) => part.segment) : Array.from(text)
}

/**
 * Backend text shortened for use inside a sentence or an accessible name: at most `max`
 * user-perceived characters, ending in "…" when cut. A 10,000-character product name then makes
 * a two-line dialog title, not a page-tall one, and a screen reader does not read it out whole.
 * Show the full value elsewhere (a `title`, the list it came from).
 *
 * @example
 * inlineText('Enterprise' + 'W'.repeat(9_990)) // 'EnterpriseWWW…' (80 characters)
 * inlineText('Pro plan') // 'Pro plan'
 */
export function inlineText(text: string, max = INLINE_TEXT_MAX): string {
  if (text.length <= max) return text
  const parts = characters(text)
  return parts.length <= max ? text : `${parts.slice(0, max - 1).join('')}…`
}
