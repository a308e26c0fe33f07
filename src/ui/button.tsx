import { forwardRef, type ComponentPropsWithoutRef, type MouseEvent } from 'react'
import { cva } from 'class-variance-authority'
import { cn } from '../lib/cn'
import { Spinner } from './spinner'

export const buttonVariants = cva('hx-button', {
  variants: {
    variant: {
      primary: 'hx-button--primary',
      secondary: 'hx-button--secondary',
      ghost: 'hx-button--ghost',
      destructive: 'hx-button--destructive',
      outline: 'hx-button--outline',
    },
    size: { sm: 'hx-button--sm', md: 'hx-button--md', lg: 'hx-button--lg', icon: 'hx-button--icon' },
  },
  defaultVariants: { variant: 'primary', size: 'md' },
})

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'destructive' | 'outline'
export type ButtonSize = 'sm' | 'md' | 'lg' | 'icon'

export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** Visual style. @default 'primary' */
  variant?: ButtonVariant
  /** Height and padding; `icon` is square. @default 'md' */
  size?: ButtonSize
  /**
   * Shows a spinner and ignores clicks (no `onClick`, no form submit) while keeping focus and the
   * label's width; sets `aria-busy`, `aria-disabled` and `data-pending`. @default false
   */
  isPending?: boolean
  /** The button type; `button` so it never submits a form by accident. @default 'button' */
  type?: 'button' | 'submit' | 'reset'
}

/**
 * A button. Pending is not disabled: the button stays focusable (focus is not lost mid-mutation)
 * but swallows clicks until the work is done.
 *
 * @selector [data-slot="button"]
 * @selector [data-variant="primary" | "secondary" | "ghost" | "destructive" | "outline"]
 * @selector [data-size="sm" | "md" | "lg" | "icon"]
 * @selector [data-pending] — while `isPending`
 * @selector [data-disabled] — while `disabled`
 * @example
 * <Button variant="primary" isPending={mutation.isPending} onClick={() => mutation.mutate()}>Create link</Button>
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'primary', size = 'md', isPending = false, type = 'button', disabled, className, children, onClick, ...props },
  ref,
) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (isPending) {
      // Blocks form submission and every click handler while the work is in flight.
      event.preventDefault()
      return
    }
    onClick?.(event)
  }

  return (
    <button
      ref={ref}
      type={type}
      disabled={disabled}
      aria-busy={isPending || undefined}
      aria-disabled={isPending || undefined}
      data-slot="button"
      data-variant={variant}
      data-size={size}
      data-pending={isPending ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
      {...props}
      onClick={handleClick}
      className={cn(buttonVariants({ variant, size }), className)}
    >
      {isPending ? (
        <span className="hx-button__spinner" data-slot="button-spinner">
          <Spinner decorative size={size === 'sm' ? 'sm' : 'md'} />
        </span>
      ) : null}
      <span className="hx-button__label" data-slot="button-label">
        {children}
      </span>
    </button>
  )
})
