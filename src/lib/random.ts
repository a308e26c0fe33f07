/** Deterministic pseudo-random helpers (no `Math.random`): same seed, same sequence. */
import { abortError } from '../adapter/errors'

/** 32-bit FNV-1a hash of a string, mixed with a seed. */
export function hashString(input: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return mix32(h)
}

/** A fast avalanche mix of a 32-bit integer (murmur3 finaliser). */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b)
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35)
  return (x ^ (x >>> 16)) >>> 0
}

/** Stateless: a float in [0, 1) for `(seed, n)`. Used to generate row `n` without rows before it. */
export function hashFloat(seed: number, n: number): number {
  return mix32((seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0) / 4294967296
}

/** A seeded generator of floats in [0, 1) (mulberry32). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Resolves after `ms`, or rejects with an `AbortError` as soon as the signal aborts. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal))
      return
    }
    if (ms <= 0 && !signal) {
      resolve()
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortError(signal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, Math.max(0, ms))
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
