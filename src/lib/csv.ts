/**
 * A tiny CSV writer for exports that spreadsheet apps open safely and correctly:
 *
 * - RFC 4180: fields holding `,` `"` CR or LF are quoted, quotes inside are doubled, every record
 *   ends with CRLF.
 * - UTF-8 with a byte order mark ({@link CSV_BOM}), so Excel reads accents and non-Latin names
 *   right; `Blob` encodes strings as UTF-8.
 * - Formula injection neutralised (OWASP "CSV Injection"): a text cell that starts with `=`, `+`,
 *   `-`, `@`, tab, CR or LF — also after leading spaces, and their full-width forms — gets a
 *   leading `'`, so a spreadsheet shows it as text instead of running it.
 * - Numbers as plain decimals: {@link csvDecimal} writes a money amount (`'-3.50'`) unquoted and
 *   unprefixed, but only when it is a plain decimal; anything else in its place is text (and so
 *   neutralised). Dates as ISO-8601 in UTC through {@link csvDate}.
 *
 * Why not a library: the ones that neutralise formulas cost 1.6–10 KB gzip (export-to-csv,
 * papaparse, csv-stringify), several times this file, and none writes a money string as a number.
 */

/** The UTF-8 byte order mark: put it first in the file so spreadsheet apps read it as UTF-8. */
export const CSV_BOM = '\uFEFF'

/** The record separator RFC 4180 requires. */
export const CSV_EOL = '\r\n'

/** A decimal string (a money amount) to be written as a number; made by {@link csvDecimal}. */
export interface CsvDecimal {
  readonly decimal: string
}

/**
 * One cell: text (neutralised and quoted as needed), a finite number, a boolean (`true`/`false`),
 * a {@link CsvDecimal}, or nothing (`null`/`undefined`: an empty field).
 */
export type CsvCell = string | number | boolean | CsvDecimal | null | undefined

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/
/** Cell starts a spreadsheet may run as a formula (OWASP), also behind leading white space. */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/
const NEEDS_QUOTES = /[",\r\n]/
const plainNumber = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 })

/**
 * A money amount (a decimal string in major units, e.g. `'9.99'`, `'-3.5'`) to be written as a
 * plain number. A string that is not a plain decimal is written as (neutralised) text instead.
 *
 * @example
 * csvRow(['Pro', csvDecimal('-3.50'), 'USD']) // 'Pro,-3.50,USD\r\n'
 */
export function csvDecimal(value: string): CsvDecimal {
  return { decimal: value }
}

/**
 * An ISO-8601 date-time in UTC (`'2026-11-01T09:30:00.000Z'`) from an ISO string in any offset;
 * `null` for no date. A string that is not a date is returned unchanged (and written as text).
 *
 * @example
 * csvDate('2026-11-01T10:30:00+01:00') // '2026-11-01T09:30:00.000Z'
 */
export function csvDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? value : new Date(time).toISOString()
}

/**
 * Text with formula injection neutralised: a leading `'` when a spreadsheet could run it.
 *
 * @example
 * neutraliseFormula('=HYPERLINK("http://evil")') // `'=HYPERLINK("http://evil")`
 * neutraliseFormula('Acme') // 'Acme'
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

function quoted(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * One field, as it appears in the file: neutralised, quoted when needed, numbers as plain decimals.
 *
 * @example
 * csvField('Smith, "Jr"') // '"Smith, ""Jr"""'
 * csvField('-1+1') // "'-1+1"
 * csvField(csvDecimal('-1')) // '-1'
 */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? plainNumber.format(cell) : ''
  if (typeof cell === 'boolean') return cell ? 'true' : 'false'
  if (typeof cell === 'object') return PLAIN_DECIMAL.test(cell.decimal) ? cell.decimal : quoted(neutraliseFormula(cell.decimal))
  return quoted(neutraliseFormula(cell))
}

/**
 * One record: its fields joined by commas, ending with CRLF.
 *
 * @example
 * CSV_BOM + csvRow(['id', 'name']) + csvRow(['1', '@admin']) // '\uFEFFid,name\r\n1,\'@admin\r\n'
 */
export function csvRow(cells: readonly CsvCell[]): string {
  let line = ''
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvField(cells[i])
  return line + CSV_EOL
}
