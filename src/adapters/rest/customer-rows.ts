/**
 * snake_case user and team rows → the contract's `Customer` (what a customer list needs; the
 * other mappings, loaded on first use, are in `./map`).
 */
import type { Customer } from '../../adapter/types'
import type { WireTeam, WireUser } from './wire'

/** Epoch milliseconds → ISO-8601. */
export function isoOf(ms: number): string {
  return new Date(ms).toISOString()
}

/** A user row. */
export function userOf(user: WireUser): Customer {
  return {
    type: 'user',
    id: user.id,
    displayName: user.display_name,
    email: user.primary_email,
    avatarUrl: user.profile_image_url,
    createdAt: isoOf(user.signed_up_at_millis),
  }
}

/** A team row. */
export function teamOf(team: WireTeam): Customer {
  return { type: 'team', id: team.id, displayName: team.display_name, avatarUrl: team.profile_image_url, createdAt: isoOf(team.created_at_millis) }
}
