/**
 * The form field of the library's dialogs (the payments actions and create checkout): label,
 * control, hint and error, wired together once. Styles: forms.css (`hx-field*`).
 */
import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { cn } from '../lib/cn'

/** What {@link Field} hands its control. */
export interface FieldControl {
  /** The control's id, which the label points to. */
  id: string
  /** Ids of the error, the hint and any extra description. */
  'aria-describedby': string | undefined
  /** Whether the field has an error. */
  invalid: boolean
}

export interface FieldProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The visible label, linked to the control. */
  label: ReactNode
  /** Help under the control, linked with `aria-describedby`. */
  hint?: ReactNode
  /** The field's error message, linked with `aria-describedby`. */
  error?: string
  /** More ids describing the control (e.g. a warning shown elsewhere). */
  describedBy?: string
  /** `data-slot` of the field wrapper. @default 'field' */
  slot?: string
  /** Renders the control with the id, description ids and invalid state to put on it. */
  children: (control: FieldControl) => ReactNode
}

/**
 * A labelled field: label, control, hint and error, wired with `htmlFor` and `aria-describedby`.
 * Forwards its ref and other props to the wrapper.
 *
 * @selector [data-slot="action-field"] [data-slot="field-label"] [data-slot="field-hint"] [data-slot="field-error"]
 */
export const Field = forwardRef<HTMLDivElement, FieldProps>(function Field(
  { label, hint, error, describedBy, slot = 'field', children, className, ...props },
  ref,
) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const described = [error ? errorId : null, hint ? hintId : null, describedBy ?? null].filter(Boolean).join(' ')
  return (
    <div ref={ref} data-slot={slot} data-invalid={error ? '' : undefined} {...props} className={cn('hx-field', className)}>
      <label className="hx-field__label" htmlFor={id} data-slot="field-label">
        {label}
      </label>
      {children({ id, 'aria-describedby': described || undefined, invalid: Boolean(error) })}
      {hint ? (
        <p className="hx-field__hint" id={hintId} data-slot="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="hx-field-error" id={errorId} data-slot="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
})
