/**
 * Which adapter the demo runs on, decided once at start-up from the URL and the build env:
 *
 * - `?adapter=rest` or `VITE_ADAPTER=rest`: the REST adapter against the reference server.
 *   REST-MODE SEAM (issue 6, in progress): not wired yet — the app shows a notice instead.
 *   When `@hexclave/payments-ui/adapters/rest` lands, create it in `createDemoAdapter` below.
 * - otherwise the memory adapter (`?adapter=memory` overrides `VITE_ADAPTER`).
 * - `?blocked=1`: the memory adapter with `blockNewPurchases: true`, so every checkout fails
 *   with `purchases_blocked` (used by the e2e tests).
 *
 * The adapter lives for the page's lifetime: in-app navigation keeps it, a reload re-reads the URL.
 */
import type { PaymentsAdapter } from '@hexclave/payments-ui'
import { createMemoryAdapter } from '@hexclave/payments-ui/adapters/memory'

export type AdapterMode = 'memory' | 'rest'

const startParams = new URLSearchParams(window.location.search)

export const adapterMode: AdapterMode =
  (startParams.get('adapter') ?? import.meta.env.VITE_ADAPTER) === 'rest' ? 'rest' : 'memory'

export const purchasesBlocked = startParams.get('blocked') === '1'

/** Custom customer `acme-42` owns "API basic" (non-stackable), so the dialog shows it as "Already owned". */
export const DEMO_OWNER = { type: 'custom', id: 'acme-42', productId: 'api-basic' } as const

export function createDemoAdapter(): PaymentsAdapter | null {
  if (adapterMode === 'rest') return null // REST-MODE SEAM: the REST adapter goes here.
  return createMemoryAdapter({
    latency: [40, 160],
    blockNewPurchases: purchasesBlocked,
    trustedReturnUrlOrigins: [window.location.origin, 'http://localhost', 'http://127.0.0.1'],
    data: {
      ledgers: [{ customer: { type: DEMO_OWNER.type, id: DEMO_OWNER.id }, products: [DEMO_OWNER.productId] }],
    },
  })
}
