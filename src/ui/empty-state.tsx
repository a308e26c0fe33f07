import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { cn } from '../lib/cn'

export interface EmptyStateProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  /** A decorative icon shown above the title (e.g. `<UsersIcon />`). */
  icon?: ReactNode
  /** What is empty, in a few words ("No customers yet", "No matches for 'acme'"). */
  title: ReactNode
  /** One sentence on why, or what to do next. */
  description?: ReactNode
  /** Actions (e.g. a "Clear search" button). */
  action?: ReactNode
  /** Render the title as a heading of this level instead of a paragraph. */
  headingLevel?: 2 | 3 | 4 | 5 | 6
}

/**
 * What a list or section shows when it has nothing to show.
 *
 * @selector [data-slot="empty-state"]
 * @selector [data-slot="empty-state-icon" | "empty-state-title" | "empty-state-description" | "empty-state-action"]
 * @example
 * <EmptyState icon={<SearchIcon />} title="No matches for “acme”" action={<Button onClick={clear}>Clear search</Button>} />
 */
export const EmptyState = forwardRef<HTMLDivElement, EmptyStateProps>(function EmptyState(
  { icon, title, description, action, headingLevel, className, children, ...props },
  ref,
) {
  const Title = headingLevel ? (`h${headingLevel}` as const) : 'p'
  return (
    <div ref={ref} data-slot="empty-state" {...props} className={cn('hx-empty-state', className)}>
      {icon ? (
        <span className="hx-empty-state__icon" data-slot="empty-state-icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <Title className="hx-empty-state__title" data-slot="empty-state-title">
        {title}
      </Title>
      {description ? (
        <p className="hx-empty-state__description" data-slot="empty-state-description">
          {description}
        </p>
      ) : null}
      {children}
      {action ? (
        <div className="hx-empty-state__action" data-slot="empty-state-action">
          {action}
        </div>
      ) : null}
    </div>
  )
})
