/**
 * Which adapter the demo runs on, decided once at start-up:
 *
 * - `?adapter=rest`: the REST adapter (`@hexclave/payments-ui/adapters/rest`) over real HTTP, against
 *   the Hexclave reference API server that the demo's Vite server starts on loopback and forwards
 *   under `/hexclave-api` (see demo-api.ts; it adds the admin key server-side).
 * - `?adapter=sdk`: the SDK adapter (`@hexclave/payments-ui/adapters/sdk` over the published
 *   `@stackframe/js` admin app). The SDK needs the project's secret key, so it runs in the demo's
 *   Vite server against the same reference API; the page talks to it through a bridge adapter
 *   (sdk-bridge.ts) that carries only call parameters and answers.
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
import { DEMO_API_PATH, DEMO_BLOCKED_API_PATH, DEMO_BLOCKED_SDK_PATH, DEMO_SDK_PATH, demoMemoryOptions } from './demo-data'
import { createBridgeAdapter, describeBridge, type BridgeDescription } from './sdk-bridge'

export type AdapterMode = 'memory' | 'rest' | 'sdk'

const MODES: readonly string[] = ['memory', 'rest', 'sdk'] satisfies AdapterMode[]
const isMode = (value: string | null | undefined): value is AdapterMode => value != null && MODES.includes(value)

const MODE_KEY = 'hexclave-demo:adapter'
const startParams = new URLSearchParams(window.location.search)

function readMode(): AdapterMode {
  const fromUrl = startParams.get('adapter')
  if (isMode(fromUrl)) {
    window.sessionStorage.setItem(MODE_KEY, fromUrl)
    return fromUrl
  }
  const chosen = window.sessionStorage.getItem(MODE_KEY) ?? import.meta.env.VITE_ADAPTER
  return isMode(chosen) ? chosen : 'memory'
}

export const adapterMode: AdapterMode = readMode()

export const purchasesBlocked = startParams.get('blocked') === '1'

/** The href that reloads the demo in `mode`, on the current page. */
export function hrefForMode(mode: AdapterMode): string {
  const url = new URL(window.location.href)
  url.searchParams.set('adapter', mode)
  return url.pathname + url.search
}

const sdkPath = purchasesBlocked ? DEMO_BLOCKED_SDK_PATH : DEMO_SDK_PATH
let sdkDescription: BridgeDescription | null = null

/**
 * Loads what SDK mode needs before the first render (which methods the server's SDK adapter has,
 * so the UI shows its capabilities exactly); nothing in the other modes.
 */
export async function prepareDemoAdapter(): Promise<void> {
  if (adapterMode === 'sdk') sdkDescription = await describeBridge(sdkPath)
}

export function createDemoAdapter(): PaymentsAdapter {
  if (adapterMode === 'sdk') {
    if (!sdkDescription) throw new Error('SDK mode: call prepareDemoAdapter() before the first render')
    return createBridgeAdapter(sdkPath, sdkDescription)
  }
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
