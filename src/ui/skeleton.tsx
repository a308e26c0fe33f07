import { forwardRef, type ComponentPropsWithoutRef, type CSSProperties } from 'react'
import { cn } from '../lib/cn'

export interface SkeletonProps extends ComponentPropsWithoutRef<'span'> {
  /** Width (number = px, or any CSS length). @default '100%' */
  width?: number | string
  /** Height (number = px, or any CSS length). @default '1em' */
  height?: number | string
  /** Corner radius (number = px, any CSS length, or 'full' for a circle / pill). @default var(--hx-radius-md) */
  radius?: number | string | 'full'
}

function toLength(value: number | string | undefined): string | undefined {
  return typeof value === 'number' ? `${value}px` : value
}

/**
 * A placeholder block shaped like content that is loading. Hidden from assistive technology
 * (`aria-hidden`); announce loading on the container instead (`aria-busy`, a `Spinner` label).
 * The shimmer stops under `prefers-reduced-motion`.
 *
 * @selector [data-slot="skeleton"]
 * @example
 * <Skeleton width={120} height={14} />
 * <Skeleton width={32} height={32} radius="full" />
 */
export const Skeleton = forwardRef<HTMLSpanElement, SkeletonProps>(function Skeleton(
  { width, height, radius, className, style, ...props },
  ref,
) {
  const vars: CSSProperties & Record<`--hx-skeleton-${string}`, string | undefined> = {
    '--hx-skeleton-width': toLength(width),
    '--hx-skeleton-height': toLength(height),
    '--hx-skeleton-radius': radius === 'full' ? 'var(--hx-radius-full, 9999px)' : toLength(radius),
  }
  return (
    <span
      ref={ref}
      aria-hidden="true"
      data-slot="skeleton"
      {...props}
      className={cn('hx-skeleton', className)}
      style={{ ...vars, ...style }}
    />
  )
})
