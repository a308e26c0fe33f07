import { useId, useState, type ComponentPropsWithoutRef, type FormEvent, type ReactNode, type Ref } from 'react'
import { flushSync } from 'react-dom'
import type { UseMutationResult } from '@tanstack/react-query'
import { isPaymentsError } from '../../../adapter/errors'
import { usePaymentsContext } from '../../../data/payments-context'
import { useSingleFlight } from '../../../ui/use-single-flight'
import { errorMessage } from '../../../lib/messages'
import { mutationStatus, type MutationStatus } from '../../../lib/async-status'
import { cn } from '../../../lib/cn'
import { Button } from '../../../ui/button'
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  type DialogSize,
} from '../../../ui/dialog'
import { AlertTriangleIcon } from '../../../ui/icons'
import { useReturnFocus } from '../../../ui/return-focus'

/** Messages per field, keyed by the adapter's parameter name (`quantity`, `delta`, `amount`…). */
export type ActionFieldErrors = Partial<Record<string, string>>

/** The outcome of checking a form's values: the params to send, or what is wrong. */
export type ActionCheck<TParams> = { params: TParams; errors?: undefined } | { params?: undefined; errors: ActionFieldErrors }

/**
 * Where an action form stands: `idle` → `loading` while the adapter works → `error` (the dialog
 * stays open) or `success` (it closes). Before the one status vocabulary this was
 * `'idle' | 'pending' | 'error'`.
 *
 * @deprecated Use `MutationStatus`.
 */
export type ActionStatus = MutationStatus

/** Props a host may put on an action dialog's panel (`role="dialog"`): `id`, `className`, `data-*`, handlers. */
export type ActionDialogPanelProps = Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'title'>

export interface UseActionFormOptions<TData, TParams> {
  /** The mutation to run (one of the `use…` customer mutation hooks). */
  mutation: UseMutationResult<TData, Error, TParams>
  /** Fields the form shows; an adapter `validation` error's messages for them appear next to them. */
  fields: readonly string[]
  /** Checks the current values at time `now` (ms) and builds the params. Pure. */
  check: (now: number) => ActionCheck<TParams>
  /** Called after the adapter succeeded (and the customer's queries were refreshed). */
  onSuccess: () => void
}

/** State and submit handler of one action form, for {@link ActionDialogContent}. */
export interface ActionFormState {
  /** `loading` while the adapter works, `error` after it failed, `success` once it succeeded, else `idle`. */
  status: MutationStatus
  /** Whether the adapter call is in flight. */
  pending: boolean
  /** Messages to show next to fields: the form's own checks (after the first submit), else the adapter's. */
  fieldErrors: ActionFieldErrors
  /** The failure to announce (`role="alert"`), or `null`. */
  alert: string | null
  /** The form's submit handler: checks, then calls the adapter once. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
}

const FOCUSABLE = 'input:not(:disabled), select:not(:disabled), textarea:not(:disabled)'

/**
 * The common behaviour of the customer action dialogs: checks run on submit (and live after the
 * first attempt), focus moves to the first invalid field, one adapter call per attempt (repeat
 * submits are ignored while it runs, synchronously, before the pending state renders), and on
 * failure the values stay and the error is shown — field errors of a `validation` failure next to
 * their fields. Success callbacks only run while the form is mounted, so a dialog closed mid-call
 * stays closed.
 */
export function useActionForm<TData, TParams>({
  mutation,
  fields,
  check,
  onSuccess,
}: UseActionFormOptions<TData, TParams>): ActionFormState {
  const { t } = usePaymentsContext('useActionForm')
  const flight = useSingleFlight()
  const [attemptedAt, setAttemptedAt] = useState<number | null>(null)
  const { error } = mutation
  const pending = mutation.isPending

  const ownErrors = attemptedAt === null ? {} : (check(attemptedAt).errors ?? {})
  const adapterErrors = isPaymentsError(error) && error.code === 'validation' ? (error.fieldErrors ?? {}) : {}
  const adapterKeys = Object.keys(adapterErrors)
  const fieldErrors: ActionFieldErrors = {}
  for (const field of fields) {
    const message = ownErrors[field] ?? adapterErrors[field]
    if (message) fieldErrors[field] = message
  }
  // When every field error has a place next to its field, the alert just says that values are invalid.
  const placedAll = adapterKeys.length > 0 && adapterKeys.every((key) => fields.includes(key))
  const alert = error ? (placedAll ? t('error.validation') : errorMessage(t, error)) : null

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // Checked before anything else: a repeat submit in the same task has nothing to check or focus.
    const end = flight.start()
    if (!end) return
    const form = event.currentTarget
    const now = Date.now()
    const result = check(now)
    flushSync(() => setAttemptedAt(now))
    if (!result.params) {
      end()
      const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]')
      const target = invalid?.matches(FOCUSABLE) ? invalid : invalid?.querySelector<HTMLElement>(FOCUSABLE)
      target?.focus()
      return
    }
    mutation.mutate(result.params, { onSuccess: () => onSuccess(), onSettled: end })
  }

  return { status: mutationStatus({ isPending: pending, error, isSuccess: mutation.isSuccess }), pending, fieldErrors, alert, onSubmit }
}

export interface ActionDialogProps {
  /** Whether the dialog is open. */
  open: boolean
  /** Called with `false` on Escape, Cancel, an outside click and after success. */
  onOpenChange: (open: boolean) => void
  /** The dialog's form; mounted only while open, so each opening starts from a fresh form. */
  children: ReactNode
}

/** The root of an action dialog: mounts its content only while open (reopening resets the form). */
export function ActionDialog({ open, onOpenChange, children }: ActionDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open ? children : null}
    </Dialog>
  )
}

export interface ActionDialogContentProps {
  /** `data-slot` of the panel, e.g. `grant-product-dialog`. */
  slot: string
  /** The dialog's title. */
  title: ReactNode
  /** What the action does (the dialog's accessible description). */
  description: ReactNode
  /** From {@link useActionForm}. */
  form: ActionFormState
  /** Label of the submit button. */
  submitLabel: string
  /** Label of the submit button while the adapter works. */
  pendingLabel: string
  /** Label of the button that closes without doing anything. @default the `action.cancel` message */
  cancelLabel?: string
  /** Style the submit button as destructive. @default false */
  destructive?: boolean
  /** Width of the panel. @default 'md' */
  size?: DialogSize
  /** The form's fields and summaries. */
  children?: ReactNode
  /** The host's props for the panel (`className` merged last). */
  panelProps?: ActionDialogPanelProps
  /** The panel element. */
  panelRef?: Ref<HTMLDivElement>
}

/**
 * The panel of an action dialog: title, description, a form with the given fields, the failure
 * message and the Cancel / submit footer. Enter submits, Escape closes.
 *
 * @selector [data-slot="<slot>"][data-status="idle" | "loading" | "error" | "success"] — the panel
 * @selector [data-slot="action-dialog-form"] [data-slot="action-dialog-error"]
 * @selector [data-slot="action-dialog-cancel"] [data-slot="action-dialog-submit"]
 */
export function ActionDialogContent({
  slot,
  title,
  description,
  form,
  submitLabel,
  pendingLabel,
  cancelLabel,
  destructive = false,
  size = 'md',
  children,
  panelProps,
  panelRef,
}: ActionDialogContentProps) {
  const { t } = usePaymentsContext('ActionDialogContent')
  const errorId = useId()
  // Radix returns focus to a DialogTrigger only; these dialogs open from plain buttons (the
  // section's, or a host's around an exported dialog): remember what had focus, put it back on
  // close. The section's own handling then finds focus in place, or falls back when that button left.
  const returnFocus = useReturnFocus()
  return (
    <DialogContent
      ref={panelRef}
      size={size}
      data-slot={slot}
      data-status={form.status}
      {...panelProps}
      className={cn('hx-action-dialog', panelProps?.className)}
      onOpenAutoFocus={(event: Event) => {
        if (event.target instanceof Node && event.target.ownerDocument) returnFocus.capture(event.target.ownerDocument)
      }}
      onCloseAutoFocus={(event: Event) => {
        if (returnFocus.restore({ force: true })) event.preventDefault()
      }}
    >
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
      </DialogHeader>
      <form
        className="hx-action-form"
        data-slot="action-dialog-form"
        onSubmit={form.onSubmit}
        noValidate
        aria-busy={form.pending || undefined}
      >
        {children}
        {form.alert ? (
          <div role="alert" id={errorId} className="hx-action-error" data-slot="action-dialog-error">
            <AlertTriangleIcon />
            <span>{form.alert}</span>
          </div>
        ) : null}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost" data-slot="action-dialog-cancel">
              {cancelLabel ?? t('action.cancel')}
            </Button>
          </DialogClose>
          <Button
            type="submit"
            variant={destructive ? 'destructive' : 'primary'}
            isPending={form.pending}
            aria-describedby={form.alert ? errorId : undefined}
            data-slot="action-dialog-submit"
          >
            {form.pending ? pendingLabel : submitLabel}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  )
}

