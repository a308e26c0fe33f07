import {
  createContext,
  forwardRef,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentPropsWithoutRef,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react'
import { composeEventHandlers } from '@radix-ui/primitive'
import { useComposedRefs } from '@radix-ui/react-compose-refs'
import { Slot } from '@radix-ui/react-slot'
import { useLazyPart, type LazyPart } from './lazy-part'
import { useControllableState } from './use-controllable-state'
import type { RadixTriggerProps, TooltipContentProps, TooltipPopupProps, TooltipPopupState } from './tooltip-popup'

export type { TooltipContentProps, TooltipPopupProps } from './tooltip-popup'

interface TooltipContextValue extends TooltipPopupState {
  popup: LazyPart<TooltipPopupProps>
  /** The element `TooltipTrigger` renders (null until it mounts). */
  trigger: HTMLElement | null
  setTrigger: (element: HTMLElement | null) => void
  /** Radix's trigger handlers, once the popup is there. */
  radixTrigger: () => RadixTriggerProps | null
  /** Notes the pointer's last move on the trigger (null: it left), handed to Radix when the popup arrives. */
  setPointer: (event: PointerEvent<HTMLElement> | null) => void
  /** Radix's `aria-describedby` and `data-state` for the trigger, once the popup is there. */
  attributes: TriggerAttributes
  /** Whether the pointer is on the trigger while the popup's code is not there (the pending state). */
  hovered: boolean
  setHovered: (hovered: boolean) => void
}

interface TriggerAttributes {
  describedBy: string | undefined
  state: string | undefined
}

const NO_ATTRIBUTES: TriggerAttributes = { describedBy: undefined, state: undefined }

const TooltipContext = createContext<TooltipContextValue | null>(null)

function useTooltipContext(name: string): TooltipContextValue {
  const context = useContext(TooltipContext)
  if (!context) throw new Error(`\`${name}\` must be used within \`Tooltip\``)
  return context
}

/** Triggers under a pressed pointer: the focus a press gives does not open the tooltip (as in Radix). */
const pressed = new WeakSet<Element>()

export interface TooltipProps {
  /**
   * Where the popup's code comes from (Radix Tooltip and Floating UI, about 10 kB gzip): a
   * `lazyPart` over a dynamic import of a module that exports `TooltipPopup` from
   * `./tooltip-popup`, usually the chunk with the other parts the page loads on first use (one
   * chunk boundary, not two). It loads on the first hover or focus of a trigger.
   */
  popup: LazyPart<TooltipPopupProps>
  children?: ReactNode
  /** The controlled open state. */
  open?: boolean
  /** The open state to start with when uncontrolled. @default false */
  defaultOpen?: boolean
  /** Called with every change of the open state. */
  onOpenChange?: (open: boolean) => void
  /** Milliseconds the pointer rests on the trigger before the tooltip opens; focus opens it at once. @default 300 */
  delayDuration?: number
  /** Close as soon as the pointer leaves the trigger, instead of letting it move onto the tooltip. @default false */
  disableHoverableContent?: boolean
}

/**
 * A tooltip (Radix Tooltip): opens when the pointer rests on the trigger and at once on keyboard
 * focus, closes on Escape (only the tooltip: an enclosing dialog stays open), on blur, on a click
 * and when the pointer leaves; the open content is the trigger's `aria-describedby`.
 * `open / defaultOpen / onOpenChange`. Renders no element.
 *
 * The popup's code (Radix Tooltip, Floating UI: `popup`) loads on the first hover or focus of a
 * trigger (or when a tooltip is opened through `open` / `defaultOpen`); the trigger itself is
 * there from the start and stays the same element when it arrives. Each tooltip brings its own
 * Radix `TooltipProvider`, so hosts add nothing around the library.
 *
 * @example
 * const popup = lazyPart(() => import('./tooltip-popup').then((module) => module.TooltipPopup))
 *
 * <Tooltip popup={popup}>
 *   <TooltipTrigger>Oct 3, 2026</TooltipTrigger>
 *   <TooltipContent>4 weeks ago · Oct 3, 2026, 10:00 AM</TooltipContent>
 * </Tooltip>
 */
export function Tooltip({
  popup,
  delayDuration = 300,
  disableHoverableContent,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  children,
}: TooltipProps) {
  const [open, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onValueChange: onOpenChange, name: 'Tooltip' })
  const [trigger, setTrigger] = useState<HTMLElement | null>(null)
  const [attributes, setAttributes] = useState(NO_ATTRIBUTES)
  const [hovered, setHovered] = useState(false)
  const radix = useRef<RadixTriggerProps | null>(null)
  const pointer = useRef<PointerEvent<HTMLElement> | null>(null)
  const radixTrigger = useCallback(() => radix.current, [])
  const setPointer = useCallback((event: PointerEvent<HTMLElement> | null) => {
    pointer.current = event
  }, [])

  const connect = useCallback((props: RadixTriggerProps | null) => {
    const arriving = props !== null && radix.current === null
    radix.current = props
    const describedBy = props?.['aria-describedby']
    const state = props?.['data-state']
    setAttributes((previous) => (previous.describedBy === describedBy && previous.state === state ? previous : { describedBy, state }))
    // The pointer came to rest on the trigger before Radix was there: hand Radix that pointer, so it
    // opens after its delay as if the pointer had just arrived. Leave, then move: Radix opens on the
    // first move after a leave, and this may run twice (StrictMode mounts effects twice).
    const resting = pointer.current
    if (arriving && resting && state === 'closed') {
      props.onPointerLeave?.(resting)
      props.onPointerMove?.(resting)
    }
  }, [])

  const value = useMemo<TooltipContextValue>(
    () => ({ popup, open, setOpen, delayDuration, disableHoverableContent, trigger, connect, setTrigger, radixTrigger, setPointer, attributes, hovered, setHovered }),
    [popup, open, setOpen, delayDuration, disableHoverableContent, trigger, connect, radixTrigger, setPointer, attributes, hovered],
  )
  return <TooltipContext.Provider value={value}>{children}</TooltipContext.Provider>
}

export interface TooltipTriggerProps extends ComponentPropsWithoutRef<'button'> {
  /** Make your own focusable element (the only child) the trigger instead of a `<button>`. @default false */
  asChild?: boolean
}

/**
 * The element the tooltip describes: a `<button type="button">`, or your own focusable element
 * with `asChild`. It is rendered by this library, not by the popup's lazily loaded code, so it is
 * named, focusable and in the page from the start; hovering or focusing it starts that load.
 *
 * Keyboard focus opens the tooltip one animation frame later than Radix would: Radix closes a
 * tooltip when an ancestor of its trigger scrolls, and focusing a trigger outside the viewport
 * scrolls it into view right after the focus, so Radix's tooltip would flash and close
 * (radix-ui/primitives#1944, open). The frame runs after that scroll's event. As in Radix, the
 * focus a press gives does not open it.
 *
 * @selector [data-slot="tooltip-trigger"]
 * @selector [data-state="closed" | "delayed-open" | "instant-open"]
 * @selector [data-tooltip-pending] — hovered or focused while the tooltip's code loads
 */
export const TooltipTrigger = forwardRef<HTMLButtonElement, TooltipTriggerProps>(function TooltipTrigger(
  { asChild = false, onFocus, onBlur, onPointerEnter, onPointerMove, onPointerLeave, onPointerDown, onClick, ...props },
  ref,
) {
  const tooltip = useTooltipContext('TooltipTrigger')
  const { popup, open, setOpen, setTrigger, radixTrigger, setPointer, setHovered } = tooltip
  const composedRef = useComposedRefs(ref, setTrigger)
  const loading = useSyncExternalStore(popup.subscribe, () => popup.getState().status === 'loading', () => false)
  const triggerProps = {
    'data-state': tooltip.attributes.state ?? 'closed',
    'data-slot': 'tooltip-trigger',
    'data-tooltip-pending': loading && (tooltip.hovered || open) ? '' : undefined,
    ...props,
    'aria-describedby': [props['aria-describedby'], tooltip.attributes.describedBy].filter(Boolean).join(' ') || undefined,
    ref: composedRef,
    onPointerEnter: composeEventHandlers(onPointerEnter, (event: PointerEvent<HTMLButtonElement>) => {
      if (event.pointerType === 'touch') return
      popup.prefetch()
      if (!radixTrigger()) setHovered(true)
    }),
    onPointerMove: composeEventHandlers(onPointerMove, (event: PointerEvent<HTMLButtonElement>) => {
      if (event.pointerType === 'touch') return
      setPointer(event)
      radixTrigger()?.onPointerMove?.(event)
    }),
    onPointerLeave: composeEventHandlers(onPointerLeave, (event: PointerEvent<HTMLButtonElement>) => {
      setPointer(null)
      setHovered(false)
      radixTrigger()?.onPointerLeave?.(event)
    }),
    onPointerDown: composeEventHandlers(onPointerDown, (event: PointerEvent<HTMLButtonElement>) => {
      const trigger = event.currentTarget
      pressed.add(trigger)
      trigger.ownerDocument.addEventListener('pointerup', () => pressed.delete(trigger), { once: true })
      const radix = radixTrigger()
      if (radix) radix.onPointerDown?.(event)
      else setOpen(false)
    }),
    onFocus: composeEventHandlers(onFocus, (event: FocusEvent<HTMLButtonElement>) => {
      // Not Radix's open-on-focus: this opens a frame later (see above).
      const trigger = event.currentTarget
      if (pressed.has(trigger)) return
      popup.prefetch()
      trigger.ownerDocument.defaultView?.requestAnimationFrame(() => {
        if (trigger.matches(':focus')) setOpen(true)
      })
    }),
    onBlur: composeEventHandlers(onBlur, (event: FocusEvent<HTMLButtonElement>) => {
      const radix = radixTrigger()
      if (radix) radix.onBlur?.(event)
      else setOpen(false)
    }),
    onClick: composeEventHandlers(onClick, (event: MouseEvent<HTMLButtonElement>) => {
      const radix = radixTrigger()
      if (radix) radix.onClick?.(event)
      else setOpen(false)
    }),
  }
  return asChild ? <Slot {...triggerProps} /> : <button type="button" {...triggerProps} />
})

/**
 * The tooltip (role="tooltip"), portalled (into the provider's `portalContainer` when set) and
 * carrying `hx-root` + `data-hx-color-scheme`, so it keeps the library's tokens in a shadow root
 * and in dark mode. Renders nothing until the popup's code is there (see `Tooltip`).
 *
 * @selector [data-slot="tooltip-content"]
 * @selector [data-state="delayed-open" | "instant-open"]
 * @selector [data-side="top" | "right" | "bottom" | "left"] [data-align="start" | "center" | "end"]
 */
export const TooltipContent = forwardRef<HTMLDivElement, TooltipContentProps>(function TooltipContent(props, ref) {
  const tooltip = useTooltipContext('TooltipContent')
  // Loads when the tooltip opens before any hover started it (focus, `open`, `defaultOpen`).
  const { component: Popup } = useLazyPart(tooltip.popup, tooltip.open)
  if (!Popup || !tooltip.trigger) return null
  return <Popup tooltip={tooltip} trigger={tooltip.trigger} content={props} contentRef={ref} />
})
