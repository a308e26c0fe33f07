/**
 * Deterministic ids: invertible UUIDs for generated users and teams (so `getCustomers` can parse
 * the row index back out of an id), and UUIDs drawn from a seeded generator for everything else.
 */
import { hashString, mix32 } from '../../lib/random'

const C1 = 0x2c1b3c6d
const C2 = 0x297a2d39

/** Multiplicative inverse of an odd number modulo 2^32 (Newton's iteration). */
function inverse(odd: number): number {
  let inv = odd
  for (let i = 0; i < 5; i++) inv = Math.imul(inv, 2 - Math.imul(odd, inv))
  return inv >>> 0
}

const C1_INV = inverse(C1)
const C2_INV = inverse(C2)

/** An invertible scramble of a 32-bit integer, so consecutive indexes look unrelated. */
function scramble(x: number, mask: number): number {
  x = Math.imul((x ^ mask) >>> 0, C1) >>> 0
  x = (x ^ (x >>> 16)) >>> 0
  x = Math.imul(x, C2) >>> 0
  return (x ^ (x >>> 16)) >>> 0
}

function unscramble(x: number, mask: number): number {
  x = (x ^ (x >>> 16)) >>> 0
  x = Math.imul(x, C2_INV) >>> 0
  x = (x ^ (x >>> 16)) >>> 0
  x = Math.imul(x, C1_INV) >>> 0
  return (x ^ mask) >>> 0
}

const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'))

function hex8(word: number): string {
  const byte = (shift: number) => BYTE_HEX[(word >>> shift) & 0xff] as string
  return byte(24) + byte(16) + byte(8) + byte(0)
}

/** Formats four 32-bit words as a version-4 UUID (version and variant bits set). */
function formatUuid(a: number, b: number, c: number, d: number): string {
  const w2 = hex8(((b & 0xffff0fff) | 0x00004000) >>> 0)
  const w3 = hex8(((c & 0x3fffffff) | 0x80000000) >>> 0)
  return `${hex8(a)}-${w2.slice(0, 4)}-${w2.slice(4)}-${w3.slice(0, 4)}-${w3.slice(4)}${hex8(d)}`
}

function rowMask(seed: number, salt: string): number {
  return hashString(salt, seed)
}

/** The UUID of generated row `index` of a type (`salt` is `'user'` or `'team'`). */
export function rowUuid(seed: number, salt: string, index: number): string {
  const mask = rowMask(seed, salt)
  const a = scramble(index, mask)
  const b = mix32((a ^ mask) >>> 0)
  const c = mix32((b ^ 0x5bd1e995) >>> 0)
  const d = mix32((c ^ mask ^ 0x27d4eb2f) >>> 0)
  return formatUuid(a, b, c, d)
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** The row index encoded in `id`, or `null` when `id` is not one of this type's generated ids. */
export function parseRowUuid(seed: number, salt: string, id: string, count: number): number | null {
  if (!UUID_RE.test(id)) return null
  const index = unscramble(Number.parseInt(id.slice(0, 8), 16), rowMask(seed, salt))
  if (index >= count) return null
  return rowUuid(seed, salt, index) === id ? index : null
}

/** A UUID drawn from a seeded generator. */
export function randomUuid(random: () => number): string {
  const word = () => Math.floor(random() * 4294967296)
  return formatUuid(word(), word(), word(), word())
}

/** A lowercase hex string of `length` characters drawn from a seeded generator. */
export function randomHex(random: () => number, length: number): string {
  let out = ''
  while (out.length < length) out += hex8(Math.floor(random() * 4294967296))
  return out.slice(0, length)
}
