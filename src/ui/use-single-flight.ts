import { useCallback, useMemo, useRef } from 'react'

/** A synchronous "one at a time" guard for submits; see {@link useSingleFlight}. */
export interface SingleFlight {
  /**
   * Starts a flight and returns the function that ends it, or `null` while another flight is
   * running. Ending an abandoned flight later does nothing to a newer one.
   */
  start: () => (() => void) | null
  /** Abandons the current flight (an aborted request): the next `start()` succeeds. */
  cancel: () => void
}

/**
 * Makes a submit single-flight: the guard is a ref, set in the same task as the submit, so a
 * second `click()` or `requestSubmit()` before React re-renders (keyboard auto-repeat, scripted
 * hosts) is ignored instead of reading a stale `isPending` from the last render.
 *
 * @example
 * const flight = useSingleFlight()
 * const submit = () => {
 *   const end = flight.start()
 *   if (!end) return
 *   mutation.mutate(params, { onSettled: end })
 * }
 */
export function useSingleFlight(): SingleFlight {
  const current = useRef<object | null>(null)
  const start = useCallback(() => {
    if (current.current) return null
    const token = {}
    current.current = token
    return () => {
      if (current.current === token) current.current = null
    }
  }, [])
  const cancel = useCallback(() => {
    current.current = null
  }, [])
  return useMemo(() => ({ start, cancel }), [start, cancel])
}
