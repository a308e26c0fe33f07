import { describe, expect, it, vi } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { useControllableState } from '../../src/ui/use-controllable-state'

describe('useControllableState', () => {
  it('keeps its own value when uncontrolled and reports changes', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() => useControllableState({ defaultValue: 'all', onValueChange }))
    act(() => result.current[1]('team'))
    expect(result.current[0]).toBe('team')
    expect(onValueChange).toHaveBeenCalledWith('team')
  })

  it('follows the controlled value and only asks the owner to change it', () => {
    const onValueChange = vi.fn()
    const { result, rerender } = renderHook(
      ({ value }: { value: string }) => useControllableState({ value, defaultValue: 'all', onValueChange }),
      { initialProps: { value: 'user' } },
    )
    act(() => result.current[1]('team'))
    expect(result.current[0]).toBe('user')
    expect(onValueChange).toHaveBeenCalledWith('team')
    rerender({ value: 'team' })
    expect(result.current[0]).toBe('team')
  })

  it('does not report a change to the same value', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() => useControllableState({ defaultValue: 'all', onValueChange }))
    act(() => result.current[1]('all'))
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('warns in development when switching from uncontrolled to controlled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { rerender } = renderHook(
      ({ value }: { value?: string }) => useControllableState({ value, defaultValue: 'all', name: 'CustomerTable' }),
      { initialProps: {} as { value?: string } },
    )
    rerender({ value: 'user' })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('CustomerTable is changing from uncontrolled to controlled'))
    warn.mockRestore()
  })

  it('calls onValueChange synchronously inside the setter, not after the render (uncontrolled)', () => {
    const calls: string[] = []
    const { result } = renderHook(() => useControllableState({ defaultValue: 'all', onValueChange: (next: string) => calls.push(next) }))
    act(() => {
      result.current[1]('team')
      // Radix's own onChange would still be empty here: it reports from an effect after the render.
      expect(calls).toEqual(['team'])
    })
    expect(calls).toEqual(['team'])
  })

  it('calls the latest onValueChange', () => {
    const first = vi.fn()
    const second = vi.fn()
    const { result, rerender } = renderHook(
      ({ onValueChange }: { onValueChange: (value: string) => void }) => useControllableState({ defaultValue: 'all', onValueChange }),
      { initialProps: { onValueChange: first } },
    )
    rerender({ onValueChange: second })
    act(() => result.current[1]('team'))
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledWith('team')
  })

  it('stores a function value instead of calling it', () => {
    const all = () => 'all'
    const team = () => 'team'
    const { result } = renderHook(() => useControllableState<() => string>({ defaultValue: all }))
    act(() => result.current[1](team))
    expect(result.current[0]).toBe(team)
  })

  it('warns in development when switching from controlled to uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { rerender } = renderHook(
      ({ value }: { value?: string }) => useControllableState({ value, defaultValue: 'all', name: 'SearchInput' }),
      { initialProps: { value: 'acme' } as { value?: string } },
    )
    rerender({})
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('SearchInput is changing from controlled to uncontrolled'))
    warn.mockRestore()
  })
})
