import { forwardRef } from 'react'
import { cva } from 'class-variance-authority'
import { cn } from '../lib/cn'
import { Button, type ButtonProps } from './button'

/** The classes of an `IconButton` size (on top of `buttonVariants({ size: 'icon' })`). */
export const iconButtonVariants = cva('hx-icon-button', {
  variants: {
    size: { sm: 'hx-icon-button--sm', md: 'hx-icon-button--md', lg: 'hx-icon-button--lg' },
  },
  defaultVariants: { size: 'md' },
})

export type IconButtonSize = 'sm' | 'md' | 'lg'

export interface IconButtonProps extends Omit<ButtonProps, 'size' | 'aria-label'> {
  /** Accessible name (`aria-label`) and tooltip (`title`); required because the button shows only an icon. */
  label: string
  /** Square size. @default 'md' */
  size?: IconButtonSize
  /** Visual style. @default 'ghost' */
  variant?: ButtonProps['variant']
  /** Show `label` as the native tooltip (`title`). @default true */
  tooltip?: boolean
}

/**
 * A square button that shows only an icon; `label` names it for assistive technology and as a
 * tooltip. Everything else behaves like `Button` (including `isPending`).
 *
 * @selector [data-slot="icon-button"]
 * @selector [data-variant="primary" | "secondary" | "ghost" | "destructive" | "outline"]
 * @selector [data-size="sm" | "md" | "lg"]
 * @selector [data-pending] — while `isPending`
 * @example
 * <IconButton label="Copy link" onClick={copy}><CopyIcon /></IconButton>
 */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { label, size = 'md', variant = 'ghost', tooltip = true, className, ...props },
  ref,
) {
  return (
    <Button
      ref={ref}
      aria-label={label}
      title={tooltip ? label : undefined}
      variant={variant}
      size="icon"
      data-slot="icon-button"
      data-size={size}
      {...props}
      className={cn(iconButtonVariants({ size }), className)}
    />
  )
})
