/**
 * The demo's dataset, shared by both adapter modes so they show the same customers and products:
 * the browser's memory adapter (memory mode) and the reference server's memory store (REST mode,
 * started by `demo-api.ts`). Nothing here touches `window`: the Vite config imports it in Node.
 */
import type { MemoryAdapterOptions } from '@hexclave/payments-ui/adapters/memory'

/** Custom customer `acme-42` owns "API basic" (non-stackable), so the dialog shows it as "Already owned". */
export const DEMO_OWNER = { type: 'custom', id: 'acme-42', productId: 'api-basic' } as const

/**
 * A custom customer whose id a spreadsheet would run as a formula, with a comma and quotes: the
 * CSV export must write it quoted and neutralised (`"'=acme+1,""x"""`), in every adapter mode.
 */
export const DEMO_HOSTILE_CUSTOM_ID = '=acme+1,"x"'

/** Options of the memory store behind the demo; `blocked` makes every checkout fail with `purchases_blocked`. */
export function demoMemoryOptions({ blocked = false }: { blocked?: boolean } = {}): MemoryAdapterOptions {
  return {
    blockNewPurchases: blocked,
    // Entries without a port on localhost/127.0.0.1 match any port: the demo runs on any of them.
    trustedReturnUrlOrigins: ['http://localhost', 'http://127.0.0.1'],
    data: {
      ledgers: [
        { customer: { type: DEMO_OWNER.type, id: DEMO_OWNER.id }, products: [DEMO_OWNER.productId] },
        { customer: { type: 'custom', id: DEMO_HOSTILE_CUSTOM_ID }, products: [DEMO_OWNER.productId] },
      ],
    },
  }
}

/** Where the demo's host backend exposes the Hexclave API to the browser (see demo-api.ts). */
export const DEMO_API_PATH = '/hexclave-api/api/v1'
/** The same API over a second store whose project blocks new purchases (`?blocked=1`). */
export const DEMO_BLOCKED_API_PATH = '/hexclave-api-blocked/api/v1'
/** Where the host backend answers SDK mode's bridge adapter (the SDK adapter runs there). */
export const DEMO_SDK_PATH = '/hexclave-sdk'
/** SDK mode over the store whose project blocks new purchases. */
export const DEMO_BLOCKED_SDK_PATH = '/hexclave-sdk-blocked'
