import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import { cn } from '../lib/cn'

export interface AdapterTextProps extends Omit<ComponentPropsWithoutRef<'bdi'>, 'children'> {
  /** The backend text (a name, id, email…), rendered as text, never as markup. */
  children: string
  /**
   * `wrap` breaks long unbroken text anywhere; `truncate` keeps one line with an ellipsis and the
   * full value as `title`.
   * @default 'wrap'
   */
  overflow?: 'wrap' | 'truncate'
}

/**
 * Text that comes from the adapter, placed next to other text: bidi-isolated (`<bdi>`), so its
 * direction cannot leak into the sentence around it, and kept inside its container (wraps, or
 * truncates with the full value as a tooltip).
 *
 * @selector [data-slot="adapter-text"][data-overflow="wrap" | "truncate"]
 * @example
 * <AdapterText>{product.displayName}</AdapterText> ×2
 */
export const AdapterText = forwardRef<HTMLElement, AdapterTextProps>(function AdapterText(
  { overflow = 'wrap', className, children, title, ...props },
  ref,
) {
  return (
    <bdi
      ref={ref}
      data-slot="adapter-text"
      data-overflow={overflow}
      title={title ?? (overflow === 'truncate' ? children : undefined)}
      {...props}
      className={cn('hx-adapter-text', className)}
    >
      {children}
    </bdi>
  )
})
