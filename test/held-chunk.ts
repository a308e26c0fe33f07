/**
 * A chunk that loads on first use, held until the test lets it through, as a slow connection
 * would. Made in `vi.hoisted` and used in the `vi.mock` factory of the chunk's module:
 *
 * ```ts
 * const chunk = await vi.hoisted(async () => (await import('../held-chunk')).heldChunk())
 * vi.mock('../../src/components/lazy-parts', (importOriginal) => chunk.hold(importOriginal))
 * ```
 */
export function heldChunk() {
  let release: () => void = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  const chunk = {
    /** How many times the chunk was asked for. */
    attempts: 0,
    /** Lets the chunk (and every later ask) through. */
    release: () => release(),
    /** The mock factory: counts the ask, waits for `release()`, then loads the real module. */
    async hold<T>(load: () => Promise<T>): Promise<T> {
      chunk.attempts += 1
      await released
      return load()
    },
  }
  return chunk
}
