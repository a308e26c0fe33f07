import { createContext, useContext, type ReactNode } from 'react'

const InsideThemeRoot = createContext(false)

/**
 * Marks everything below as inside a library theme root (an element with `hx-root`): parts
 * rendered there inherit its font and colours and add no root of their own.
 */
export function ThemeScope({ children }: { children: ReactNode }) {
  return <InsideThemeRoot.Provider value>{children}</InsideThemeRoot.Provider>
}

/** Whether the calling component renders inside a library theme root. */
export function useInsideThemeRoot(): boolean {
  return useContext(InsideThemeRoot)
}
