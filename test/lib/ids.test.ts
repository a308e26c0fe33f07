import { afterEach, describe, expect, it, vi } from 'vitest'
import { createIdempotencyKey } from '../../src/lib/ids'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('createIdempotencyKey', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('returns unique UUID v4 keys', () => {
    const keys = Array.from({ length: 1000 }, createIdempotencyKey)
    for (const key of keys) expect(key).toMatch(UUID_V4)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('uses crypto.randomUUID when available', () => {
    const randomUUID = vi.fn(() => '3b241101-e2bb-4255-8caf-4136c566a962')
    vi.stubGlobal('crypto', { randomUUID, getRandomValues: vi.fn() })
    expect(createIdempotencyKey()).toBe('3b241101-e2bb-4255-8caf-4136c566a962')
    expect(randomUUID).toHaveBeenCalledOnce()
  })

  it('builds a UUID v4 from getRandomValues outside secure contexts', () => {
    vi.stubGlobal('crypto', {
      getRandomValues: <T extends ArrayBufferView>(array: T): T => {
        new Uint8Array(array.buffer, array.byteOffset, array.byteLength).fill(0xff)
        return array
      },
    })
    expect(createIdempotencyKey()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
  })

  it('still returns unique UUID-shaped keys without Web Crypto', () => {
    vi.stubGlobal('crypto', undefined)
    const keys = Array.from({ length: 200 }, createIdempotencyKey)
    for (const key of keys) expect(key).toMatch(UUID_V4)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
