import { expect } from 'vitest'

/**
 * The records of an exported file as text lines, after checking that it is a file at all and that
 * it starts with the UTF-8 byte order mark and ends every record with CRLF.
 */
export async function csvLines(blob: Blob | null): Promise<string[]> {
  expect(blob, 'the export produced a file').not.toBeNull()
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (blob as Blob).arrayBuffer())
  expect(text.startsWith('\uFEFF'), 'the file starts with the BOM').toBe(true)
  expect(text.endsWith('\r\n'), 'the last record ends with CRLF').toBe(true)
  return text.slice(1, -2).split('\r\n')
}
