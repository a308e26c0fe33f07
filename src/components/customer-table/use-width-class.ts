import { useLayoutEffect, useRef, useState, type RefObject } from 'react'

/**
 * A class of an element's width (which columns fit, say), kept current with a ResizeObserver.
 * Returns `initial` before layout. Only a change of class re-renders: the observer's first report
 * (the frame that first lays the element out, often the one that paints a table's first rows)
 * and every resize that keeps the class cost no render. `classify` must be stable and return a
 * primitive (compared with `Object.is`).
 */
export function useWidthClass<T extends HTMLElement, C>(classify: (width: number) => C, initial: C): [RefObject<T | null>, C] {
  const ref = useRef<T>(null)
  const [widthClass, setWidthClass] = useState(initial)
  useLayoutEffect(() => {
    const el = ref.current
    const View = el?.ownerDocument.defaultView
    if (!el || !View?.ResizeObserver) return
    const observer = new View.ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? el.clientWidth
      // The same value: React bails out without rendering.
      setWidthClass(classify(width))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [classify])
  return [ref, widthClass]
}
