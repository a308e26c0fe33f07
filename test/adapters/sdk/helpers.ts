/**
 * Shared by the SDK adapter's tests: the real SDK (`@stackframe/js`) against the reference server
 * on loopback, with every URL the SDK fetches recorded so a test can assert that nothing but
 * loopback was contacted (the SDK runs diagnostics against outside hosts after a refused
 * connection: the servers stay up for the whole file).
 */
import { StackAdminApp, StackServerApp } from '@stackframe/js'
import { afterAll, beforeAll, expect } from 'vitest'
import { isPaymentsError, type PaymentsError } from '../../../src/adapter/errors'
import type { SdkAdminApp, SdkServerApp } from '../../../src/adapters/sdk'
import { startReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../../rest-server/server'

export const PROJECT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b'
export const SERVER_KEY = 'sdk-adapter-server-key'
export const ADMIN_KEY = 'sdk-adapter-admin-key'
export const CREDENTIALS = { projectId: PROJECT_ID, serverKey: SERVER_KEY, adminKey: ADMIN_KEY }

/** Every URL fetched while the file runs. */
export const contacted: URL[] = []

/**
 * Records every fetch (the SDK uses the global one) for the whole file and restores the real
 * fetch afterwards; `start` servers are closed after the file.
 */
export function recordFetches(): void {
  const realFetch = globalThis.fetch
  beforeAll(() => {
    globalThis.fetch = (input, init) => {
      contacted.push(new URL(input instanceof Request ? input.url : String(input)))
      return realFetch(input, init)
    }
  })
  afterAll(() => {
    globalThis.fetch = realFetch
  })
}

/** Starts a reference server with this suite's credentials, closed after the file. */
export function startServer(options: Omit<ReferenceServerOptions, 'projectId' | 'serverKey' | 'adminKey'> = {}): () => ReferenceServer {
  let server: ReferenceServer | undefined
  beforeAll(async () => {
    server = await startReferenceServer({ ...CREDENTIALS, ...options })
  })
  afterAll(async () => {
    await server?.close()
  })
  return () => {
    if (!server) throw new Error('the server is not started yet')
    return server
  }
}

const baseUrlOf = (server: ReferenceServer) => server.url.replace(/\/api\/v1$/, '')

/** A real `StackServerApp` on `server`. */
export function serverApp(server: ReferenceServer, secretServerKey = SERVER_KEY): StackServerApp {
  return new StackServerApp({ baseUrl: baseUrlOf(server), projectId: PROJECT_ID, publishableClientKey: 'pck', secretServerKey, tokenStore: null })
}

/** A real `StackAdminApp` on `server`. */
export function adminApp(server: ReferenceServer, superSecretAdminKey = ADMIN_KEY): StackAdminApp {
  return new StackAdminApp({ baseUrl: baseUrlOf(server), projectId: PROJECT_ID, publishableClientKey: 'pck', secretServerKey: SERVER_KEY, superSecretAdminKey, tokenStore: null })
}

/** Asserts that every URL fetched so far was on loopback (and that something was fetched). */
export function expectLoopbackOnly(): void {
  expect(contacted.length).toBeGreaterThan(0)
  const outside = contacted.filter((url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost' && url.hostname !== '[::1]')
  expect(outside.map((url) => url.href)).toEqual([])
}

/**
 * An admin app that calls `real` for everything but `overrides` (for faults, slow calls and
 * malformed answers); `server: true` leaves out the admin methods.
 */
export function wrapApp(real: StackAdminApp, overrides: Partial<SdkAdminApp> = {}, { server = false } = {}): SdkAdminApp | SdkServerApp {
  const base: SdkServerApp = {
    listUsers: (o) => real.listUsers(o),
    listTeams: (o) => real.listTeams(o),
    getUser: (id) => real.getUser(id),
    getTeam: (id) => real.getTeam(id),
    listProducts: (o) => real.listProducts(o),
    getItem: (o) => real.getItem(o),
    grantProduct: (o) => real.grantProduct(o),
  }
  if (server) return { ...base, ...overrides }
  const admin: SdkAdminApp = {
    ...base,
    getProject: () => real.getProject(),
    listTransactions: (o) => real.listTransactions(o),
    createItemQuantityChange: (o) => real.createItemQuantityChange(o),
    refundTransaction: (o) => real.refundTransaction(o),
  }
  return { ...admin, ...overrides }
}

/** What a promise rejected with (fails when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`)
    },
    (error: unknown) => error,
  )
}

/** The PaymentsError a promise rejected with (fails for anything else). */
export async function paymentsErrorOf(promise: Promise<unknown>): Promise<PaymentsError> {
  const error = await rejectionOf(promise)
  if (!isPaymentsError(error)) throw new Error(`expected a PaymentsError, got ${String(error)}`)
  return error
}

export const signal = () => new AbortController().signal
