// @vitest-environment node
/**
 * The SDK's failures as the contract's codes: every known error the reference server sends,
 * through the real SDK, keeps the backend's message (the SDK rebuilds it from the details); a
 * known error is recognised by its public `errorCode`, also on an instance the adapter never saw
 * come over the wire; answers without a code, connection failures and anything else too.
 */
import { KnownErrors } from '@stackframe/stack-shared'
import { describe, expect, it } from 'vitest'
import type { CustomerType } from '../../../src/adapter/types'
import { createSdkAdapter, sdkError } from '../../../src/adapters/sdk'
import { allCustomers, allOwned, allTransactions } from '../../rest-server/data'
import { adminApp, expectLoopbackOnly, paymentsErrorOf, recordFetches, serverApp, signal, startServer, wrapApp } from './helpers'

recordFetches()
const main = startServer({ memory: { seed: 11, users: 14, teams: 7, customCustomers: 4 } })
const blocked = startServer({ memory: { seed: 11, users: 2, teams: 1, customCustomers: 1, blockNewPurchases: true } })
const MISSING_ID = '00000000-0000-4000-8000-000000000000'
/** Answers without a known-error code: 503 on users, 500 on teams, a 400 text on owned products. */
const plain = startServer({
  memory: { seed: 11, users: 2, teams: 1, customCustomers: 1 },
  intercept: (r) =>
    r.path === '/users'
      ? { status: 503, body: 'overloaded' }
      : r.path === '/teams'
        ? { status: 500, body: 'boom' }
        : r.path.startsWith('/payments/products/')
          ? { status: 400, body: 'Payments are not set up in this Stack Auth project.' }
          : undefined,
})

async function first(type: CustomerType) {
  const [customer] = await allCustomers(main().memory, type)
  if (!customer) throw new Error(`no stored ${type}`)
  return { type, id: customer.id }
}

describe('known errors from the reference server, through the real SDK', () => {
  it('maps each to its code with the backend message', async () => {
    const adapter = createSdkAdapter({ app: adminApp(main()) })
    const user = await first('user')
    const team = await first('team')
    const custom = await first('custom')
    const key = (label: string) => `errors-${label}-${Math.random()}`

    const blockedUser = await firstOf(blocked, 'user')
    const owned = (await allOwned(main().memory, custom)).find((o) => o.id !== null && !o.product.stackable)
    const ownedId = owned?.id
    if (!ownedId) throw new Error('needs a custom customer owning a non-stackable product')
    const cases = [
      ['product_already_owned', 'PRODUCT_ALREADY_GRANTED', () => adapter.grantProduct?.({ customer: custom, productId: ownedId })],
      ['product_not_found', 'PRODUCT_DOES_NOT_EXIST', () => adapter.createCheckoutUrl({ customer: user, productId: 'no-such-product', idempotencyKey: key('nf') })],
      ['customer_type_mismatch', 'PRODUCT_CUSTOMER_TYPE_DOES_NOT_MATCH', () => adapter.grantProduct?.({ customer: user, productId: 'team-starter' })],
      ['customer_type_mismatch', 'ITEM_CUSTOMER_TYPE_DOES_NOT_MATCH', () => adapter.changeItemQuantity?.({ customer: user, itemId: 'seats', delta: 1, allowNegative: true })],
      ['item_not_found', 'ITEM_NOT_FOUND', () => adapter.changeItemQuantity?.({ customer: team, itemId: 'no-such-item', delta: -1, allowNegative: false })],
      ['not_found', 'USER_NOT_FOUND', () => adapter.grantProduct?.({ customer: { type: 'user', id: MISSING_ID }, productId: 'lifetime' })],
      ['purchases_blocked', 'NEW_PURCHASES_BLOCKED', () => createSdkAdapter({ app: adminApp(blocked()) }).createCheckoutUrl({ customer: blockedUser, productId: 'lifetime', idempotencyKey: key('b') })],
      ['forbidden', 'INVALID_SUPER_SECRET_ADMIN_KEY', () => createSdkAdapter({ app: adminApp(main(), 'wrong-key') }).listTransactions({ customer: user, limit: 5, signal: signal() })],
      ['forbidden', 'INVALID_SECRET_SERVER_KEY', () => createSdkAdapter({ app: serverApp(main(), 'wrong-key') }).listCustomers({ type: 'user', limit: 5, signal: signal() })],
    ] as const
    for (const [code, apiCode, run] of cases) {
      const error = await paymentsErrorOf(run() ?? Promise.resolve())
      expect({ apiCode, code: error.code }).toEqual({ apiCode, code })
      expect(error.details?.apiCode).toBe(apiCode)
      expect(typeof error.details?.apiMessage).toBe('string')
      expect(error.message).toBe(error.details?.apiMessage)
      expect(error.method).toBeDefined()
    }
  })

  it('maps an already refunded purchase to already_refunded', async () => {
    const adapter = createSdkAdapter({ app: adminApp(main()) })
    const live = (await allTransactions(main().memory)).find(
      (t) => t.transaction.type === 'purchase' && !t.transaction.testMode && t.transaction.refund === null && t.transaction.entries.some((e) => e.type === 'money_transfer'),
    )
    if (!live) throw new Error('needs a live, unrefunded purchase')
    await adapter.refundTransaction?.({ customer: live.customer, transactionId: live.transaction.id })
    const error = await paymentsErrorOf(adapter.refundTransaction?.({ customer: live.customer, transactionId: live.transaction.id }) ?? Promise.resolve())
    expect(error.code).toBe('already_refunded')
    expect(String(error.details?.apiCode)).toMatch(/_ALREADY_REFUNDED$/)
  })

  it('answers a decrease below zero with insufficient_quantity when negatives are not allowed', async () => {
    const adapter = createSdkAdapter({ app: adminApp(main()) })
    const custom = await first('custom')
    const [balance] = (await main().memory.listItemBalances({ customer: custom, signal: signal() })).filter((b) => b.itemId === 'licenses')
    const error = await paymentsErrorOf(adapter.changeItemQuantity?.({ customer: custom, itemId: 'licenses', delta: -(Math.max(0, balance?.quantity ?? 0) + 1), allowNegative: false }) ?? Promise.resolve())
    expect(error.code).toBe('insufficient_quantity')
  })

  it('maps answers without a code by status and text, through the real SDK', async () => {
    const adapter = createSdkAdapter({ app: adminApp(plain()) })
    const busy = await paymentsErrorOf(adapter.listCustomers({ type: 'user', limit: 3, signal: signal() }))
    const failed = await paymentsErrorOf(adapter.listCustomers({ type: 'team', limit: 3, signal: signal() }))
    const text = await paymentsErrorOf(adapter.listOwnedProducts({ customer: { type: 'custom', id: 'acme' }, limit: 3, signal: signal() }))
    expect([busy.code, failed.code, text.code]).toEqual(['busy', 'unknown', 'payments_not_configured'])
    expect(text.message).toBe('Payments are not set up in this Stack Auth project.')
    expect(text.status).toBe(400)
  })

  it('contacted nothing but the loopback servers', () => {
    expectLoopbackOnly()
  })
})

async function firstOf(server: typeof blocked, type: 'user') {
  const [customer] = await allCustomers(server().memory, type)
  if (!customer) throw new Error(`no stored ${type}`)
  return { type, id: customer.id }
}

describe('errors the SDK throws, mapped by shape', () => {
  it('recognises KnownErrors instances by errorCode, keeping the message', () => {
    const cases = [
      [new KnownErrors.ProductAlreadyGranted('pro', MISSING_ID), 'product_already_owned'],
      [new KnownErrors.ItemQuantityInsufficientAmount('credits', MISSING_ID, -3), 'insufficient_quantity'],
      [new KnownErrors.NewPurchasesBlocked(), 'purchases_blocked'],
      [new KnownErrors.UserNotFound(), 'not_found'],
      [new KnownErrors.SubscriptionAlreadyRefunded('sub'), 'already_refunded'],
      [new KnownErrors.InsufficientAccessType('server', ['admin']), 'forbidden'],
    ] as const
    for (const [known, code] of cases) {
      const error = sdkError(known, 'grantProduct')
      expect(error.code).toBe(code)
      expect(error.details).toMatchObject({ apiCode: known.errorCode, apiMessage: known.humanReadableMessage })
      expect(error.method).toBe('grantProduct')
      expect(error.cause).toBe(known)
    }
  })

  it('maps answers without a code by status and text, connection failures to network', () => {
    const failed = (status: number, text: string) => new Error(`Failed to send request to http://127.0.0.1:1/api/v1/x: ${status} ${text}`)
    expect(sdkError(failed(503, 'busy'), 'listCustomers').code).toBe('busy')
    expect(sdkError(failed(400, 'Payments are not set up in this Stack Auth project.'), 'createCheckoutUrl').code).toBe('payments_not_configured')
    expect(sdkError(failed(404, 'nothing here'), 'listCustomers').code).toBe('not_found')
    expect(sdkError(new TypeError('fetch failed'), 'listCustomers').code).toBe('network')
    expect(sdkError(new Error('ECONNREFUSED 127.0.0.1:1'), 'listCustomers').code).toBe('network')
    expect(sdkError(new Error('something else'), 'listCustomers').code).toBe('unknown')
  })

  it('a throwing app method becomes a PaymentsError from the adapter', async () => {
    const app = wrapApp(adminApp(main()), { listUsers: () => Promise.reject(new KnownErrors.InsufficientAccessType('server', ['admin'])) })
    const error = await paymentsErrorOf(createSdkAdapter({ app }).listCustomers({ type: 'user', limit: 3, signal: signal() }))
    expect(error.code).toBe('forbidden')
    expect(error.method).toBe('listCustomers')
  })
})
