import { createContext, useContext, type ReactNode } from 'react'
import type { ColorScheme } from '../lib/color-scheme'
import type { Translator } from '../lib/messages'

/** What the primitives need from their surroundings, set once by `PaymentsProvider`. */
export interface UiEnvironment {
  /** The colour scheme portalled roots (dialogs, menus) carry. */
  colorScheme: ColorScheme
  /** Where dialogs and menus portal to; `null` for `document.body`. */
  portalContainer: HTMLElement | null
  /** The localised messages, or `null` for the primitives' English fallbacks. */
  t: Translator | null
}

const DEFAULT_ENVIRONMENT: UiEnvironment = { colorScheme: 'inherit', portalContainer: null, t: null }

const UiEnvironmentContext = createContext<UiEnvironment>(DEFAULT_ENVIRONMENT)
UiEnvironmentContext.displayName = 'UiEnvironmentContext'

/** Provides the primitives' environment (the layer below the data provider never reads data). */
export function UiEnvironmentProvider({ value, children }: { value: UiEnvironment; children?: ReactNode }) {
  return <UiEnvironmentContext.Provider value={value}>{children}</UiEnvironmentContext.Provider>
}

/** The nearest environment: colour scheme `inherit`, `document.body` and English outside a provider. */
export function useUiEnvironment(): UiEnvironment {
  return useContext(UiEnvironmentContext)
}
