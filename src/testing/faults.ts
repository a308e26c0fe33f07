import { PaymentsError } from '../adapter/errors'
import { MUTATION_METHODS, READ_METHODS } from '../adapter/methods'
import type { AdapterMethod, PaymentsAdapter } from '../adapter/types'
import { createRandom, delay } from '../lib/random'

/** Latency in ms: a fixed value or a `[min, max]` range drawn from the seeded generator. */
export type Latency = number | readonly [number, number]

export interface FaultOptions {
  /** Probability in [0, 1] that a call fails with a `network` error. @default 0 */
  failureRate?: number
  /** Added before every call. @default 0 */
  latency?: Latency
  /** Seed of the generator that draws failures and latencies. @default 1 */
  seed?: number
  /** Only these methods get faults. @default every method */
  methods?: AdapterMethod[]
  /**
   * Whether mutations (checkout, grant, …) may fail too. A failed mutation never reaches the
   * wrapped adapter, so it changes nothing. @default true
   */
  includeMutations?: boolean
}

/** Draws a latency from the range. */
export function drawLatency(latency: Latency | undefined, random: () => number): number {
  if (latency === undefined) return 0
  if (typeof latency === 'number') return latency
  const [min, max] = latency
  return Math.round(min + (max - min) * random())
}

/**
 * Wraps an adapter with seeded latency and `network` failures, to prove that the UI recovers.
 * Aborting a call's signal rejects it with an `AbortError` at once, even during the latency.
 *
 * @example
 * const flaky = withFaults(createMemoryAdapter(), { failureRate: 0.3, latency: [50, 400], seed: 7 })
 */
export function withFaults(adapter: PaymentsAdapter, options: FaultOptions = {}): PaymentsAdapter {
  const { failureRate = 0, latency, seed = 1, includeMutations = true } = options
  const random = createRandom(seed)
  const targets = new Set(options.methods ?? [...READ_METHODS, ...(includeMutations ? MUTATION_METHODS : [])])
  const wrapped: Record<string, unknown> = { supportsPartialRefunds: adapter.supportsPartialRefunds }
  for (const method of [...READ_METHODS, ...MUTATION_METHODS]) {
    const fn = adapter[method] as ((params: { signal?: AbortSignal }) => Promise<unknown>) | undefined
    if (typeof fn !== 'function') continue
    if (!targets.has(method)) {
      wrapped[method] = fn.bind(adapter)
      continue
    }
    wrapped[method] = async (params: { signal?: AbortSignal }) => {
      const ms = drawLatency(latency, random)
      const fails = random() < failureRate
      await delay(ms, params.signal)
      if (fails) {
        throw new PaymentsError('network', {
          method,
          message: `Injected network failure in ${method}.`,
          details: { injected: true },
        })
      }
      return fn.call(adapter, params)
    }
  }
  return wrapped as unknown as PaymentsAdapter
}
