// @vitest-environment node
/**
 * The published JS SDK (`@stackframe/js`), driven through its public API against the reference
 * server on loopback: every call the payments UI needs works, or fails with the right KnownError.
 * What the SDK returns is checked against what the server's memory adapter stores.
 */
import { StackAdminApp, StackServerApp } from '@stackframe/js'
import { KnownErrors, type KnownError } from '@stackframe/stack-shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Customer, CustomerRef, CustomerType } from '../../src/adapter/types'
import { allCustomers, allOwned, allTransactions } from '../rest-server/data'
import { startReferenceServer, type ReferenceServer } from '../rest-server/server'

const PROJECT_ID = '3b5a1f0e-9c2d-4e7f-8a1b-2c3d4e5f6a7b'
const SERVER_KEY = 'sdk-suite-server-key'
const ADMIN_KEY = 'sdk-suite-admin-key'
const MISSING_ID = '00000000-0000-4000-8000-000000000000'
const signal = () => new AbortController().signal

/** The SDK's money type: a decimal string. */
type MoneyAmount = Parameters<StackAdminApp['refundTransaction']>[0]['amountUsd']
const isMoney = (value: string): value is MoneyAmount => /^\d+(\.\d+)?$/.test(value)

/** A known-error answer the server sent, as it came over the wire. */
interface KnownAnswer {
  url: string
  status: number
  actualStatus: string | null
  code: string
  message: string
}

const contacted: URL[] = []
const knownAnswers: KnownAnswer[] = []
const realFetch = globalThis.fetch

/** Records every URL the SDK fetches, and every known-error answer, then fetches for real. */
const recordingFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input))
  contacted.push(url)
  const response = await realFetch(input, init)
  const code = response.headers.get('x-hexclave-known-error')
  if (code) {
    const body = (await response.clone().json()) as { error: string }
    knownAnswers.push({ url: url.href, status: response.status, actualStatus: response.headers.get('x-hexclave-actual-status'), code, message: body.error })
  }
  return response
}

let server: ReferenceServer
let blocked: ReferenceServer

function serverApp(on: ReferenceServer, secretServerKey = SERVER_KEY) {
  return new StackServerApp({ baseUrl: on.url.replace(/\/api\/v1$/, ''), projectId: PROJECT_ID, publishableClientKey: 'pck', secretServerKey, tokenStore: null })
}

function adminApp(on: ReferenceServer, superSecretAdminKey = ADMIN_KEY) {
  return new StackAdminApp({ baseUrl: on.url.replace(/\/api\/v1$/, ''), projectId: PROJECT_ID, publishableClientKey: 'pck', secretServerKey: SERVER_KEY, superSecretAdminKey, tokenStore: null })
}

beforeAll(async () => {
  globalThis.fetch = recordingFetch
  const credentials = { projectId: PROJECT_ID, serverKey: SERVER_KEY, adminKey: ADMIN_KEY }
  server = await startReferenceServer({ ...credentials, memory: { seed: 11, users: 14, teams: 7, customCustomers: 4 } })
  blocked = await startReferenceServer({ ...credentials, memory: { seed: 11, users: 2, teams: 1, customCustomers: 1, blockNewPurchases: true } })
})

afterAll(async () => {
  globalThis.fetch = realFetch
  await Promise.all([server.close(), blocked.close()])
})

/** What a promise rejected with (fails when it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`)
    },
    (error: unknown) => error,
  )
}

/** The last known-error answer with `code`: the server's own message and statuses. */
function lastAnswer(code: string): KnownAnswer {
  const answer = knownAnswers.filter((a) => a.code === code).at(-1)
  if (!answer) throw new Error(`no ${code} answer was recorded`)
  return answer
}

/** A KnownError subclass of the SDK (`KnownErrors.X`). */
interface KnownErrorClass {
  errorCode: string
  isInstance(error: unknown): error is KnownError
}

/**
 * Expects `promise` to reject with an instance of `type`, and that error to have come over the
 * wire as the backend sends it: HTTP 200 (the SDK asks for that with
 * `x-hexclave-override-error-status`), the real status in `x-hexclave-actual-status`, and the
 * documented message (the SDK rebuilds its message from the details with the backend's template,
 * so the two must agree).
 */
async function expectKnownError(promise: Promise<unknown>, type: KnownErrorClass): Promise<KnownError> {
  const error = await rejectionOf(promise)
  expect(error).toBeInstanceOf(type)
  if (!type.isInstance(error)) throw new Error(`not a ${type.errorCode}: ${String(error)}`)
  const answer = lastAnswer(type.errorCode)
  expect(answer.status).toBe(200)
  expect(answer.actualStatus).toBe(String(error.statusCode))
  expect(answer.message).toBe(error.humanReadableMessage)
  return error
}

const stored = (type: CustomerType) => allCustomers(server.memory, type)

/** The first stored customer of `type` (on `on`, the main server by default). */
async function firstStored(type: CustomerType, on: ReferenceServer = server): Promise<Customer> {
  const [customer] = await allCustomers(on.memory, type)
  if (!customer) throw new Error(`no stored ${type}`)
  return customer
}
const ownedIds = async (ref: CustomerRef) => (await allOwned(server.memory, ref)).map((o) => [o.id, o.quantity] as const)
const createdMs = (c: Customer) => (c.createdAt ? Date.parse(c.createdAt) : 0)
const byCreation = (a: Customer, b: Customer) => createdMs(a) - createdMs(b)

async function balanceOf(ref: CustomerRef, itemId: string): Promise<number> {
  const balances = await server.memory.listItemBalances({ customer: ref, signal: signal() })
  return balances.find((b) => b.itemId === itemId)?.quantity ?? 0
}

async function firstWith<T>(list: T[], test: (value: T) => Promise<boolean>): Promise<T> {
  for (const value of list) if (await test(value)) return value
  throw new Error('no value passes the test')
}

/** A customer of `type` that owns at least one product, and one product of its type it does not own. */
async function ownerWithRoom(type: CustomerType): Promise<{ customer: Customer; owned: string[]; notOwned: string }> {
  const { products } = await server.memory.listProducts({ signal: signal() })
  for (const customer of await stored(type)) {
    const owned = (await allOwned(server.memory, { type, id: customer.id })).map((o) => o.id ?? '')
    const notOwned = products.find((p) => p.customerType === type && !p.stackable && p.prices.length > 0 && !p.productLineId && !owned.includes(p.id))
    if (owned.length > 0 && notOwned) return { customer, owned, notOwned: notOwned.id }
  }
  throw new Error(`no ${type} customer owns a product and lacks another`)
}

describe('users', () => {
  it('lists every user, oldest first, with the stored names and emails', async () => {
    const users = await serverApp(server).listUsers()
    const expected = [...(await stored('user'))].sort(byCreation)
    expect(users.map((u) => u.id)).toEqual(expected.map((c) => c.id))
    expect(users.map((u) => u.primaryEmail)).toEqual(expected.map((c) => c.email ?? null))
    expect(users.map((u) => u.signedUpAt.getTime())).toEqual(expected.map(createdMs))
    expect(users.nextCursor).toBeNull()
    expect(users[0]?.riskScores.signUp.bot).toBe(0)
    expect(users[0]?.restrictedByAdmin).toBe(false)
  })

  it('pages with limit and cursor, and every page continues the last one', async () => {
    const app = serverApp(server)
    const all = await app.listUsers()
    const first = await app.listUsers({ limit: 5 })
    expect(first).toHaveLength(5)
    expect(first.nextCursor).toBe(all[5]?.id)
    const second = await app.listUsers({ limit: 5, cursor: first.nextCursor ?? '' })
    expect(second.map((u) => u.id)).toEqual(all.slice(5, 10).map((u) => u.id))
    const last = await app.listUsers({ limit: 10, cursor: second.nextCursor ?? '' })
    expect(last.map((u) => u.id)).toEqual(all.slice(10).map((u) => u.id))
    expect(last.nextCursor).toBeNull()
  })

  it('orders by sign-up date, descending when asked', async () => {
    const app = serverApp(server)
    const ascending = await app.listUsers({ orderBy: 'signedUpAt' })
    const descending = await app.listUsers({ orderBy: 'signedUpAt', desc: true })
    const times = descending.map((u) => u.signedUpAt.getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(new Set(descending.map((u) => u.id))).toEqual(new Set(ascending.map((u) => u.id)))
    expect(descending[0]?.id).toBe([...(await stored('user'))].sort(byCreation).at(-1)?.id)
  })

  it('searches by email fragment and by exact id', async () => {
    const app = serverApp(server)
    const target = (await stored('user')).find((c) => c.email)
    if (!target?.email) throw new Error('no stored user has an email')
    const fragment = target.email.slice(0, target.email.indexOf('@')).toUpperCase()
    const found = await app.listUsers({ query: fragment })
    expect(found.map((u) => u.id)).toContain(target.id)
    for (const u of found) expect(`${u.displayName ?? ''} ${u.primaryEmail ?? ''}`.toLowerCase()).toContain(fragment.toLowerCase())
    expect((await app.listUsers({ query: target.id })).map((u) => u.id)).toEqual([target.id])
    expect(await app.listUsers({ query: 'nobody-matches-this' })).toHaveLength(0)
  })

})

describe('one user or team', () => {
  it.each(['user', 'team'] as const)('gets one %s by id, and null for a missing one', async (type) => {
    const app = serverApp(server)
    const get = (id: string) => (type === 'user' ? app.getUser(id) : app.getTeam(id))
    const target = await firstStored(type)
    const found = await get(target.id)
    expect(found?.id).toBe(target.id)
    expect(found?.displayName).toBe(target.displayName)
    expect(await get(MISSING_ID)).toBeNull()
  })
})

describe('teams', () => {
  it('lists every team, oldest first', async () => {
    const teams = await serverApp(server).listTeams()
    const expected = [...(await stored('team'))].sort(byCreation)
    expect(teams.map((t) => t.id)).toEqual(expected.map((c) => c.id))
    expect(teams.nextCursor).toBeNull()
  })

  it('pages with limit and cursor, and reverses with desc', async () => {
    const app = serverApp(server)
    const all = await app.listTeams()
    const first = await app.listTeams({ limit: 3 })
    expect(first.map((t) => t.id)).toEqual(all.slice(0, 3).map((t) => t.id))
    expect(first.nextCursor).toBe(all[3]?.id)
    const rest = await app.listTeams({ limit: 10, cursor: first.nextCursor ?? '' })
    expect(rest.map((t) => t.id)).toEqual(all.slice(3).map((t) => t.id))
    expect(rest.nextCursor).toBeNull()
    const newestFirst = await app.listTeams({ orderBy: 'createdAt', desc: true })
    expect(newestFirst.map((t) => t.id)).toEqual([...all].reverse().map((t) => t.id))
  })

  it('searches by name fragment and by exact id', async () => {
    const app = serverApp(server)
    const target = await firstStored('team')
    if (!target.displayName) throw new Error('the stored team has no name')
    const fragment = target.displayName.slice(0, 4).toLowerCase()
    const found = await app.listTeams({ query: fragment })
    expect(found.map((t) => t.id)).toContain(target.id)
    for (const t of found) expect(t.displayName.toLowerCase()).toContain(fragment)
    expect((await app.listTeams({ query: target.id })).map((t) => t.id)).toEqual([target.id])
  })
})

describe('owned products', () => {
  it('lists what a user, a team and a custom customer own', async () => {
    const app = serverApp(server)
    const user = await app.getUser((await ownerWithRoom('user')).customer.id)
    const team = await app.getTeam((await ownerWithRoom('team')).customer.id)
    const custom = (await ownerWithRoom('custom')).customer
    if (!user || !team) throw new Error('user or team missing')
    const fromUser = await user.listProducts({ limit: 100 })
    const fromTeam = await team.listProducts({ limit: 100 })
    const fromCustom = await app.listProducts({ customCustomerId: custom.id, limit: 100 })
    expect(fromUser.map((p) => [p.id, p.quantity])).toEqual(await ownedIds({ type: 'user', id: user.id }))
    expect(fromTeam.map((p) => [p.id, p.quantity])).toEqual(await ownedIds({ type: 'team', id: team.id }))
    expect(fromCustom.map((p) => [p.id, p.quantity])).toEqual(await ownedIds({ type: 'custom', id: custom.id }))
    expect(fromUser.every((p) => p.customerType === 'user')).toBe(true)
    expect(fromTeam.every((p) => p.customerType === 'team')).toBe(true)
  })

  it('pages a customer’s products with limit and cursor', async () => {
    const app = serverApp(server)
    const custom = (await ownerWithRoom('custom')).customer
    const all = await app.listProducts({ customCustomerId: custom.id, limit: 100 })
    const first = await app.listProducts({ customCustomerId: custom.id, limit: 1 })
    expect(first.map((p) => p.id)).toEqual(all.slice(0, 1).map((p) => p.id))
    expect(first.nextCursor).toBe(all.length > 1 ? all[1]?.id : null)
  })
})

describe('items', () => {
  it.each([
    ['user', 'credits'],
    ['team', 'seats'],
    ['custom', 'api-calls'],
  ] as const)('reads a %s balance and changes it with increaseQuantity and tryDecreaseQuantity', async (type, itemId) => {
    const app = serverApp(server)
    // A balance below zero stays "insufficient" after a small increase (as in the backend): start at zero or above.
    const customer = await firstWith(await stored(type), async (c) => (await balanceOf({ type, id: c.id }, itemId)) >= 0)
    const ref = { type, id: customer.id }
    const options = type === 'user' ? { userId: customer.id, itemId } : type === 'team' ? { teamId: customer.id, itemId } : { customCustomerId: customer.id, itemId }
    const before = await balanceOf(ref, itemId)
    const item = await app.getItem(options)
    expect(item.quantity).toBe(before)
    await item.increaseQuantity(7)
    expect(await balanceOf(ref, itemId)).toBe(before + 7)
    expect((await app.getItem(options)).quantity).toBe(before + 7)
    expect(await item.tryDecreaseQuantity(before + 8)).toBe(false)
    expect(await balanceOf(ref, itemId)).toBe(before + 7)
    expect(await item.tryDecreaseQuantity(3)).toBe(true)
    expect(await balanceOf(ref, itemId)).toBe(before + 4)
  })

  it('answers an insufficient quantity with the documented message', async () => {
    const app = serverApp(server)
    const customer = await firstStored('custom')
    const item = await app.getItem({ customCustomerId: customer.id, itemId: 'licenses' })
    expect(await item.tryDecreaseQuantity(Math.max(0, item.quantity) + 1)).toBe(false)
    const answer = lastAnswer('ITEM_QUANTITY_INSUFFICIENT_AMOUNT')
    expect(answer.actualStatus).toBe('400')
    expect(answer.message).toBe(new KnownErrors.ItemQuantityInsufficientAmount('licenses', customer.id, -(Math.max(0, item.quantity) + 1)).humanReadableMessage)
  })

  it('records an admin item quantity change as a manual transaction', async () => {
    const admin = adminApp(server)
    const customer = await firstStored('custom')
    const ref = { type: 'custom' as const, id: customer.id }
    const before = await balanceOf(ref, 'api-calls')
    await admin.createItemQuantityChange({ customCustomerId: customer.id, itemId: 'api-calls', quantity: -1234, description: 'sdk suite' })
    expect(await balanceOf(ref, 'api-calls')).toBe(before - 1234)
    const { transactions } = await admin.listTransactions({ customerId: customer.id, type: 'manual-item-quantity-change', limit: 200 })
    const entries = transactions.flatMap((t) => t.entries)
    expect(entries).toContainEqual(expect.objectContaining({ type: 'item_quantity_change', item_id: 'api-calls', quantity: -1234, customer_id: customer.id }))
  })
})

describe('grants', () => {
  it('grants a product to a user, a team and a custom customer', async () => {
    const app = serverApp(server)
    for (const type of ['user', 'team', 'custom'] as const) {
      const { customer, notOwned } = await ownerWithRoom(type)
      if (type === 'user') await (await app.getUser(customer.id))?.grantProduct({ productId: notOwned })
      else if (type === 'team') await app.grantProduct({ teamId: customer.id, productId: notOwned })
      else await app.grantProduct({ customCustomerId: customer.id, productId: notOwned })
      expect((await ownedIds({ type, id: customer.id })).map(([id]) => id)).toContain(notOwned)
    }
  })

  it('grants a stackable product with a quantity through the app', async () => {
    const app = serverApp(server)
    const team = await firstStored('team')
    const ref = { type: 'team' as const, id: team.id }
    const before = (await ownedIds(ref)).find(([id]) => id === 'team-credit-pack')?.[1] ?? 0
    await app.grantProduct({ teamId: team.id, productId: 'team-credit-pack', quantity: 3 })
    expect((await ownedIds(ref)).find(([id]) => id === 'team-credit-pack')?.[1]).toBe(before + 3)
  })
})

describe('checkout URLs', () => {
  it('creates a checkout URL for a user and a team, with and without a return URL', async () => {
    const app = serverApp(server)
    const { customer: u, notOwned: userProduct } = await ownerWithRoom('user')
    const { customer: t, notOwned: teamProduct } = await ownerWithRoom('team')
    const user = await app.getUser(u.id)
    const team = await app.getTeam(t.id)
    if (!user || !team) throw new Error('user or team missing')
    const plain = new URL(await user.createCheckoutUrl({ productId: userProduct }))
    expect(plain.searchParams.has('return_url')).toBe(false)
    const back = 'http://localhost:3000/billing?done=1'
    const withReturn = new URL(await team.createCheckoutUrl({ productId: teamProduct, returnUrl: back }))
    expect(withReturn.searchParams.get('return_url')).toBe(back)
    expect(new URL(await team.createCheckoutUrl({ productId: teamProduct })).href).not.toBe(withReturn.href)
  })
})

describe('transactions', () => {
  it('lists every transaction newest first, page by page', async () => {
    const admin = adminApp(server)
    const expected = (await allTransactions(server.memory)).map((r) => r.transaction.id)
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await admin.listTransactions({ limit: 7, cursor })
      expect(page.transactions.length).toBeLessThanOrEqual(7)
      seen.push(...page.transactions.map((t) => t.id))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toEqual(expected)
  })

  it('filters by type, customer type and customer id', async () => {
    const admin = adminApp(server)
    const purchases = await admin.listTransactions({ type: 'purchase', limit: 200 })
    expect(purchases.transactions.length).toBeGreaterThan(0)
    expect(purchases.transactions.every((t) => t.type === 'purchase')).toBe(true)
    const teams = await admin.listTransactions({ customerType: 'team', limit: 200 })
    expect(teams.transactions.length).toBeGreaterThan(0)
    expect(teams.transactions.every((t) => t.customer_type === 'team')).toBe(true)
    const custom = await firstStored('custom')
    const one = await admin.listTransactions({ customerId: custom.id, limit: 200 })
    const expected = (await allTransactions(server.memory)).filter((r) => r.customer.id === custom.id).map((r) => r.transaction.id)
    expect(one.transactions.map((t) => t.id)).toEqual(expected)
    expect(one.transactions.every((t) => t.customer_id === custom.id && t.entries.every((e) => !('customer_id' in e) || e.customer_id === custom.id))).toBe(true)
  })
})

/** A paid, live, unrefunded USD purchase of `kind`, with its customer and USD charge. */
async function refundable(kind: 'subscription' | 'one-time-purchase') {
  for (const { customer, transaction } of await allTransactions(server.memory)) {
    const grant = transaction.entries.find((e) => e.type === 'product_grant')
    const money = transaction.entries.find((e) => e.type === 'money_transfer')
    const isKind = grant?.type === 'product_grant' && (kind === 'subscription' ? Boolean(grant.subscriptionId) : !grant.subscriptionId)
    const usd = money?.type === 'money_transfer' ? money.chargedAmount.USD : undefined
    if (transaction.type === 'purchase' && !transaction.testMode && !transaction.refund && isKind && usd && isMoney(usd) && Number(usd) > 1) return { customer, id: transaction.id, usd }
  }
  throw new Error(`no refundable ${kind}`)
}

async function storedRefund(customer: CustomerRef, id: string) {
  const page = await server.memory.listTransactions({ customer, limit: 1000, signal: signal() })
  return page.items.find((t) => t.id === id)?.refund
}

describe('refunds', () => {
  it('refunds a one-time purchase in full and names the refund transaction', async () => {
    const admin = adminApp(server)
    const { customer, id, usd } = await refundable('one-time-purchase')
    const { refundTransactionId } = await admin.refundTransaction({ type: 'one-time-purchase', id, amountUsd: usd })
    expect(await storedRefund(customer, id)).toMatchObject({ kind: 'full', amount: expect.objectContaining({ USD: usd }) })
    const listed = await admin.listTransactions({ customerId: customer.id, type: 'purchase', limit: 200 })
    expect(listed.transactions.find((t) => t.id === id)?.adjusted_by).toEqual([{ transaction_id: refundTransactionId, entry_index: 0 }])
  })

  it('records a partial refund of a subscription as partial, with its amount', async () => {
    const admin = adminApp(server)
    const { customer, id } = await refundable('subscription')
    const { refundTransactionId } = await admin.refundTransaction({ type: 'subscription', id, amountUsd: '1', endAction: 'at-period-end' })
    expect(refundTransactionId).toBe(`${id}:refund`)
    expect(await storedRefund(customer, id)).toMatchObject({ kind: 'partial', amount: { USD: '1' } })
  })

  it('refuses to refund a purchase twice', async () => {
    const admin = adminApp(server)
    const { id } = await refundable('one-time-purchase')
    await admin.refundTransaction({ type: 'one-time-purchase', id, amountUsd: '1' })
    await expectKnownError(admin.refundTransaction({ type: 'one-time-purchase', id, amountUsd: '1' }), KnownErrors.OneTimePurchaseAlreadyRefunded)
    const sub = await refundable('subscription')
    await admin.refundTransaction({ type: 'subscription', id: sub.id, amountUsd: sub.usd })
    await expectKnownError(admin.refundTransaction({ type: 'subscription', id: sub.id, amountUsd: '1' }), KnownErrors.SubscriptionAlreadyRefunded)
  })
})

describe('refund bodies the SDK does not send', () => {
  const postRefund = (body: Record<string, unknown>) =>
    fetch(`${server.url}/internal/payments/transactions/refund`, { method: 'POST', headers: { ...server.adminHeaders, 'content-type': 'application/json' }, body: JSON.stringify(body) })

  it('still takes the wire reference’s refund_entries, partial when the amount is below the charge', async () => {
    const { customer, id } = await refundable('one-time-purchase')
    const response = await postRefund({ type: 'one-time-purchase', id, refund_entries: [{ entry_index: 0, quantity: 1, amount_usd: '1.25' }] })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ success: true })
    expect(await storedRefund(customer, id)).toMatchObject({ kind: 'partial', amount: { USD: '1.25' } })
  })

  it('answers an unknown body key with SCHEMA_ERROR and refunds nothing', async () => {
    const { customer, id } = await refundable('one-time-purchase')
    const response = await postRefund({ type: 'one-time-purchase', id, amount_usd: '1', reason: 'duplicate' })
    expect(response.status).toBe(400)
    expect(response.headers.get('x-stack-known-error')).toBe('SCHEMA_ERROR')
    expect(((await response.json()) as { error: string }).error).toContain('body contains unknown properties: reason')
    expect(await storedRefund(customer, id)).toBeNull()
  })
})

describe('project config', () => {
  it('reads the project and its payments config', async () => {
    const project = await adminApp(server).getProject()
    expect(project.id).toBe(PROJECT_ID)
    const config = await project.getConfig()
    const { products, items } = await server.memory.listProducts({ signal: signal() })
    expect(Object.keys(config.payments.products).sort()).toEqual(products.map((p) => p.id).sort())
    expect(Object.keys(config.payments.items).sort()).toEqual(items.map((i) => i.id).sort())
    expect(config.payments.products.pro?.displayName).toBe('Pro')
    expect(config.payments.blockNewPurchases).toBe(false)
  })
})

describe('known errors', () => {
  it('PRODUCT_ALREADY_GRANTED for a non-stackable product owned already', async () => {
    const { customer, owned } = await ownerWithRoom('custom')
    const { products } = await server.memory.listProducts({ signal: signal() })
    const productId = owned.find((id) => products.some((p) => p.id === id && !p.stackable))
    if (!productId) throw new Error('the customer owns no non-stackable product')
    await expectKnownError(serverApp(server).grantProduct({ customCustomerId: customer.id, productId }), KnownErrors.ProductAlreadyGranted)
  })

  it('PRODUCT_DOES_NOT_EXIST for an unknown product', async () => {
    const custom = await firstStored('custom')
    await expectKnownError(serverApp(server).grantProduct({ customCustomerId: custom.id, productId: 'no-such-product' }), KnownErrors.ProductDoesNotExist)
  })

  it('PRODUCT_CUSTOMER_TYPE_DOES_NOT_MATCH, with the product’s customer type, for a grant and a checkout', async () => {
    const app = serverApp(server)
    const user = await firstStored('user')
    await expectKnownError(app.grantProduct({ userId: user.id, productId: 'team-starter' }), KnownErrors.ProductCustomerTypeDoesNotMatch)
    expect(lastAnswer('PRODUCT_CUSTOMER_TYPE_DOES_NOT_MATCH').message).toContain('only be available for team customers, but the customer is a user.')
    await expectKnownError((await app.getUser(user.id))?.createCheckoutUrl({ productId: 'api-basic' }) ?? Promise.resolve(), KnownErrors.ProductCustomerTypeDoesNotMatch)
  })

  it('ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH, with the item’s customer type', async () => {
    const user = await firstStored('user')
    await expectKnownError(serverApp(server).getItem({ userId: user.id, itemId: 'seats' }), KnownErrors.ItemCustomerTypeDoesNotMatch)
    expect(lastAnswer('ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH').message).toContain('only be available for team customers, but the customer is a user.')
  })

  it('NEW_PURCHASES_BLOCKED for a checkout while purchases are blocked', async () => {
    const user = await firstStored('user', blocked)
    const sdkUser = await serverApp(blocked).getUser(user.id)
    await expectKnownError(sdkUser?.createCheckoutUrl({ productId: 'lifetime' }) ?? Promise.resolve(), KnownErrors.NewPurchasesBlocked)
    expect((await (await adminApp(blocked).getProject()).getConfig()).payments.blockNewPurchases).toBe(true)
  })

  it('ITEM_NOT_FOUND for an unknown item', async () => {
    const team = await firstStored('team')
    await expectKnownError(serverApp(server).getItem({ teamId: team.id, itemId: 'no-such-item' }), KnownErrors.ItemNotFound)
  })

  it('USER_NOT_FOUND for a grant to a missing user', async () => {
    await expectKnownError(serverApp(server).grantProduct({ userId: MISSING_ID, productId: 'lifetime' }), KnownErrors.UserNotFound)
  })

  it('INVALID_SECRET_SERVER_KEY and INVALID_SUPER_SECRET_ADMIN_KEY for wrong keys', async () => {
    await expectKnownError(serverApp(server, 'wrong-key').listUsers(), KnownErrors.InvalidSecretServerKey)
    await expectKnownError(adminApp(server, 'wrong-key').listTransactions({}), KnownErrors.InvalidSuperSecretAdminKey)
  })
})

describe('network', () => {
  it('contacted nothing but the loopback servers', () => {
    expect(contacted.length).toBeGreaterThan(0)
    const hosts = new Set(contacted.map((u) => u.hostname))
    expect([...hosts].filter((h) => h !== '127.0.0.1' && h !== 'localhost')).toEqual([])
    const origins = new Set(contacted.map((u) => u.origin))
    expect([...origins].sort()).toEqual([new URL(server.url).origin, new URL(blocked.url).origin].sort())
  })
})
