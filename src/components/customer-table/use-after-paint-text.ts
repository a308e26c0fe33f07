import { useEffect, useState } from 'react'

/**
 * Text for a polite live region, computed after the browser has painted the change it describes.
 * `compute` (memoize it) may format numbers and plurals: the first `Intl.NumberFormat` /
 * `Intl.PluralRules` of a page costs tens of milliseconds while Chromium loads locale data, which
 * would otherwise sit between the first page of rows and its paint. Screen readers announce
 * polite regions when idle anyway, so a frame's delay changes nothing for them.
 */
export function useAfterPaintText(compute: () => string): string {
  const [text, setText] = useState('')
  useEffect(() => {
    const win = typeof window === 'undefined' ? null : window
    if (!win) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // rAF runs before the next paint; the timeout queued from it runs after that paint.
    const frame = win.requestAnimationFrame(() => {
      timer = setTimeout(() => setText(compute()), 0)
    })
    return () => {
      win.cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [compute])
  return text
}
