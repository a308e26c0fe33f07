/** Parsing of what people type into the action dialogs' number fields. Pure. */

const INTEGER = /^[+-]?\d+$/
const DECIMAL = /^\d+(?:\.\d+)?$/

/** A whole number (`'12'`, `'-3'`, `'+4'`), or `null` for anything else (decimals, text, unsafe sizes). */
export function parseWholeNumber(text: string): number | null {
  const value = text.trim()
  if (!INTEGER.test(value)) return null
  const n = Number(value)
  return Number.isSafeInteger(n) ? n : null
}

/**
 * A non-negative amount in major units as a plain decimal string (`'12.5'`), accepting a comma as
 * the decimal separator (`'12,50'` → `'12.50'`); `null` for anything else.
 */
export function parseAmount(text: string): string | null {
  const trimmed = text.trim()
  const value = trimmed.includes('.') ? trimmed : trimmed.replace(',', '.')
  return DECIMAL.test(value) ? value : null
}

/** Number of digits after the decimal point. */
export function fractionDigits(decimal: string): number {
  const dot = decimal.indexOf('.')
  return dot === -1 ? 0 : decimal.length - dot - 1
}
