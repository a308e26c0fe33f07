import { useEffect, type ReactNode } from 'react'

/**
 * A component that records its effect's mounts and clean-ups in `events`, to show whether it
 * rendered under StrictMode (`['mount', 'cleanup', 'mount']`) or not (`['mount']`).
 */
export function createEffectProbe() {
  const events: string[] = []
  function EffectProbe({ children }: { children?: ReactNode }) {
    useEffect(() => {
      events.push('mount')
      return () => {
        events.push('cleanup')
      }
    }, [])
    return children
  }
  return { events, EffectProbe }
}
