/**
 * Server-only helpers: where the Hexclave API is and the admin credentials, from the server's
 * environment. Imported by the route handler and by server components only, so the admin key never
 * reaches a browser. `e2e/run.mjs` sets the variables for the reference API server it starts.
 * Both entries used here (`adapters/rest`, `core`) are server-safe: no React, no "use client".
 */
import { createRestAdapter, type RestAdapter } from '@hexclave/payments-ui/adapters/rest'
import { isPaymentsError, type PaymentsErrorCode, type ProductCatalog } from '@hexclave/payments-ui/core'
import { cache } from 'react'

export interface HexclaveApi {
  /** The API's origin, e.g. `https://api.hexclave.example` (its routes are below `/api/v1`). */
  origin: string
  /** The headers of an admin caller. */
  adminHeaders: Record<string, string>
}

export function hexclaveApi(): HexclaveApi {
  const { HEXCLAVE_API_URL: origin, HEXCLAVE_PROJECT_ID: projectId, HEXCLAVE_ADMIN_KEY: adminKey } = process.env
  if (!origin || !projectId || !adminKey) {
    throw new Error('Set HEXCLAVE_API_URL, HEXCLAVE_PROJECT_ID and HEXCLAVE_ADMIN_KEY in the server environment (e2e/run.mjs does).')
  }
  return {
    origin: origin.replace(/\/+$/, ''),
    adminHeaders: {
      'x-hexclave-access-type': 'admin',
      'x-hexclave-project-id': projectId,
      'x-hexclave-super-secret-admin-key': adminKey,
    },
  }
}

/** A REST adapter for server components: the admin headers go straight to the API. */
export function serverAdapter(): RestAdapter {
  const api = hexclaveApi()
  return createRestAdapter({ baseUrl: `${api.origin}/api/v1`, headers: api.adminHeaders, timeoutMs: 15_000, retries: 1 })
}

/** The catalog, or the error code when the API failed with a `PaymentsError`. */
export type CatalogResult = { catalog: ProductCatalog } | { errorCode: PaymentsErrorCode }

/**
 * The product catalog, read once per request (shared by `generateMetadata` and the page). A
 * `PaymentsError` (the API is down, the key is wrong…) becomes a result the page can show;
 * anything else is a bug and goes to Next's error boundary.
 */
export const loadCatalog = cache(async (): Promise<CatalogResult> => {
  try {
    return { catalog: await serverAdapter().listProducts({ signal: AbortSignal.timeout(20_000) }) }
  } catch (error) {
    if (isPaymentsError(error)) return { errorCode: error.code }
    throw error
  }
})
