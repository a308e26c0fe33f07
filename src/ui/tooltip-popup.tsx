import { forwardRef, useImperativeHandle, useLayoutEffect, type ComponentPropsWithoutRef, type PointerEvent, type Ref, type FocusEvent, type MouseEvent } from 'react'
import * as TooltipPrimitive from '@radix-ui/react-tooltip'
import { cn } from '../lib/cn'
import type { ColorScheme } from '../lib/color-scheme'
import { ThemeScope } from './theme-scope'
import { usePortalRoot } from './use-portal-root'

/**
 * The tooltip itself, over Radix Tooltip, loaded on the first hover or focus of a trigger (issue
 * 13, point 3): Radix Tooltip with Floating UI is about 10 kB gzip, which a page of dates paid up
 * front before anyone pointed at one. Only `tooltip.tsx` refers to it, through `Tooltip`'s
 * `popup`: a lazy part over a dynamic import of the chunk the page loads late anyway (the payments
 * section's, for `DateText`).
 *
 * The trigger stays the element `TooltipTrigger` rendered from the start, so loading this changes
 * nothing in the DOM around it (no remount: focus, hover and the host's refs stay). Radix gets it
 * through `TriggerBridge`, which stands in for the element under `TooltipPrimitive.Trigger
 * asChild`: its ref is the real trigger (Radix anchors the popup there and watches it for scrolls
 * and for the pointer leaving), and Radix's trigger props (its pointer, focus and click handlers,
 * `aria-describedby` and `data-state`) go back to `TooltipTrigger`, which applies them.
 */

/** Radix's trigger props that `TooltipTrigger` applies to its element once this chunk is there. */
export interface RadixTriggerProps {
  'aria-describedby'?: string
  'data-state'?: string
  onPointerMove?: (event: PointerEvent<HTMLElement>) => void
  onPointerLeave?: (event: PointerEvent<HTMLElement>) => void
  onPointerDown?: (event: PointerEvent<HTMLElement>) => void
  onBlur?: (event: FocusEvent<HTMLElement>) => void
  onClick?: (event: MouseEvent<HTMLElement>) => void
}

/** What `Tooltip` shares with the popup: its state, its options and the trigger element. */
export interface TooltipPopupState {
  open: boolean
  setOpen: (open: boolean) => void
  delayDuration: number
  disableHoverableContent: boolean | undefined
  /** Receives Radix's trigger props on every render of the popup, and null when it unmounts. */
  connect: (props: RadixTriggerProps | null) => void
}

export interface TooltipContentProps extends ComponentPropsWithoutRef<typeof TooltipPrimitive.Content> {
  /** Where to portal. @default the provider's `portalContainer`, else `document.body` */
  container?: HTMLElement | null
  /** Colour scheme of the portalled root. @default the provider's `colorScheme`, else 'inherit' */
  colorScheme?: ColorScheme
}

export interface TooltipPopupProps {
  tooltip: TooltipPopupState
  /** The element `TooltipTrigger` rendered. */
  trigger: HTMLElement
  content: TooltipContentProps
  contentRef: Ref<HTMLDivElement> | undefined
}

/** Stands in for the trigger under Radix's `Trigger asChild`: see the file's comment. Renders nothing. */
const TriggerBridge = forwardRef<HTMLElement, RadixTriggerProps & { trigger: HTMLElement; connect: TooltipPopupState['connect'] }>(function TriggerBridge(
  { trigger, connect, ...radixProps },
  ref,
) {
  useImperativeHandle(ref, () => trigger, [trigger])
  // Every render: Radix makes new handlers each time, and its attributes change with its state.
  useLayoutEffect(() => connect(radixProps))
  useLayoutEffect(() => () => connect(null), [connect])
  return null
})

/**
 * Radix Tooltip around the trigger `TooltipTrigger` rendered: `Tooltip`'s open state and options,
 * and `TooltipContent`'s props (portalled into the provider's `portalContainer` when set, as an
 * `hx-root` with the provider's colour scheme).
 */
export function TooltipPopup({ tooltip, trigger, contentRef, content }: TooltipPopupProps) {
  const { container, colorScheme, sideOffset = 4, collisionPadding = 8, className, children, ...props } = content
  const portal = usePortalRoot(container, colorScheme)
  return (
    <TooltipPrimitive.Provider delayDuration={tooltip.delayDuration}>
      <TooltipPrimitive.Root open={tooltip.open} onOpenChange={tooltip.setOpen} disableHoverableContent={tooltip.disableHoverableContent}>
        <TooltipPrimitive.Trigger asChild>
          <TriggerBridge trigger={trigger} connect={tooltip.connect} />
        </TooltipPrimitive.Trigger>
        <TooltipPrimitive.Portal container={portal.container}>
          <TooltipPrimitive.Content
            ref={contentRef}
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
      </TooltipPrimitive.Root>
    </TooltipPrimitive.Provider>
  )
}
