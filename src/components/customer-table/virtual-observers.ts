import { elementScroll, observeElementRect, type Rect, type Virtualizer } from '@tanstack/react-virtual'

type GridVirtualizer = Virtualizer<HTMLDivElement, Element>

/**
 * TanStack Virtual's element observers, minus the layout they force when the rows first mount.
 *
 * On attaching to its scroll element the virtualizer reads the element's size (`clientHeight`)
 * and writes its scroll offset (`scrollTo`), each of which makes the browser lay out the page
 * there and then, inside the commit that adds the first page of rows: the layout of 50 new rows
 * then runs before the rows are even in the DOM for the rest of the page, and again if anything
 * changes before the paint. When the size is already known (`initialRect`, from the grid's px
 * height) and the offset to start at is 0 on an element that has never been scrolled by us, both
 * are skipped: the ResizeObserver still reports the real size in the same frame, before paint.
 */
export function gridObservers(initialRect: Rect | undefined, initialOffset: number | undefined) {
  let attached: Element | null = null
  return {
    observeElementRect: (instance: GridVirtualizer, cb: (rect: Rect) => void) => {
      const element = instance.scrollElement
      if (!initialRect || !element || typeof ResizeObserver === 'undefined') return observeElementRect(instance, cb)
      cb(initialRect)
      const observer = new ResizeObserver(() => cb({ width: element.clientWidth, height: element.clientHeight }))
      observer.observe(element, { box: 'content-box' })
      return () => observer.disconnect()
    },
    scrollToFn: (offset: number, options: { adjustments?: number; behavior?: ScrollBehavior }, instance: GridVirtualizer) => {
      const element = instance.scrollElement
      const first = element !== attached
      attached = element
      if (first && !initialOffset && offset === 0 && !options.adjustments) return
      elementScroll(offset, options, instance)
    },
  }
}
