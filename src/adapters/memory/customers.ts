/** Who the customers are: generated (or explicit) users and teams, and custom customer ids. */
import type { Customer, CustomerRef, CustomerTypeFilter } from '../../adapter/types'
import { customerKey } from '../../lib/customer-key'
import { hashFloat, hashString, mix32 } from '../../lib/random'
import { arrayStream, generatedTeams, generatedUsers, HISTORY_MS, listedStream, type CustomerStream } from './dataset'
import { parseRowUuid } from './ids'
import { CUSTOM_ID_PREFIXES, SPECIAL_CUSTOM_IDS, TEAM_WORDS } from './names'
import type { LedgerStore } from './store'

/** The users and teams of the dataset. */
export interface People {
  users: CustomerStream
  teams: CustomerStream
  /** Row index of an existing user or team, or `null`. */
  indexOf(ref: CustomerRef): number | null
}

export function generatedPeople(seed: number, users: number, teams: number, referenceMs: number): People {
  const userStream = generatedUsers({ seed, count: users, referenceMs })
  const teamStream = generatedTeams({ seed, count: teams, referenceMs })
  return {
    users: userStream,
    teams: teamStream,
    indexOf: (ref) =>
      ref.type === 'custom' ? null : parseRowUuid(seed, ref.type, ref.id, ref.type === 'user' ? users : teams),
  }
}

export function explicitPeople(customers: Customer[]): People {
  const users = arrayStream('user', customers)
  const teams = arrayStream('team', customers)
  const index = new Map<string, number>()
  for (const stream of [users, teams]) {
    for (let i = 0; i < stream.count(); i++) index.set(customerKey(stream.customer(i)), i)
  }
  return { users, teams, indexOf: (ref) => index.get(customerKey(ref)) ?? null }
}

/** Creation time of an existing user or team, `null` when there is none. */
export function startOf(people: People, ref: CustomerRef): number | null {
  const index = people.indexOf(ref)
  if (index === null) return null
  return (ref.type === 'user' ? people.users : people.teams).createdAtMs(index)
}

function patternedCustomId(seed: number, i: number): string {
  const hash = mix32((hashString('custom-ids', seed) ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0)
  const prefix = CUSTOM_ID_PREFIXES[hash % CUSTOM_ID_PREFIXES.length] ?? ''
  const word = (TEAM_WORDS[(hash >>> 4) % TEAM_WORDS.length] ?? 'acct').toLowerCase().replace(/ /g, '-')
  return prefix.endsWith('_') ? `${prefix}${hash.toString(36)}` : `${prefix}${word}-${i}`
}

/** Ids (special ones first) and first-activity times of the generated custom customers. */
export function generatedCustomIds(seed: number, count: number, referenceMs: number): Array<{ id: string; startMs: number }> {
  const ids = new Set<string>()
  for (let i = 0; ids.size < count; i++) ids.add(SPECIAL_CUSTOM_IDS[i] ?? patternedCustomId(seed, i))
  return [...ids].map((id, i) => ({ id, startMs: referenceMs - Math.floor(hashFloat(hashString('custom-start', seed), i) * HISTORY_MS) }))
}

/** The streams `listCustomers` merges for a type filter, in tie-break order. */
export function streamsFor(people: People, store: LedgerStore, type: CustomerTypeFilter): CustomerStream[] {
  const custom = listedStream('custom', () => store.customRows())
  const all = [people.users, people.teams, custom]
  return type === 'all' ? all : all.filter((stream) => stream.type === type)
}

/** One customer by ref: `null` for unknown users and teams, never for custom ids. */
export function lookupCustomer(people: People, store: LedgerStore, ref: CustomerRef): Customer | null {
  if (ref.type === 'custom') {
    const row = store.customRows().find((r) => r.customer.id === ref.id)
    return row ? structuredClone(row.customer) : { type: 'custom', id: ref.id, displayName: null }
  }
  const index = people.indexOf(ref)
  if (index === null) return null
  return (ref.type === 'user' ? people.users : people.teams).customer(index)
}
