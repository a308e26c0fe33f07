import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import { cva } from 'class-variance-authority'
import { cn } from '../lib/cn'

export const badgeVariants = cva('hx-badge', {
  variants: {
    variant: {
      neutral: 'hx-badge--neutral',
      user: 'hx-badge--user',
      team: 'hx-badge--team',
      custom: 'hx-badge--custom',
      success: 'hx-badge--success',
      warning: 'hx-badge--warning',
      danger: 'hx-badge--danger',
      info: 'hx-badge--info',
      outline: 'hx-badge--outline',
    },
  },
  defaultVariants: { variant: 'neutral' },
})

export type BadgeVariant = 'neutral' | 'user' | 'team' | 'custom' | 'success' | 'warning' | 'danger' | 'info' | 'outline'

export interface BadgeProps extends ComponentPropsWithoutRef<'span'> {
  /** Colour: a status, a customer type (`user` / `team` / `custom`), or `outline`. @default 'neutral' */
  variant?: BadgeVariant
}

/**
 * A small pill label (customer type, subscription status, test mode…). Colour is never the only
 * signal: the text says it.
 *
 * @selector [data-slot="badge"]
 * @selector [data-variant="neutral" | "user" | "team" | "custom" | "success" | "warning" | "danger" | "info" | "outline"]
 * @example
 * <Badge variant="team"><BuildingIcon /> Team</Badge>
 */
export const Badge = forwardRef<HTMLSpanElement, BadgeProps>(function Badge({ variant = 'neutral', className, ...props }, ref) {
  return (
    <span
      ref={ref}
      data-slot="badge"
      data-variant={variant}
      {...props}
      className={cn(badgeVariants({ variant }), className)}
    />
  )
})
