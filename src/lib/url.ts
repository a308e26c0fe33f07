/**
 * URL safety checks for everything the UI turns into a link, an image source or a redirect.
 * Parsing uses the WHATWG `URL` parser (the one browsers use for `href`), so tricks such as
 * `JaVaScRiPt:`, embedded tabs or leading spaces are judged exactly as a browser would read them.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** The parsed URL when `value` is an absolute URL, else `null`. Never resolves against a base. */
function parseAbsolute(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/**
 * True when `value` is an absolute `http:` or `https:` URL. Relative and protocol-relative
 * (`//host`) URLs, `javascript:`, `data:` and malformed strings are refused.
 *
 * @example
 * isHttpUrl('https://example.com/a.png') // true
 * isHttpUrl('javascript:alert(1)') // false
 */
export function isHttpUrl(value: string): boolean {
  const url = parseAbsolute(value)
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:')
}

/**
 * True when `value` may be shown and opened as a checkout link: an absolute `https:` URL, or
 * `http:` on a loopback host (`localhost`, `127.0.0.1`, `[::1]`) for local development. URLs with
 * embedded credentials (`https://bank.example@evil.example`) are refused too: they are a
 * phishing pattern and no checkout provider issues them.
 *
 * @example
 * isSafeCheckoutUrl('https://checkout.example.com/c/123') // true
 * isSafeCheckoutUrl('http://localhost:3000/checkout') // true
 * isSafeCheckoutUrl('http://example.com/checkout') // false
 */
export function isSafeCheckoutUrl(value: string): boolean {
  const url = parseAbsolute(value)
  if (!url || url.username || url.password) return false
  if (url.protocol === 'https:') return true
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)
}

/**
 * `value` when it is an absolute http(s) URL, else `undefined`: safe to put in `href` or `src`
 * (avatars, external links). `javascript:` and `data:` URLs never pass.
 *
 * @example
 * <img src={safeHref(customer.avatarUrl)} alt="" />
 */
export function safeHref(value: string | null | undefined): string | undefined {
  return typeof value === 'string' && isHttpUrl(value) ? value : undefined
}
