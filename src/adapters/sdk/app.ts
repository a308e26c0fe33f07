/**
 * The parts of the published Hexclave / Stack Auth JS SDK (`@stackframe/js`) the SDK adapter
 * calls, typed structurally from the SDK's public types. Types only: nothing here loads the SDK
 * at runtime; the host passes its own app instance.
 */
import type { ServerListUsersOptions, ServerTeam, ServerUser, StackAdminApp, StackServerApp } from '@stackframe/js'

type ServerApp = StackServerApp<boolean, string>
type AdminApp = StackAdminApp<boolean, string>

/**
 * A user as the adapter reads it (`ServerUser`).
 *
 * @example
 * const user: SdkUser | null = await app.getUser(userId)
 */
export type SdkUser = Pick<ServerUser, 'id' | 'displayName' | 'primaryEmail' | 'profileImageUrl' | 'signedUpAt' | 'createCheckoutUrl'>

/**
 * A team as the adapter reads it (`ServerTeam`).
 *
 * @example
 * const team: SdkTeam | null = await app.getTeam(teamId)
 */
export type SdkTeam = Pick<ServerTeam, 'id' | 'displayName' | 'profileImageUrl' | 'createdAt' | 'createCheckoutUrl'>

/**
 * An item balance with its server-side quantity changes (the SDK's `ServerItem`).
 *
 * @example
 * const item: SdkItem = await app.getItem({ teamId, itemId: 'seats' })
 * await item.tryDecreaseQuantity(1)
 */
export interface SdkItem {
  readonly displayName: string
  /** May be negative. */
  readonly quantity: number
  increaseQuantity(amount: number): Promise<void>
  decreaseQuantity(amount: number): Promise<void>
  /** `false` (and no change) when the balance would go below zero. */
  tryDecreaseQuantity(amount: number): Promise<boolean>
}

/** The options of `listTeams` (`ServerListTeamsOptions`, not exported by the SDK's entry). */
type ListTeamsOptions = NonNullable<Parameters<ServerApp['listTeams']>[0]>

/**
 * Which customer an SDK call is about: `{ userId }`, `{ teamId }` or `{ customCustomerId }`.
 *
 * @example
 * const who: SdkCustomerOptions = { customCustomerId: 'acme-corp-42' }
 */
export type SdkCustomerOptions = { userId: string } | { teamId: string } | { customCustomerId: string }

/**
 * The admin project the adapter reads the config of.
 *
 * @example
 * const project: SdkProject = await adminApp.getProject()
 * const { payments } = await project.getConfig()
 */
export interface SdkProject {
  getConfig(): Promise<{ readonly payments?: unknown }>
}

/**
 * What the adapter needs of a `StackServerApp` / `HexclaveServerApp` (with `secretServerKey`):
 * users, teams, owned products, item balances, grants and checkouts for users and teams.
 *
 * @example
 * const app: SdkServerApp = new StackServerApp({ projectId, publishableClientKey, secretServerKey, tokenStore: null })
 */
export interface SdkServerApp {
  listUsers(options: ServerListUsersOptions): Promise<SdkUser[] & { nextCursor: string | null }>
  listTeams(options: ListTeamsOptions): Promise<SdkTeam[] & { nextCursor: string | null }>
  getUser(id: string): Promise<SdkUser | null>
  getTeam(id: string): Promise<SdkTeam | null>
  listProducts: ServerApp['listProducts']
  getItem(options: SdkCustomerOptions & { itemId: string }): Promise<SdkItem>
  grantProduct: ServerApp['grantProduct']
}

/**
 * What the adapter needs of a `StackAdminApp` / `HexclaveAdminApp` (with `superSecretAdminKey`)
 * on top of {@link SdkServerApp}: the project config (catalog and items), the transactions, item
 * quantity changes and refunds.
 *
 * @example
 * const app: SdkAdminApp = new StackAdminApp({ projectId, publishableClientKey, secretServerKey, superSecretAdminKey, tokenStore: null })
 */
export interface SdkAdminApp extends SdkServerApp {
  getProject(): Promise<SdkProject>
  listTransactions: AdminApp['listTransactions']
  createItemQuantityChange: AdminApp['createItemQuantityChange']
  refundTransaction: AdminApp['refundTransaction']
}

/**
 * A server or admin app of the SDK.
 *
 * @example
 * createSdkAdapter({ app: someApp satisfies SdkApp })
 */
export type SdkApp = SdkServerApp | SdkAdminApp

/**
 * True for an admin app: it has the admin methods the adapter uses (checked at runtime, never by class).
 *
 * @example
 * if (isAdminApp(app)) await app.listTransactions({ limit: 10 })
 */
export function isAdminApp(app: SdkApp): app is SdkAdminApp {
  const admin = app as Partial<SdkAdminApp>
  return (
    typeof admin.getProject === 'function' &&
    typeof admin.listTransactions === 'function' &&
    typeof admin.createItemQuantityChange === 'function' &&
    typeof admin.refundTransaction === 'function'
  )
}

/**
 * The SDK's way to name a customer.
 *
 * @example
 * customerOptions({ type: 'team', id: teamId }) // { teamId }
 */
export function customerOptions(customer: { type: 'user' | 'team' | 'custom'; id: string }): SdkCustomerOptions {
  if (customer.type === 'user') return { userId: customer.id }
  if (customer.type === 'team') return { teamId: customer.id }
  return { customCustomerId: customer.id }
}
