import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import * as MenuPrimitive from '@radix-ui/react-dropdown-menu'
import { cva } from 'class-variance-authority'
import { cn } from '../lib/cn'
import type { ColorScheme } from '../lib/color-scheme'
import { ThemeScope } from './theme-scope'
import { usePortalRoot } from './use-portal-root'

export type DropdownMenuProps = MenuPrimitive.DropdownMenuProps

/**
 * A menu of actions (Radix DropdownMenu): opens from its trigger with Enter, Space or ArrowDown,
 * arrow keys move, typeahead jumps, Escape closes and focus returns to the trigger.
 * Non-modal by default: a modal menu hides the rest of the page with `aria-hidden` while it still
 * contains focusable elements (axe `aria-hidden-focus`, radix-ui/primitives#2459).
 * `open / defaultOpen / onOpenChange`. Renders no element.
 *
 * @example
 * <DropdownMenu>
 *   <DropdownMenuTrigger asChild><IconButton label="More actions"><MoreHorizontalIcon /></IconButton></DropdownMenuTrigger>
 *   <DropdownMenuContent align="end">
 *     <DropdownMenuItem onSelect={openCheckout}>Create checkout</DropdownMenuItem>
 *   </DropdownMenuContent>
 * </DropdownMenu>
 */
export function DropdownMenu({ modal = false, ...props }: DropdownMenuProps) {
  return <MenuPrimitive.Root modal={modal} {...props} />
}

export type DropdownMenuTriggerProps = ComponentPropsWithoutRef<typeof MenuPrimitive.Trigger>

/**
 * Opens the menu. Use `asChild` to make your own `Button` / `IconButton` the trigger.
 *
 * @selector [data-slot="dropdown-menu-trigger"]
 * @selector [data-state="open" | "closed"]
 */
export const DropdownMenuTrigger = forwardRef<HTMLButtonElement, DropdownMenuTriggerProps>(
  function DropdownMenuTrigger(props, ref) {
    return <MenuPrimitive.Trigger ref={ref} data-slot="dropdown-menu-trigger" {...props} />
  },
)

export interface DropdownMenuContentProps extends ComponentPropsWithoutRef<typeof MenuPrimitive.Content> {
  /** Where to portal. @default the provider's `portalContainer`, else `document.body` */
  container?: HTMLElement | null
  /** Colour scheme of the portalled root. @default the provider's `colorScheme`, else 'inherit' */
  colorScheme?: ColorScheme
}

/**
 * The menu panel (role="menu"), portalled and carrying `hx-root` + `data-hx-color-scheme`.
 *
 * @selector [data-slot="dropdown-menu-content"]
 * @selector [data-state="open" | "closed"]
 * @selector [data-side="top" | "right" | "bottom" | "left"] [data-align="start" | "center" | "end"]
 */
export const DropdownMenuContent = forwardRef<HTMLDivElement, DropdownMenuContentProps>(function DropdownMenuContent(
  { container, colorScheme, sideOffset = 4, collisionPadding = 8, className, children, ...props },
  ref,
) {
  const portal = usePortalRoot(container, colorScheme)
  return (
    <MenuPrimitive.Portal container={portal.container}>
      <MenuPrimitive.Content
        ref={ref}
        sideOffset={sideOffset}
        collisionPadding={collisionPadding}
        data-hx-color-scheme={portal.colorScheme}
        data-slot="dropdown-menu-content"
        {...props}
        className={cn('hx-root hx-menu-content', className)}
      >
        <ThemeScope>{children}</ThemeScope>
      </MenuPrimitive.Content>
    </MenuPrimitive.Portal>
  )
})

const menuItemVariants = cva('hx-menu-item', {
  variants: {
    variant: { default: 'hx-menu-item--default', destructive: 'hx-menu-item--destructive' },
  },
  defaultVariants: { variant: 'default' },
})

export type DropdownMenuItemVariant = 'default' | 'destructive'

export interface DropdownMenuItemProps extends ComponentPropsWithoutRef<typeof MenuPrimitive.Item> {
  /** `destructive` colours the item as a dangerous action. @default 'default' */
  variant?: DropdownMenuItemVariant
}

/**
 * One action (role="menuitem"). `onSelect` runs on click, Enter or Space and closes the menu
 * unless it calls `event.preventDefault()`.
 *
 * @selector [data-slot="dropdown-menu-item"]
 * @selector [data-variant="default" | "destructive"]
 * @selector [data-highlighted] — keyboard / pointer focus
 * @selector [data-disabled] — while `disabled`
 */
export const DropdownMenuItem = forwardRef<HTMLDivElement, DropdownMenuItemProps>(function DropdownMenuItem(
  { variant = 'default', className, ...props },
  ref,
) {
  return (
    <MenuPrimitive.Item
      ref={ref}
      data-slot="dropdown-menu-item"
      data-variant={variant}
      {...props}
      className={cn(menuItemVariants({ variant }), className)}
    />
  )
})

export type DropdownMenuGroupProps = ComponentPropsWithoutRef<typeof MenuPrimitive.Group>

/**
 * Groups items (role="group"); name it with `aria-label` or `aria-labelledby` a `DropdownMenuLabel`.
 *
 * @selector [data-slot="dropdown-menu-group"]
 */
export const DropdownMenuGroup = forwardRef<HTMLDivElement, DropdownMenuGroupProps>(function DropdownMenuGroup(
  props,
  ref,
) {
  return <MenuPrimitive.Group ref={ref} data-slot="dropdown-menu-group" {...props} />
})

export type DropdownMenuLabelProps = ComponentPropsWithoutRef<typeof MenuPrimitive.Label>

/**
 * A non-interactive heading inside the menu.
 *
 * @selector [data-slot="dropdown-menu-label"]
 */
export const DropdownMenuLabel = forwardRef<HTMLDivElement, DropdownMenuLabelProps>(function DropdownMenuLabel(
  { className, ...props },
  ref,
) {
  return (
    <MenuPrimitive.Label ref={ref} data-slot="dropdown-menu-label" {...props} className={cn('hx-menu-label', className)} />
  )
})

export type DropdownMenuSeparatorProps = ComponentPropsWithoutRef<typeof MenuPrimitive.Separator>

/**
 * A line between groups of items (role="separator").
 *
 * @selector [data-slot="dropdown-menu-separator"]
 */
export const DropdownMenuSeparator = forwardRef<HTMLDivElement, DropdownMenuSeparatorProps>(
  function DropdownMenuSeparator({ className, ...props }, ref) {
    return (
      <MenuPrimitive.Separator
        ref={ref}
        data-slot="dropdown-menu-separator"
        {...props}
        className={cn('hx-menu-separator', className)}
      />
    )
  },
)
