import type { ColorScheme } from '../lib/color-scheme'
import { useUiEnvironment } from './environment'

/** Props every portalled root (dialog, menu) needs: the container and the `hx-root` theme contract. */
export interface PortalRoot {
  /** Where to portal: the provider's `portalContainer`, else `undefined` (Radix uses `document.body`). */
  container: HTMLElement | undefined
  /** The colour scheme the portalled root carries as `data-hx-color-scheme`. */
  colorScheme: ColorScheme
}

/**
 * Resolves where a dialog or menu portals to and which colour scheme its root carries: explicit
 * arguments first, then the nearest `PaymentsProvider`, then `document.body` and `'inherit'`.
 */
export function usePortalRoot(container?: HTMLElement | null, colorScheme?: ColorScheme): PortalRoot {
  const environment = useUiEnvironment()
  return {
    container: container ?? environment.portalContainer ?? undefined,
    colorScheme: colorScheme ?? environment.colorScheme,
  }
}
