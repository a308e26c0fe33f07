import { useOptionalPaymentsContext, type ColorScheme } from '../data/payments-context'

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
  const context = useOptionalPaymentsContext()
  return {
    container: container ?? context?.portalContainer ?? undefined,
    colorScheme: colorScheme ?? context?.colorScheme ?? 'inherit',
  }
}
