import { useSyncExternalStore } from 'react'

export type Theme = 'light' | 'dark'

const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const current = (): Theme => (document.documentElement.classList.contains('dark') ? 'dark' : 'light')

/** The host theme: `.dark` on <html>, which the library follows through `colorScheme="inherit"`. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, current)
  const set = (next: Theme) => {
    document.documentElement.classList.toggle('dark', next === 'dark')
    try {
      localStorage.setItem('demo-theme', next)
    } catch {
      // storage may be unavailable (private mode); the toggle still works for this page
    }
    for (const listener of listeners) listener()
  }
  return [theme, set]
}
