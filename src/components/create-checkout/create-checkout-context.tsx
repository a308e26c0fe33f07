import { useId, useMemo, type ReactNode } from 'react'
import { createPartContext } from '../../ui/part-context'
import type { CreateCheckoutOptions, CreateCheckoutState } from './use-create-checkout'

/** What `CreateCheckoutRoot` hands its parts: the open state and what the form is for. */
export interface CreateCheckoutRootValue {
  open: boolean
  setOpen: (open: boolean) => void
  options: CreateCheckoutOptions
}

/** The root's context: `CreateCheckoutRoot` provides it, `CreateCheckoutContent` reads it. */
export const [CreateCheckoutRootProvider, useCreateCheckoutRoot] = createPartContext<CreateCheckoutRootValue>('CreateCheckoutRoot')

/** What every create-checkout part reads: the form state, how to close, and the ids parts link. */
export interface CreateCheckoutPartValue {
  checkout: CreateCheckoutState
  /** Closes the form (Cancel, Done); absent in an inline form without a dialog. */
  close: (() => void) | undefined
  ids: { description: string; error: string; unavailable: string }
}

const [PartProvider, usePart] = createPartContext<CreateCheckoutPartValue>(
  'CreateCheckoutContent',
  'Render it inside <CreateCheckoutContent> (in a <CreateCheckoutRoot>), or give it your own useCreateCheckout() state with <CreateCheckoutProvider value={…}>.',
)

/** The part context of one form: its state, `close` and the ids its parts link. */
export function useCreateCheckoutPartValue(checkout: CreateCheckoutState, close: (() => void) | undefined): CreateCheckoutPartValue {
  const id = useId()
  const ids = useMemo(() => ({ description: `${id}-description`, error: `${id}-error`, unavailable: `${id}-unavailable` }), [id])
  return useMemo(() => ({ checkout, close, ids }), [checkout, close, ids])
}

/** The parts' context: `CreateCheckoutContent` and `CreateCheckoutProvider` provide it, every part reads it. */
export { PartProvider as CreateCheckoutPartProvider, usePart as useCreateCheckoutPart }

/** Props of {@link CreateCheckoutProvider}. */
export interface CreateCheckoutProviderProps {
  /** The state of the form, from your own `useCreateCheckout()`. */
  value: CreateCheckoutState
  /** What Cancel and Done do (e.g. close your panel or navigate away); without it they only reset. */
  onClose?: () => void
  children?: ReactNode
}

/**
 * Gives the create-checkout parts your own `useCreateCheckout()` state, for a form rendered
 * outside the dialog (inline on a page, in a side panel). Parts that belong to the dialog
 * (`CreateCheckoutContent`, `CreateCheckoutHeader`) still need `CreateCheckoutRoot`.
 *
 * @example
 * const checkout = useCreateCheckout({ customer })
 * <CreateCheckoutProvider value={checkout}>
 *   <CreateCheckoutForm />
 *   <CreateCheckoutResult />
 * </CreateCheckoutProvider>
 */
export function CreateCheckoutProvider({ value, onClose, children }: CreateCheckoutProviderProps) {
  const part = useCreateCheckoutPartValue(value, onClose)
  return <PartProvider value={part}>{children}</PartProvider>
}

/**
 * The state of the create-checkout form the calling part is in, for host parts placed among
 * ours (a note about the chosen product, an extra field).
 *
 * @throws Error outside `CreateCheckoutContent` / `CreateCheckoutProvider`.
 * @example
 * function ChosenPlan() {
 *   const checkout = useCreateCheckoutContext()
 *   return <p>{checkout.product?.displayName ?? 'No plan yet'}</p>
 * }
 */
export function useCreateCheckoutContext(): CreateCheckoutState {
  return usePart('useCreateCheckoutContext').checkout
}
