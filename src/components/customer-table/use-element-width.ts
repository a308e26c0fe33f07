import { useLayoutEffect, useRef, useState, type RefObject } from 'react'

/** Width of an element in px, kept current with a ResizeObserver (0 before layout). */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const el = ref.current
    const View = el?.ownerDocument.defaultView
    if (!el || !View?.ResizeObserver) return
    const observer = new View.ResizeObserver((entries) => {
      const next = entries[0]?.contentRect.width ?? el.clientWidth
      setWidth((previous) => (Math.abs(previous - next) < 1 ? previous : next))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}
