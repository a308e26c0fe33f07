import { createContext, forwardRef, useContext, type ComponentPropsWithoutRef } from 'react'
import * as TooltipPrimitive from '@radix-ui/react-tooltip'
import { composeEventHandlers } from '@radix-ui/primitive'
import { cn } from '../lib/cn'
import type { ColorScheme } from '../lib/color-scheme'
import { ThemeScope } from './theme-scope'
import { useControllableState } from './use-controllable-state'
import { usePortalRoot } from './use-portal-root'

/** Opens the enclosing `Tooltip` (set by `Tooltip`, read by `TooltipTrigger`). */
const OpenTooltip = createContext<(() => void) | null>(null)

/** Triggers under a pressed pointer: the focus a press gives does not open the tooltip (as in Radix). */
const pressed = new WeakSet<Element>()

export interface TooltipProps extends TooltipPrimitive.TooltipProps {
  /** Milliseconds the pointer rests on the trigger before the tooltip opens; focus opens it at once. @default 300 */
  delayDuration?: number
}

/**
 * A tooltip (Radix Tooltip): opens when the pointer rests on the trigger and at once on keyboard
 * focus, closes on Escape (only the tooltip: an enclosing dialog stays open), on blur, on a click
 * and when the pointer leaves; the open content is the trigger's `aria-describedby`.
 * `open / defaultOpen / onOpenChange`. Renders no element.
 *
 * Each tooltip brings its own Radix `TooltipProvider`, so hosts add nothing around the library.
 *
 * @example
 * <Tooltip>
 *   <TooltipTrigger>Oct 3, 2026</TooltipTrigger>
 *   <TooltipContent>4 weeks ago · Oct 3, 2026, 10:00 AM</TooltipContent>
 * </Tooltip>
 */
export function Tooltip({ delayDuration = 300, open: openProp, defaultOpen = false, onOpenChange, children, ...props }: TooltipProps) {
  const [open, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onValueChange: onOpenChange, name: 'Tooltip' })
  return (
    <TooltipPrimitive.Provider delayDuration={delayDuration}>
      <TooltipPrimitive.Root {...props} open={open} onOpenChange={setOpen}>
        <OpenTooltip.Provider value={() => setOpen(true)}>{children}</OpenTooltip.Provider>
      </TooltipPrimitive.Root>
    </TooltipPrimitive.Provider>
  )
}

export type TooltipTriggerProps = ComponentPropsWithoutRef<typeof TooltipPrimitive.Trigger>

/**
 * The element the tooltip describes: a `<button type="button">`, or your own focusable element
 * with `asChild`.
 *
 * Keyboard focus opens the tooltip one animation frame later than Radix would: Radix closes a
 * tooltip when an ancestor of its trigger scrolls, and focusing a trigger outside the viewport
 * scrolls it into view right after the focus, so Radix's tooltip would flash and close
 * (radix-ui/primitives#1944, open). The frame runs after that scroll's event. As in Radix, the
 * focus a press gives does not open it.
 *
 * @selector [data-slot="tooltip-trigger"]
 * @selector [data-state="closed" | "delayed-open" | "instant-open"]
 */
export const TooltipTrigger = forwardRef<HTMLButtonElement, TooltipTriggerProps>(function TooltipTrigger(
  { onFocus, onPointerDown, ...props },
  ref,
) {
  const openTooltip = useContext(OpenTooltip)
  return (
    <TooltipPrimitive.Trigger
      ref={ref}
      data-slot="tooltip-trigger"
      {...props}
      onPointerDown={composeEventHandlers(onPointerDown, (event) => {
        const trigger = event.currentTarget
        pressed.add(trigger)
        trigger.ownerDocument.addEventListener('pointerup', () => pressed.delete(trigger), { once: true })
      })}
      onFocus={composeEventHandlers(onFocus, (event) => {
        if (!openTooltip) return
        // Skips Radix's own open-on-focus (composed after this handler); this opens instead.
        event.preventDefault()
        const trigger = event.currentTarget
        if (pressed.has(trigger)) return
        trigger.ownerDocument.defaultView?.requestAnimationFrame(() => {
          if (trigger.matches(':focus')) openTooltip()
        })
      })}
    />
  )
})

export interface TooltipContentProps extends ComponentPropsWithoutRef<typeof TooltipPrimitive.Content> {
  /** Where to portal. @default the provider's `portalContainer`, else `document.body` */
  container?: HTMLElement | null
  /** Colour scheme of the portalled root. @default the provider's `colorScheme`, else 'inherit' */
  colorScheme?: ColorScheme
}

/**
 * The tooltip (role="tooltip"), portalled (into the provider's `portalContainer` when set) and
 * carrying `hx-root` + `data-hx-color-scheme`, so it keeps the library's tokens in a shadow root
 * and in dark mode.
 *
 * @selector [data-slot="tooltip-content"]
 * @selector [data-state="delayed-open" | "instant-open"]
 * @selector [data-side="top" | "right" | "bottom" | "left"] [data-align="start" | "center" | "end"]
 */
export const TooltipContent = forwardRef<HTMLDivElement, TooltipContentProps>(function TooltipContent(
  { container, colorScheme, sideOffset = 4, collisionPadding = 8, className, children, ...props },
  ref,
) {
  const portal = usePortalRoot(container, colorScheme)
  return (
    <TooltipPrimitive.Portal container={portal.container}>
      <TooltipPrimitive.Content
        ref={ref}
        sideOffset={sideOffset}
        collisionPadding={collisionPadding}
        data-hx-color-scheme={portal.colorScheme}
        data-slot="tooltip-content"
        {...props}
        className={cn('hx-root hx-tooltip', className)}
      >
        <ThemeScope>{children}</ThemeScope>
      </TooltipPrimitive.Content>
    </TooltipPrimitive.Portal>
  )
})
