import { describe, expect, it } from 'vitest'
import { renderHook } from '@testing-library/react'
import { useSingleFlight } from '../../src/ui/use-single-flight'

describe('useSingleFlight', () => {
  it('refuses a second start until the first flight ends', () => {
    const { result } = renderHook(() => useSingleFlight())
    const end = result.current.start()
    expect(end).toBeTypeOf('function')
    expect(result.current.start()).toBeNull()
    end?.()
    expect(result.current.start()).toBeTypeOf('function')
  })

  it('lets a cancelled flight end late without ending the newer one', () => {
    const { result } = renderHook(() => useSingleFlight())
    const abandoned = result.current.start()
    result.current.cancel()
    const current = result.current.start()
    expect(current).toBeTypeOf('function')
    abandoned?.()
    expect(result.current.start()).toBeNull()
    current?.()
    expect(result.current.start()).toBeTypeOf('function')
  })

  it('keeps the same guard across renders', () => {
    const { result, rerender } = renderHook(() => useSingleFlight())
    const first = result.current
    result.current.start()
    rerender()
    expect(result.current).toBe(first)
    expect(result.current.start()).toBeNull()
  })
})
