import { useEffect, useState } from 'react'

/**
 * The value, once it has stopped changing for `delayMs`. An empty string passes at once, so
 * clearing a search never waits.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value)
  const immediate = delayMs <= 0 || value === ''
  // Adjusting state while rendering (not in an effect) keeps the cleared value from flashing back.
  if (immediate && !Object.is(debounced, value)) setDebounced(value)
  useEffect(() => {
    if (immediate) return
    const timer = setTimeout(() => setDebounced(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs, immediate])
  return immediate ? value : debounced
}
