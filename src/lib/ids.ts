/** Random identifiers. Nothing here touches `window` or `crypto` until called. */

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/** 16 random bytes from Web Crypto, or (only where it is missing entirely) from `Math.random`. */
function randomBytes(): Uint8Array {
  const bytes = new Uint8Array(16)
  const cryptoApi: Crypto | undefined = globalThis.crypto
  if (typeof cryptoApi?.getRandomValues === 'function') {
    cryptoApi.getRandomValues(bytes)
  } else {
    // Idempotency keys need uniqueness, not secrecy; this branch only runs without Web Crypto.
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256)
  }
  return bytes
}

/** Formats 16 bytes as an RFC 9562 version-4 UUID. */
function uuidV4(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (byte, index) => {
    if (index === 6) return HEX[(byte & 0x0f) | 0x40]
    if (index === 8) return HEX[(byte & 0x3f) | 0x80]
    return HEX[byte]
  })
  return [
    hex.slice(0, 4).join(''),
    hex.slice(4, 6).join(''),
    hex.slice(6, 8).join(''),
    hex.slice(8, 10).join(''),
    hex.slice(10, 16).join(''),
  ].join('-')
}

/**
 * A fresh idempotency key (a random UUID v4) for one checkout attempt. Create it once per
 * attempt and reuse it for retries of that attempt, so the backend never creates two checkouts.
 * Uses `crypto.randomUUID` where available (secure contexts), else `crypto.getRandomValues`.
 *
 * @example
 * const idempotencyKey = createIdempotencyKey() // '3b241101-e2bb-4255-8caf-4136c566a962'
 */
export function createIdempotencyKey(): string {
  const cryptoApi: Crypto | undefined = globalThis.crypto
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID()
  return uuidV4(randomBytes())
}

