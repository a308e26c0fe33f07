import { userEvent } from 'vitest/browser'

/**
 * Moves the mouse to the page's bottom right corner, away from what a test renders at the top.
 * The browser keeps the pointer where an earlier test (of any file) left it, and an element
 * rendered under a resting pointer gets `pointerenter` without a move: a test that checks what
 * happens before a hover parks the pointer first.
 */
export async function parkPointer(): Promise<void> {
  const spot = document.createElement('div')
  spot.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 4px; height: 4px'
  document.body.append(spot)
  try {
    await userEvent.hover(spot)
  } finally {
    spot.remove()
  }
}
