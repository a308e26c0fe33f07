import { describe, expect, it } from 'vitest'
import { isHttpUrl, isSafeCheckoutUrl, safeHref } from '../../src/lib/url'

//  value                                  isHttpUrl  isSafeCheckoutUrl
const CASES: Array<[string, boolean, boolean]> = [
  ['https://checkout.example.com/c/123', true, true],
  ['HTTPS://CHECKOUT.EXAMPLE.COM/c', true, true],
  ['https://example.com:8443/pay?x=1#y', true, true],
  ['http://localhost:3000/x', true, true],
  ['http://localhost/x', true, true],
  ['http://127.0.0.1:8080/checkout', true, true],
  ['http://[::1]:3000/checkout', true, true],
  ['http://example.com', true, false],
  ['http://localhost.evil.com/x', true, false],
  ['http://127.0.0.2/x', true, false],
  ['https://bank.example@evil.example/', true, false],
  ['https://user:pass@example.com/', true, false],
  ['javascript:alert(1)', false, false],
  ['JaVaScRiPt:alert(1)', false, false],
  [' javascript:alert(1)', false, false],
  ['java\nscript:alert(1)', false, false],
  ['data:text/html,<script>alert(1)</script>', false, false],
  ['vbscript:msgbox(1)', false, false],
  ['file:///etc/passwd', false, false],
  ['ftp://example.com/file', false, false],
  ['//evil.com', false, false],
  ['/checkout/123', false, false],
  ['checkout.example.com', false, false],
  ['https://', false, false],
  ['http://exa mple.com', false, false],
  ['', false, false],
]

describe('isHttpUrl', () => {
  it.each(CASES)('judges %j: %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected)
  })
})

describe('isSafeCheckoutUrl', () => {
  it.each(CASES)('judges %j: http(s) %s, checkout %s', (value, _http, expected) => {
    expect(isSafeCheckoutUrl(value)).toBe(expected)
  })
})

describe('safeHref', () => {
  it('returns absolute http(s) URLs unchanged', () => {
    expect(safeHref('https://cdn.example.com/a.png')).toBe('https://cdn.example.com/a.png')
    expect(safeHref('http://example.com/a.png')).toBe('http://example.com/a.png')
  })

  it.each([null, undefined, '', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:image/png;base64,AAAA', '//evil.com', '/a.png'])(
    'refuses %j',
    (value) => {
      expect(safeHref(value)).toBeUndefined()
    },
  )
})
