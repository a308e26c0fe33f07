import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import { cva } from 'class-variance-authority'
import { cn } from '../lib/cn'
import { useUiText } from './use-ui-text'

const spinnerVariants = cva('hx-spinner', {
  variants: {
    size: { sm: 'hx-spinner--sm', md: 'hx-spinner--md', lg: 'hx-spinner--lg' },
  },
  defaultVariants: { size: 'md' },
})

export type SpinnerSize = 'sm' | 'md' | 'lg'

export interface SpinnerProps extends ComponentPropsWithoutRef<'span'> {
  /** Size of the spinner. @default 'md' */
  size?: SpinnerSize
  /** Accessible name announced by the `role="status"` element. @default the provider's `state.loading` message, else 'Loading' */
  label?: string
  /** Hide it from assistive technology (when something else already says it is busy). @default false */
  decorative?: boolean
}

/**
 * A rotating ring that says "working". A live `role="status"` with an accessible name unless
 * `decorative`. Keeps turning (slower) under `prefers-reduced-motion`.
 *
 * @selector [data-slot="spinner"]
 * @selector [data-size="sm" | "md" | "lg"]
 * @example
 * <Spinner label="Loading customers" />
 */
export const Spinner = forwardRef<HTMLSpanElement, SpinnerProps>(function Spinner(
  { size = 'md', label: labelProp, decorative = false, className, ...props },
  ref,
) {
  const defaultLabel = useUiText('state.loading', 'Loading')
  const label = labelProp ?? defaultLabel
  return (
    <span
      ref={ref}
      role={decorative ? undefined : 'status'}
      aria-label={decorative ? undefined : label}
      aria-hidden={decorative ? true : undefined}
      data-slot="spinner"
      data-size={size}
      {...props}
      className={cn(spinnerVariants({ size }), className)}
    >
      <svg className="hx-spinner__svg" viewBox="0 0 24 24" fill="none" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
        <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
    </span>
  )
})
