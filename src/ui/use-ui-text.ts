import type { MessageKey } from '../lib/messages'
import { useUiEnvironment } from './environment'

/**
 * Text a primitive shows by itself ("Retry", "Close"): the provider's localised message when
 * inside a `PaymentsProvider`, else the English fallback. An explicit prop always wins over both.
 */
export function useUiText(key: MessageKey, fallback: string): string {
  const { t } = useUiEnvironment()
  return t ? t(key) : fallback
}
