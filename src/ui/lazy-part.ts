import { useCallback, useEffect, useSyncExternalStore, type ComponentType } from 'react'
import type { MutationStatus } from '../lib/async-status'

/** Where a lazy part's code stands: `idle` until something asks for it. */
export interface LazyPartState<P> {
  status: MutationStatus
  /** The loaded component (`success` only). */
  component: ComponentType<P> | null
  /** Why the last load failed (`error` only). */
  error: unknown
}

/**
 * A component whose code loads on first use (issue 13, point 3: a page pays for a dialog, a menu
 * or a tooltip only once someone opens it). Made once at module level around a dynamic
 * `import()`, which bundlers split into its own chunk:
 *
 * ```ts
 * const checkoutDialog = lazyPart(() => import('./create-checkout-dialog').then((m) => m.CreateCheckoutDialog))
 * ```
 *
 * Why not `React.lazy` alone: a lazy component whose import failed (a deploy replaced the chunk,
 * the network dropped) stays failed for the life of the page, and it needs Suspense plus an error
 * boundary at every use. A part keeps its state in one small store instead: `prefetch()` starts the
 * load (call it on hover or focus of what opens the part), a failed load can be tried again, and
 * `useLazyPart` reads the state in the library's status vocabulary so each use shows its own
 * pending and error states.
 */
export interface LazyPart<P> {
  /** Starts loading the code unless it is loaded or loading; a failed load starts over. Never throws. */
  prefetch(): void
  /** The current state (stable between changes, for `useSyncExternalStore`). */
  getState(): LazyPartState<P>
  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

/** Wraps a component loader (`() => import('./x').then((m) => m.X)`) as a {@link LazyPart}. */
export function lazyPart<P>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let state: LazyPartState<P> = { status: 'idle', component: null, error: null }
  const listeners = new Set<() => void>()
  const set = (next: LazyPartState<P>) => {
    state = next
    for (const listener of [...listeners]) listener()
  }
  return {
    prefetch() {
      if (state.status === 'loading' || state.status === 'success') return
      set({ status: 'loading', component: null, error: null })
      load().then(
        (component) => set({ status: 'success', component, error: null }),
        (error: unknown) => set({ status: 'error', component: null, error }),
      )
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** A lazy part's state, loading it once `enabled`, with `retry` after a failed load. */
export interface UseLazyPartResult<P> extends LazyPartState<P> {
  /** Tries a failed load again. */
  retry: () => void
}

/**
 * Reads a {@link LazyPart} and starts its load when it mounts or becomes `enabled` (default
 * `true`): render `component` when `status` is `success`, a pending state while `loading`, and an
 * error with `retry` on `error`. A part whose earlier load failed is tried again then (the user
 * asked for it again), but not again and again while it stays mounted and failing.
 */
export function useLazyPart<P>(part: LazyPart<P>, enabled = true): UseLazyPartResult<P> {
  const state = useSyncExternalStore(part.subscribe, part.getState, part.getState)
  useEffect(() => {
    // prefetch() does nothing while the part is loading or loaded.
    if (enabled) part.prefetch()
  }, [enabled, part])
  const retry = useCallback(() => part.prefetch(), [part])
  return { ...state, retry }
}
