import { useCallback, useEffect, useRef, useState } from 'react'

export interface UseControllableStateParams<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  value?: T
  /** The initial value when uncontrolled. */
  defaultValue: T
  /** Called with every new value, controlled or not. */
  onValueChange?: (value: T) => void
  /** Component name for the development warning. */
  name?: string
}

/**
 * `value / defaultValue / onValueChange` in one place, for every stateful prop. Warns in
 * development when a component switches between controlled and uncontrolled.
 *
 * @example
 * const [type, setType] = useControllableState({ value, defaultValue: 'all', onValueChange })
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onValueChange,
  name = 'component',
}: UseControllableStateParams<T>): [T, (next: T) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultValue)
  const isControlled = value !== undefined
  const current = isControlled ? value : uncontrolled

  const wasControlled = useRef(isControlled)
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && wasControlled.current !== isControlled) {
      console.warn(
        `${name} is changing from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${
          isControlled ? 'controlled' : 'uncontrolled'
        }. Decide between using a controlled or uncontrolled value for the lifetime of the component.`,
      )
    }
    wasControlled.current = isControlled
  }, [isControlled, name])

  const onChangeRef = useRef(onValueChange)
  useEffect(() => {
    onChangeRef.current = onValueChange
  })

  const setValue = useCallback(
    (next: T) => {
      if (!isControlled) setUncontrolled(next)
      if (!Object.is(next, current)) onChangeRef.current?.(next)
    },
    [isControlled, current],
  )

  return [current, setValue]
}
