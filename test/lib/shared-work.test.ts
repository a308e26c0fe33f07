import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { isAbortError } from '../../src/adapter/errors'
import { isReusable, shareWork } from '../../src/lib/shared-work'

/** Work that resolves when told to, and records whether its own signal was aborted. */
function controllable<T>() {
  let resolve!: (value: T) => void
  let ownSignal: AbortSignal | undefined
  const work = shareWork<T>((signal) => {
    ownSignal = signal
    return new Promise<T>((res, reject) => {
      resolve = res
      signal.addEventListener('abort', () => reject(signal.reason), { once: true })
    })
  })
  return { work, resolve: (value: T) => resolve(value), ownSignal: () => ownSignal }
}

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('shareWork', () => {
  it('gives the second caller the data when the first caller aborts', async () => {
    const { work, resolve, ownSignal } = controllable<string>()
    const first = new AbortController()
    const firstWait = work.join(first.signal).then(() => 'resolved', (e: unknown) => e)
    const secondWait = work.join(new AbortController().signal)
    first.abort()
    expect(isAbortError(await firstWait)).toBe(true)
    await settle()
    expect(ownSignal()?.aborted).toBe(false)
    resolve('rows')
    await expect(secondWait).resolves.toBe('rows')
    expect(work.state).toBe('fulfilled')
  })

  it('aborts the work once no caller waits, and is not reused afterwards', async () => {
    const { work, ownSignal } = controllable<string>()
    const a = new AbortController()
    const b = new AbortController()
    const waits = [work.join(a.signal), work.join(b.signal)].map((p) => p.catch((e: unknown) => e))
    a.abort()
    await settle()
    expect(ownSignal()?.aborted).toBe(false)
    b.abort()
    await settle()
    expect(ownSignal()?.aborted).toBe(true)
    for (const result of await Promise.all(waits)) expect(isAbortError(result)).toBe(true)
    expect(work.abandoned).toBe(true)
    expect(isReusable(work)).toBe(false)
  })

  it('keeps waiting for a caller without a signal even when every other caller aborts', async () => {
    const { work, resolve, ownSignal } = controllable<number>()
    const bare = work.join()
    const a = new AbortController()
    void work.join(a.signal).catch(() => undefined)
    a.abort()
    await settle()
    expect(ownSignal()?.aborted).toBe(false)
    resolve(7)
    await expect(bare).resolves.toBe(7)
  })

  it('rejects a caller whose signal is already aborted without starting to wait', async () => {
    const { work } = controllable<number>()
    const aborted = AbortSignal.abort()
    expect(() => work.join(aborted)).toThrow(expect.objectContaining({ name: 'AbortError' }))
  })

  it('hands the settled result to later callers and is not reusable after a failure or when too old', async () => {
    const done = shareWork(async () => 'config')
    await expect(done.join(new AbortController().signal)).resolves.toBe('config')
    expect(done.value).toBe('config')
    expect(isReusable(done)).toBe(true)
    expect(isReusable(done, -1)).toBe(false)
    const failed = shareWork<string>(async () => {
      throw new Error('boom')
    })
    await expect(failed.join()).rejects.toThrow('boom')
    expect(isReusable(failed)).toBe(false)
  })

  it('counts its age from the answer: a slow read is joined while it runs, and serves as long after it answered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    onTestFinished(() => void vi.useRealTimers())
    const slow = controllable<string>()
    vi.setSystemTime(Date.now() + 60_000)
    expect(isReusable(slow.work, 5_000)).toBe(true)
    await vi.waitFor(() => expect(slow.ownSignal()).toBeDefined())
    slow.resolve('rows')
    await slow.work.join()
    vi.setSystemTime(Date.now() + 5_000)
    expect(isReusable(slow.work, 5_000)).toBe(true)
    vi.setSystemTime(Date.now() + 1)
    expect(isReusable(slow.work, 5_000)).toBe(false)
  })
})
