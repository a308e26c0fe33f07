import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import * as DialogPrimitive from '@radix-ui/react-dialog'
import { cva } from 'class-variance-authority'
import { cn } from '../lib/cn'
import type { ColorScheme } from '../lib/color-scheme'
import { IconButton } from './icon-button'
import { XIcon } from './icons'
import { ThemeScope } from './theme-scope'
import { usePortalRoot } from './use-portal-root'
import { useUiText } from './use-ui-text'

export type DialogProps = DialogPrimitive.DialogProps

/**
 * A modal dialog (Radix Dialog): focus is trapped inside, Escape and an outside click close it,
 * focus returns to the trigger. `open / defaultOpen / onOpenChange`. Renders no element.
 *
 * @example
 * <Dialog>
 *   <DialogTrigger asChild><Button>Create checkout</Button></DialogTrigger>
 *   <DialogContent>
 *     <DialogHeader><DialogTitle>Create checkout</DialogTitle></DialogHeader>
 *     …
 *   </DialogContent>
 * </Dialog>
 */
export function Dialog(props: DialogProps) {
  return <DialogPrimitive.Root {...props} />
}

export type DialogTriggerProps = ComponentPropsWithoutRef<typeof DialogPrimitive.Trigger>

/**
 * Opens the dialog. Use `asChild` to make your own `Button` the trigger.
 *
 * @selector [data-slot="dialog-trigger"]
 * @selector [data-state="open" | "closed"]
 */
export const DialogTrigger = forwardRef<HTMLButtonElement, DialogTriggerProps>(function DialogTrigger(props, ref) {
  return <DialogPrimitive.Trigger ref={ref} data-slot="dialog-trigger" {...props} />
})

const dialogContentVariants = cva('hx-root hx-dialog-content', {
  variants: {
    size: {
      sm: 'hx-dialog-content--sm',
      md: 'hx-dialog-content--md',
      lg: 'hx-dialog-content--lg',
      full: 'hx-dialog-content--full',
    },
  },
  defaultVariants: { size: 'md' },
})

export type DialogSize = 'sm' | 'md' | 'lg' | 'full'

export interface DialogContentProps extends ComponentPropsWithoutRef<typeof DialogPrimitive.Content> {
  /** Width of the panel. @default 'md' */
  size?: DialogSize
  /** Render the close (×) button in the corner. @default true */
  showCloseButton?: boolean
  /** Accessible name and tooltip of the close button. @default the provider's `dialog.close` message, else 'Close' */
  closeLabel?: string
  /** Where to portal. @default the provider's `portalContainer`, else `document.body` */
  container?: HTMLElement | null
  /** Colour scheme of the portalled root. @default the provider's `colorScheme`, else 'inherit' */
  colorScheme?: ColorScheme
  /** Class of the overlay behind the panel. */
  overlayClassName?: string
}

/** Escape in a search field with text clears the field instead of closing the dialog. */
function isClearableSearchInput(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0]
  if (!(target instanceof HTMLInputElement)) return false
  return target.dataset.slot === 'search-input-input' && target.value !== '' && !target.readOnly && !target.disabled
}

/**
 * The dialog panel and its overlay, portalled (into the provider's `portalContainer` when set).
 * Both carry `hx-root` and `data-hx-color-scheme`, so they are themed wherever they land.
 *
 * @selector [data-slot="dialog-content"] — the panel (role="dialog")
 * @selector [data-slot="dialog-overlay"] — the backdrop
 * @selector [data-slot="dialog-close-button"] — the corner close button
 * @selector [data-size="sm" | "md" | "lg" | "full"]
 * @selector [data-state="open" | "closed"]
 */
export const DialogContent = forwardRef<HTMLDivElement, DialogContentProps>(function DialogContent(
  {
    size = 'md',
    showCloseButton = true,
    closeLabel: closeLabelProp,
    container,
    colorScheme,
    overlayClassName,
    className,
    children,
    onEscapeKeyDown,
    ...props
  },
  ref,
) {
  const portal = usePortalRoot(container, colorScheme)
  const defaultCloseLabel = useUiText('dialog.close', 'Close')
  const closeLabel = closeLabelProp ?? defaultCloseLabel
  return (
    <DialogPrimitive.Portal container={portal.container}>
      <DialogPrimitive.Overlay
        className={cn('hx-root hx-dialog-overlay', overlayClassName)}
        data-hx-color-scheme={portal.colorScheme}
        data-slot="dialog-overlay"
      />
      <DialogPrimitive.Content
        ref={ref}
        data-hx-color-scheme={portal.colorScheme}
        data-slot="dialog-content"
        data-size={size}
        {...props}
        onEscapeKeyDown={(event) => {
          onEscapeKeyDown?.(event)
          if (!event.defaultPrevented && isClearableSearchInput(event)) event.preventDefault()
        }}
        className={cn(dialogContentVariants({ size }), className)}
      >
        <ThemeScope>{children}</ThemeScope>
        {showCloseButton ? (
          <DialogPrimitive.Close asChild>
            <IconButton label={closeLabel} size="sm" className="hx-dialog-close" data-slot="dialog-close-button">
              <XIcon />
            </IconButton>
          </DialogPrimitive.Close>
        ) : null}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  )
})

/**
 * Title and description stack at the top of the panel.
 *
 * @selector [data-slot="dialog-header"]
 */
export const DialogHeader = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function DialogHeader(
  { className, ...props },
  ref,
) {
  return <div ref={ref} data-slot="dialog-header" {...props} className={cn('hx-dialog-header', className)} />
})

/**
 * Actions row at the bottom of the panel (right-aligned; wraps with the primary action on top).
 *
 * @selector [data-slot="dialog-footer"]
 */
export const DialogFooter = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function DialogFooter(
  { className, ...props },
  ref,
) {
  return <div ref={ref} data-slot="dialog-footer" {...props} className={cn('hx-dialog-footer', className)} />
})

export type DialogTitleProps = ComponentPropsWithoutRef<typeof DialogPrimitive.Title>

/**
 * The dialog's accessible name (an `h2`). Required by Radix; hide it with `className="hx-sr-only"` if needed.
 *
 * @selector [data-slot="dialog-title"]
 */
export const DialogTitle = forwardRef<HTMLHeadingElement, DialogTitleProps>(function DialogTitle(
  { className, ...props },
  ref,
) {
  return <DialogPrimitive.Title ref={ref} data-slot="dialog-title" {...props} className={cn('hx-dialog-title', className)} />
})

export type DialogDescriptionProps = ComponentPropsWithoutRef<typeof DialogPrimitive.Description>

/**
 * The dialog's accessible description (a `p`). Without one, pass `aria-describedby={undefined}` to `DialogContent`.
 *
 * @selector [data-slot="dialog-description"]
 */
export const DialogDescription = forwardRef<HTMLParagraphElement, DialogDescriptionProps>(function DialogDescription(
  { className, ...props },
  ref,
) {
  return (
    <DialogPrimitive.Description
      ref={ref}
      data-slot="dialog-description"
      {...props}
      className={cn('hx-dialog-description', className)}
    />
  )
})

export type DialogCloseProps = ComponentPropsWithoutRef<typeof DialogPrimitive.Close>

/**
 * Closes the dialog. Use `asChild` to make your own `Button` close it (e.g. "Cancel").
 *
 * @selector [data-slot="dialog-close"]
 */
export const DialogClose = forwardRef<HTMLButtonElement, DialogCloseProps>(function DialogClose(props, ref) {
  return <DialogPrimitive.Close ref={ref} data-slot="dialog-close" {...props} />
})
