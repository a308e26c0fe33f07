/**
 * Which adapter the demo runs on, decided once at start-up:
 *
 * - `?adapter=rest`: the REST adapter (`@hexclave/payments-ui/adapters/rest`) over real HTTP, against
 *   the Hexclave reference API server that the demo's Vite server starts on loopback and forwards
 *   under `/hexclave-api` (see demo-api.ts; it adds the admin key server-side).
 * - `?adapter=memory`: the in-browser memory adapter.
 * - Without the parameter: the choice made earlier in this tab (sessionStorage), else `VITE_ADAPTER`,
 *   else memory. So a reload, or a link without the parameter, stays in the chosen mode.
 * - `?blocked=1`: a project that blocks new purchases, so every checkout fails with
 *   `purchases_blocked` (used by the end-to-end tests); in REST mode a second reference server.
 *
 * The adapter lives for the page's lifetime: in-app navigation keeps it, a reload re-reads this.
 */
import type { PaymentsAdapter } from '@hexclave/payments-ui'
import { createMemoryAdapter } from '@hexclave/payments-ui/adapters/memory'
import { createRestAdapter } from '@hexclave/payments-ui/adapters/rest'
import { DEMO_API_PATH, DEMO_BLOCKED_API_PATH, demoMemoryOptions } from './demo-data'

export type AdapterMode = 'memory' | 'rest'

const MODE_KEY = 'hexclave-demo:adapter'
const startParams = new URLSearchParams(window.location.search)

function readMode(): AdapterMode {
  const fromUrl = startParams.get('adapter')
  if (fromUrl === 'rest' || fromUrl === 'memory') {
    window.sessionStorage.setItem(MODE_KEY, fromUrl)
    return fromUrl
  }
  const chosen = window.sessionStorage.getItem(MODE_KEY) ?? import.meta.env.VITE_ADAPTER
  return chosen === 'rest' ? 'rest' : 'memory'
}

export const adapterMode: AdapterMode = readMode()

export const purchasesBlocked = startParams.get('blocked') === '1'

/** The href that reloads the demo in `mode`, on the current page. */
export function hrefForMode(mode: AdapterMode): string {
  const url = new URL(window.location.href)
  url.searchParams.set('adapter', mode)
  return url.pathname + url.search
}

export function createDemoAdapter(): PaymentsAdapter {
  if (adapterMode === 'rest') {
    const path = purchasesBlocked ? DEMO_BLOCKED_API_PATH : DEMO_API_PATH
    return createRestAdapter({ baseUrl: new URL(path, window.location.origin).href })
  }
  const options = demoMemoryOptions({ blocked: purchasesBlocked })
  return createMemoryAdapter({
    ...options,
    latency: [40, 160],
    trustedReturnUrlOrigins: [window.location.origin, ...(options.trustedReturnUrlOrigins ?? [])],
  })
}
