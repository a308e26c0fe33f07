/**
 * What every bench page shares: the query parameters, the one adapter (the memory adapter of the
 * built package, 0 ms latency) and the layout every contender gets (viewport and row height).
 */
import { createMemoryAdapter, memoryCustomerId } from '@hexclave/payments-ui/adapters/memory'

const params = new URLSearchParams(location.search)

/** Customers in the list (all users: the last row of the list is user number `n - 1`, the oldest). */
export const n = Number(params.get('n') ?? 10_000)
/** Search debounce, applied by every contender (0: every keystroke is a query). */
export const debounceMs = Number(params.get('debounce') ?? 0)
/** Rows per request, for every contender (the reachability check asks for bigger pages). */
export const PAGE_SIZE = Number(params.get('page') ?? 50)
/** Fixed row height of every contender (the CustomerTable default). */
export const ROW_HEIGHT = 52
/** Height of the scrolling viewport (CustomerTable's `height` includes its header row). */
export const GRID_HEIGHT = 600

/** Adapter latency in ms (0 by default; bench/trace-first-rows.mjs --latency=120 for a real backend). */
const latency = Number(params.get('latency') ?? 0)
const memory = createMemoryAdapter({ users: n, teams: 0, customCustomers: 0, latency })
const profilePage = params.has('profile-page')
/** The memory adapter; its first answer marks `page` (performance.mark), to time answer → rows in DOM. */
let marked = false
export const adapter: typeof memory = {
  ...memory,
  listCustomers: (params) =>
    memory.listCustomers(params).then((page) => {
      // Only the first: an export asks for 20,000 pages, and a mark each fills the timeline buffer.
      if (!marked) performance.mark('page')
      // bench/profile-first-rows.mjs --latency: profile from this answer to the rows in the DOM.
      if (!marked && profilePage) console.profile('page')
      marked = true
      return page
    }),
}
/** Id of the last customer of the list, shown in its row by every contender. */
export const lastCustomerId = memoryCustomerId('user', n - 1)
