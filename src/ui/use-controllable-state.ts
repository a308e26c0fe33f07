import { useCallback, useInsertionEffect, useRef } from 'react'
import { useControllableState as useRadixControllableState } from '@radix-ui/react-use-controllable-state'

export interface UseControllableStateParams<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  value?: T
  /** The initial value when uncontrolled. */
  defaultValue: T
  /** Called with every new value, controlled or not, synchronously inside the setter. */
  onValueChange?: (value: T) => void
  /** Component name for the development warning. */
  name?: string
}

/**
 * `value / defaultValue / onValueChange` in one place, for every stateful prop.
 *
 * Radix's `useControllableState` keeps the value (the `value` prop when controlled, its own state
 * otherwise) and warns in development when a component switches between controlled and
 * uncontrolled. This wrapper only changes when `onValueChange` runs: synchronously inside the
 * setter, controlled or not, when the value differs from the rendered one.
 *
 * Why not Radix's `onChange` (so Radix's hook is not a drop-in here), from its source
 * (@radix-ui/react-use-controllable-state 1.3.0):
 * - uncontrolled, its setter only stores the value; `onChange` runs from a `useEffect` after the
 *   render that shows it, so the owner has not heard of the change when the setter returns (nor at
 *   all if React never commits, e.g. the component unmounts first);
 * - it reports once per commit, the last value: `set('a'); set('b')` in one event reports only
 *   'b', and a batch that returns to the start reports nothing;
 * - its setter takes an updater, so a function-typed value would be called, not stored.
 * Its controlled branch and its development warning ("X is changing from uncontrolled to
 * controlled…") match ours, so those are Radix's. With Radix's hook used directly, the unit tests
 * "calls onValueChange synchronously inside the setter, not after the render (uncontrolled)" and
 * "stores a function value instead of calling it" fail; the component suites still passed at the
 * time of the switch (React flushes effects of a discrete event before the next one), but hosts'
 * code outside React events would see the late callback.
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
  // No onChange for Radix: this hook reports changes itself (see above).
  const [current, setRadixValue] = useRadixControllableState<T>({ prop: value, defaultProp: defaultValue, caller: name })

  // The latest callback, updated before any layout effect or event handler can call the setter.
  const onChangeRef = useRef(onValueChange)
  useInsertionEffect(() => {
    onChangeRef.current = onValueChange
  })

  const setValue = useCallback(
    (next: T) => {
      // An updater function, so a function-typed value is stored, not called.
      setRadixValue(() => next)
      if (!Object.is(next, current)) onChangeRef.current?.(next)
    },
    [setRadixValue, current],
  )

  return [current, setValue]
}
