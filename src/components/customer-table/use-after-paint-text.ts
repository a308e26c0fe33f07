import { useEffect, useState } from 'react'

/** How long the text may wait for an idle moment after the paint, in ms. */
const IDLE_TIMEOUT_MS = 250

/**
 * Text for a polite live region, computed after the browser has painted the change it describes,
 * once the main thread is idle. `compute` (memoize it) may format numbers and plurals: the first
 * `Intl.NumberFormat` / `Intl.PluralRules` of a page costs tens of milliseconds while Chromium
 * loads locale data, which would otherwise sit between the first page of rows and its paint, or
 * in the task right after it (ahead of the user's next input). Screen readers announce polite
 * regions when idle anyway, so the delay changes nothing for them. Where `requestIdleCallback` is
 * missing (Safari), a timeout queued after the paint.
 */
export function useAfterPaintText(compute: () => string): string {
  const [text, setText] = useState('')
  useEffect(() => {
    const win = typeof window === 'undefined' ? null : window
    if (!win) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let idle: number | undefined
    const update = () => setText(compute())
    // rAF runs before the next paint; what it queues runs after that paint.
    const frame = win.requestAnimationFrame(() => {
      if (typeof win.requestIdleCallback === 'function') idle = win.requestIdleCallback(update, { timeout: IDLE_TIMEOUT_MS })
      else timer = setTimeout(update, 0)
    })
    return () => {
      win.cancelAnimationFrame(frame)
      clearTimeout(timer)
      if (idle !== undefined) win.cancelIdleCallback(idle)
    }
  }, [compute])
  return text
}
