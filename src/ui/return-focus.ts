import { useCallback, useMemo, useRef } from 'react'

/**
 * The element that has focus, looking into shadow roots: `document.activeElement` stops at a
 * shadow host, so a dialog opened from a button inside a host's shadow root would remember the
 * host instead of the button.
 */
export function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active instanceof HTMLElement && active !== doc.body ? active : null
}

/** Whether focus is on something other than the page body (e.g. the user moved it on). */
function focusIsPlaced(doc: Document): boolean {
  return deepActiveElement(doc) !== null
}

/**
 * The menu trigger that opened the menu `item` lives in (`aria-controls` of the trigger names
 * the menu), looked up where the menu's owner is: the document or the host's shadow root.
 */
export function menuTriggerOf(item: Element): HTMLElement | null {
  const menu = item.closest('[role="menu"]')
  if (!menu?.id) return null
  const scope = item.getRootNode()
  const root = scope instanceof ShadowRoot || scope instanceof Document ? scope : item.ownerDocument
  return root.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`)
}

/**
 * Focuses the element `find` returns as soon as it exists (e.g. a virtualized row that mounts
 * once its page is in), trying once per animation frame for up to `maxFrames` frames. Returns a
 * function that stops trying.
 */
export function focusWhenPresent(view: Window, find: () => HTMLElement | null, maxFrames = 30): () => void {
  let frames = 0
  let handle = 0
  const attempt = () => {
    const element = find()
    if (element) element.focus({ preventScroll: true })
    else if (frames++ < maxFrames) handle = view.requestAnimationFrame(attempt)
  }
  handle = view.requestAnimationFrame(attempt)
  return () => view.cancelAnimationFrame(handle)
}

export interface RestoreFocusOptions {
  /** Where focus goes when the remembered element is gone (e.g. the section a removed row was in). */
  fallback?: () => HTMLElement | null
  /**
   * Move focus even when it already sits on another element. Leave off when restoring after a
   * close the user may have followed by clicking elsewhere. @default false
   */
  force?: boolean
}

/** What {@link useReturnFocus} returns. */
export interface ReturnFocus {
  /** Remembers the element focused now (through shadow roots); call before focus moves away. */
  capture: (doc: Document) => void
  /** Remembers a given element instead (e.g. the button or menu trigger that opened a dialog). */
  setTarget: (element: HTMLElement | null) => void
  /** The remembered element, or the fallback when the remembered one left the page. */
  target: (options?: RestoreFocusOptions) => HTMLElement | null
  /**
   * Puts focus back on {@link ReturnFocus.target}. Returns whether it did (so a Radix
   * `onCloseAutoFocus` can `preventDefault()` only then).
   */
  restore: (options?: RestoreFocusOptions) => boolean
  /** {@link ReturnFocus.restore} after the current task, once a closing dialog's own focus handling is done. */
  restoreSoon: (options?: RestoreFocusOptions) => void
}

/**
 * The one way the library returns focus after a dialog, menu or view closes: remember where it
 * was (through shadow roots), put it back there, or on a fallback when that element is gone, and
 * never steal it from where the user has since put it.
 *
 * @example
 * const returnFocus = useReturnFocus()
 * <DialogContent
 *   onOpenAutoFocus={(e) => returnFocus.capture(e.currentTarget.ownerDocument)}
 *   onCloseAutoFocus={(e) => { if (returnFocus.restore({ force: true })) e.preventDefault() }}
 * />
 */
export function useReturnFocus(): ReturnFocus {
  const remembered = useRef<HTMLElement | null>(null)
  const setTarget = useCallback((element: HTMLElement | null) => {
    remembered.current = element
  }, [])
  const capture = useCallback((doc: Document) => {
    remembered.current = deepActiveElement(doc)
  }, [])
  const target = useCallback((options?: RestoreFocusOptions) => {
    const element = remembered.current
    if (element?.isConnected) return element
    const fallback = options?.fallback?.()
    return fallback?.isConnected ? fallback : null
  }, [])
  const restore = useCallback(
    (options?: RestoreFocusOptions) => {
      const element = target(options)
      if (!element) return false
      if (!options?.force && focusIsPlaced(element.ownerDocument)) return false
      element.focus()
      return true
    },
    [target],
  )
  const restoreSoon = useCallback(
    (options?: RestoreFocusOptions) => {
      setTimeout(() => restore(options), 0)
    },
    [restore],
  )
  return useMemo(() => ({ capture, setTarget, target, restore, restoreSoon }), [capture, setTarget, target, restore, restoreSoon])
}
