import { createContext, useContext, type Provider } from 'react'

/**
 * A context for the parts of one composed component (Radix's `createContext` pattern): the
 * provider its root renders, and a hook each part calls with its own name, which throws a clear
 * error when the part is rendered outside that root ("`CreateCheckoutSubmit` must be used within
 * `CreateCheckoutContent`").
 *
 * @example
 * const [CheckoutProvider, useCheckoutPart] = createPartContext<CheckoutPartValue>('CreateCheckoutContent')
 * function CreateCheckoutSubmit() {
 *   const { checkout } = useCheckoutPart('CreateCheckoutSubmit')
 * }
 */
export function createPartContext<T>(rootName: string, hint?: string): readonly [Provider<T | null>, (partName: string) => T] {
  const Context = createContext<T | null>(null)
  Context.displayName = `${rootName}Context`
  function usePart(partName: string): T {
    const value = useContext(Context)
    if (value === null) {
      throw new Error(`\`${partName}\` must be used within \`${rootName}\`.${hint ? ` ${hint}` : ''}`)
    }
    return value
  }
  return [Context.Provider, usePart] as const
}
