/**
 * Customer rows as streams: row `i` of a type is computed on demand from `(seed, i)`, so a
 * million users cost nothing up front. Each stream is ordered newest first.
 */
import type { Customer, CustomerType } from '../../adapter/types'
import { hashString, mix32 } from '../../lib/random'
import { rowUuid } from './ids'
import { EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, TEAM_NOUNS, TEAM_SUFFIXES, TEAM_WORDS } from './names'
import { iso } from './time'

/** A search term, with cheap hints about which fields it can match at all. */
export interface Needle {
  /** Lowercased. */
  text: string
  /** Whether the term only has characters an email can have. */
  maybeEmail: boolean
  /** Whether the term only has characters a UUID can have. */
  maybeUuid: boolean
}

export function toNeedle(search: string | undefined): Needle | null {
  const text = (search ?? '').trim().toLowerCase()
  if (!text) return null
  return { text, maybeEmail: /^[a-z0-9._%+@-]+$/.test(text), maybeUuid: /^[0-9a-f-]+$/.test(text) }
}

/** Customers of one type, newest first. */
export interface CustomerStream {
  readonly type: CustomerType
  /** Tie-break between streams with equal dates: lower first. */
  readonly rank: number
  count(): number
  /** Creation time of row `i` in ms; never increases with `i`. */
  createdAtMs(i: number): number
  customer(i: number): Customer
  /** A test of whether row `i` matches the search, that does not build rows that do not. */
  matcher(needle: Needle): (i: number) => boolean
}

export const TYPE_RANK: Record<CustomerType, number> = { user: 0, team: 1, custom: 2 }

/** How far back the generated customers' sign-ups go. */
export const HISTORY_MS = 4 * 365 * 86_400_000

/**
 * Creation time of row `i` of `count`: spread over the history, denser towards the reference
 * date (growth), strictly newest first.
 */
export function timelineMs(referenceMs: number, count: number, i: number): number {
  const u = (i + 0.5) / Math.max(count, 1)
  return referenceMs - Math.floor(HISTORY_MS * u * Math.sqrt(u)) - i
}

function asciiSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/[^a-z0-9-]/g, '')
}

const FIRST_LOWER = FIRST_NAMES.map((n) => n.toLowerCase())
const LAST_LOWER = LAST_NAMES.map((n) => n.toLowerCase())
const FIRST_SLUG = FIRST_NAMES.map(asciiSlug)
const LAST_SLUG = LAST_NAMES.map(asciiSlug)
const TEAM_PARTS = [TEAM_WORDS.length, TEAM_NOUNS.length, TEAM_SUFFIXES.length] as const

function at<T>(pool: readonly T[], index: number): T {
  return pool[index] as T
}

/** Independent 32-bit hashes of row `i` (field `f` 0, 1, 2…). */
function rowHash(base: number, i: number, f: number): number {
  return mix32((base ^ Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(f + 1, 0x85ebca6b)) >>> 0)
}

interface GeneratedOptions {
  seed: number
  count: number
  referenceMs: number
}

/** Whether the text of pool combination `k` contains the needle, each combination checked once. */
function table(size: number, text: (k: number) => string, needle: string): (k: number) => boolean {
  const known = new Int8Array(size).fill(-1)
  return (k) => {
    let hit = known[k] ?? 0
    if (hit === -1) {
      hit = text(k).includes(needle) ? 1 : 0
      known[k] = hit
    }
    return hit === 1
  }
}

/** Keeps the matchers of the last few search terms, so paging through a search reuses them. */
function matcherCache<M>(create: (needle: Needle) => M): (needle: Needle) => M {
  const cache = new Map<string, M>()
  return (needle) => {
    let matcher = cache.get(needle.text)
    if (!matcher) {
      matcher = create(needle)
      if (cache.size >= 8) cache.delete(cache.keys().next().value ?? '')
      cache.set(needle.text, matcher)
    }
    return matcher
  }
}

const EMAIL_PATTERNS = 4
const F = FIRST_NAMES.length
const L = LAST_NAMES.length

function localPart(first: number, last: number, pattern: number): string {
  const f = at(FIRST_SLUG, first)
  const l = at(LAST_SLUG, last)
  if (pattern === 0) return `${f}.${l}`
  if (pattern === 1) return `${f}${l}`
  if (pattern === 2) return `${f.charAt(0)}.${l}`
  return `${f}_${l}`
}

/** The pool choices of generated user `i`, as small integers. */
function userChoices(base: number, i: number) {
  const flags = rowHash(base, i, 2)
  return {
    first: rowHash(base, i, 0) % F,
    last: rowHash(base, i, 1) % L,
    pattern: (flags >>> 6) % EMAIL_PATTERNS,
    domain: (flags >>> 14) % EMAIL_DOMAINS.length,
    hasName: flags % 25 !== 0,
    hasEmail: flags % 50 !== 1,
    hasAvatar: (flags >>> 3) % 3 !== 0,
  }
}

type UserChoices = ReturnType<typeof userChoices>

function userEmail(i: number, c: UserChoices): string {
  return `${localPart(c.first, c.last, c.pattern)}${i}@${at(EMAIL_DOMAINS, c.domain)}`
}

/**
 * Matches users without building them: names and email parts are checked in tables computed
 * once per search term; only terms with digits build the email, only hex terms build the id.
 */
function userMatcher(seed: number, base: number, needle: Needle): (i: number) => boolean {
  const { text } = needle
  const names = table(F * L, (k) => `${at(FIRST_LOWER, Math.floor(k / L))} ${at(LAST_LOWER, k % L)}`, text)
  const emailTables = needle.maybeEmail && !/\d/.test(text)
  const locals = emailTables ? table(F * L * EMAIL_PATTERNS, (k) => localPart(Math.floor(k / (L * EMAIL_PATTERNS)), Math.floor(k / EMAIL_PATTERNS) % L, k % EMAIL_PATTERNS), text) : null
  const domains = table(EMAIL_DOMAINS.length, (k) => `@${at(EMAIL_DOMAINS, k)}`, text)
  const emailMatches = (i: number, c: UserChoices) => {
    if (!needle.maybeEmail || !c.hasEmail) return false
    if (!locals) return userEmail(i, c).includes(text)
    return locals((c.first * L + c.last) * EMAIL_PATTERNS + c.pattern) || domains(c.domain)
  }
  return (i) => {
    const c = userChoices(base, i)
    return (c.hasName && names(c.first * L + c.last)) || emailMatches(i, c) || (needle.maybeUuid && rowUuid(seed, 'user', i).includes(text))
  }
}

/** Generated users: first and last names from pools, emails, some avatars. */
export function generatedUsers({ seed, count, referenceMs }: GeneratedOptions): CustomerStream {
  const base = hashString('user-rows', seed)
  const matcher = matcherCache((needle) => userMatcher(seed, base, needle))
  return {
    type: 'user',
    rank: TYPE_RANK.user,
    count: () => count,
    createdAtMs: (i) => timelineMs(referenceMs, count, i),
    customer(i) {
      const c = userChoices(base, i)
      return {
        type: 'user',
        id: rowUuid(seed, 'user', i),
        displayName: c.hasName ? `${at(FIRST_NAMES, c.first)} ${at(LAST_NAMES, c.last)}` : null,
        email: c.hasEmail ? userEmail(i, c) : null,
        avatarUrl: c.hasAvatar ? `https://avatars.example.com/u/${i}.png` : null,
        createdAt: iso(timelineMs(referenceMs, count, i)),
      }
    },
    matcher,
  }
}

/** Index of a generated team's name in the word × noun × suffix combinations. */
function teamNameIndex(hash: number): number {
  const [words, nouns, suffixes] = TEAM_PARTS
  return ((hash % words) * nouns + ((hash >>> 5) % nouns)) * suffixes + ((hash >>> 10) % suffixes)
}

function teamName(index: number): string {
  const [, nouns, suffixes] = TEAM_PARTS
  const word = at(TEAM_WORDS, Math.floor(index / (nouns * suffixes)))
  return `${word} ${at(TEAM_NOUNS, Math.floor(index / suffixes) % nouns)}${at(TEAM_SUFFIXES, index % suffixes)}`
}

function teamMatcher(seed: number, base: number, needle: Needle): (i: number) => boolean {
  const [words, nouns, suffixes] = TEAM_PARTS
  const names = table(words * nouns * suffixes, (k) => teamName(k).toLowerCase(), needle.text)
  return (i) =>
    names(teamNameIndex(rowHash(base, i, 0))) || (needle.maybeUuid && rowUuid(seed, 'team', i).includes(needle.text))
}

/** Generated teams: company-like names, some avatars, no email. */
export function generatedTeams({ seed, count, referenceMs }: GeneratedOptions): CustomerStream {
  const base = hashString('team-rows', seed)
  const matcher = matcherCache((needle) => teamMatcher(seed, base, needle))
  return {
    type: 'team',
    rank: TYPE_RANK.team,
    count: () => count,
    createdAtMs: (i) => timelineMs(referenceMs, count, i),
    customer(i) {
      return {
        type: 'team',
        id: rowUuid(seed, 'team', i),
        displayName: teamName(teamNameIndex(rowHash(base, i, 0))),
        avatarUrl: rowHash(base, i, 1) % 10 < 3 ? `https://avatars.example.com/t/${i}.png` : null,
        createdAt: iso(timelineMs(referenceMs, count, i)),
      }
    },
    matcher,
  }
}

/** Lowercased text a search runs over: name, email and id. */
export function haystackOf(customer: Customer): string {
  return [customer.displayName, customer.email, customer.id]
    .filter((part): part is string => typeof part === 'string')
    .join('\n')
    .toLowerCase()
}

interface ListedCustomer {
  customer: Customer
  createdAtMs: number
  haystack: string
}

/** A stream over an explicit list, sorted newest first (rows without a date last). */
export function arrayStream(type: CustomerType, customers: Customer[]): CustomerStream {
  const rows: ListedCustomer[] = customers
    .filter((c) => c.type === type)
    .map((customer) => ({
      customer: structuredClone(customer),
      createdAtMs: customer.createdAt ? Date.parse(customer.createdAt) : Number.NEGATIVE_INFINITY,
      haystack: haystackOf(customer),
    }))
    .sort((a, b) => b.createdAtMs - a.createdAtMs || 0)
  return listedStream(type, () => rows)
}

/** A stream over rows that may change between calls (custom customers). */
export function listedStream(type: CustomerType, rows: () => ListedCustomer[]): CustomerStream {
  const row = (i: number): ListedCustomer => {
    const found = rows()[i]
    if (!found) throw new RangeError(`No ${type} customer at ${i}`)
    return found
  }
  return {
    type,
    rank: TYPE_RANK[type],
    count: () => rows().length,
    createdAtMs: (i) => row(i).createdAtMs,
    customer: (i) => structuredClone(row(i).customer),
    matcher: (needle) => (i) => row(i).haystack.includes(needle.text),
  }
}

export type { ListedCustomer }
