import { forwardRef, useId, useState, type Ref } from 'react'
import type { ChangeItemQuantityParams, CustomerRef, ItemBalance } from '../../../adapter/types'
import { useChangeItemQuantity, useItemBalances } from '../../../data/customer-queries'
import { usePaymentsContext } from '../../../data/payments-context'
import { actionMessages } from '../../../lib/messages/actions'
import { IconButton } from '../../../ui/icon-button'
import { AlertTriangleIcon, MinusIcon, PlusIcon } from '../../../ui/icons'
import { Input } from '../../../ui/input'
import { Field } from '../../../ui/field'
import { inlineText } from '../../../lib/text'
import { ActionDialog, ActionDialogContent, useActionForm, type ActionCheck, type ActionDialogPanelProps, type ActionFieldErrors } from './action-dialog'
import { parseWholeNumber } from './parse'

/** Props of {@link AdjustItemDialog}; other props go to the dialog panel (`role="dialog"`). */
export interface AdjustItemDialogProps extends ActionDialogPanelProps {
  /** The customer whose balance changes. */
  customer: CustomerRef
  /** The item to change, with the balance to start from (the live balance is used once loaded). */
  item: ItemBalance
  /** Whether the dialog is open. */
  open: boolean
  /** Called with `false` on Cancel, Escape and after a successful change. */
  onOpenChange: (open: boolean) => void
}

const FIELDS = ['delta', 'description', 'expiresAt'] as const

/**
 * Changes a customer's item balance by a signed whole number, with an optional description and
 * expiry. Shows the current and the resulting balance and warns when the result is negative
 * (the change is then sent with `allowNegative: true`).
 *
 * @selector [data-slot="adjust-item-dialog"][data-status="idle" | "loading" | "error" | "success"]
 * @selector [data-slot="adjust-item-balance"][data-negative] — current and resulting balance
 * @selector [data-slot="adjust-item-warning"] — the negative-balance warning
 * @selector [data-slot="adjust-item-change" | "adjust-item-description" | "adjust-item-expires"] — the fields
 * @example
 * <AdjustItemDialog customer={{ type: 'team', id }} item={balance} open={open} onOpenChange={setOpen} />
 */
export const AdjustItemDialog = forwardRef<HTMLDivElement, AdjustItemDialogProps>(function AdjustItemDialog(
  { customer, item, open, onOpenChange, ...panelProps },
  ref,
) {
  return (
    <ActionDialog open={open} onOpenChange={onOpenChange}>
      <AdjustItemForm customer={customer} item={item} onDone={() => onOpenChange(false)} panelProps={panelProps} panelRef={ref} />
    </ActionDialog>
  )
})

type ChangeParams = Omit<ChangeItemQuantityParams, 'customer' | 'signal'>

function AdjustItemForm({ customer, item, onDone, panelProps, panelRef }: { customer: CustomerRef; item: ItemBalance; onDone: () => void; panelProps: ActionDialogPanelProps; panelRef: Ref<HTMLDivElement> }) {
  const { t, format } = usePaymentsContext('AdjustItemDialog', actionMessages)
  const balances = useItemBalances(customer)
  const mutation = useChangeItemQuantity(customer)
  const [change, setChange] = useState('')
  const [note, setNote] = useState('')
  const [expiresAt, setExpiresAt] = useState('')
  const warningId = useId()
  const itemName = inlineText(item.displayName)

  const current = balances.data?.find((b) => b.itemId === item.itemId)?.quantity ?? item.quantity
  const delta = parseWholeNumber(change)
  const result = delta === null ? null : current + delta
  const negative = result !== null && result < 0

  const check = (now: number): ActionCheck<ChangeParams> => {
    const errors: ActionFieldErrors = {}
    if (delta === null || delta === 0) errors.delta = t('actions.adjust.error.change')
    const expiry = expiresAt ? new Date(expiresAt) : null
    if (expiry && !(expiry.getTime() > now)) errors.expiresAt = t('actions.adjust.error.expiresAt')
    if (delta === null || errors.delta || errors.expiresAt) return { errors }
    const description = note.trim()
    return {
      params: {
        itemId: item.itemId,
        delta,
        allowNegative: negative,
        ...(description ? { description } : {}),
        ...(expiry ? { expiresAt: expiry.toISOString() } : {}),
      },
    }
  }
  const form = useActionForm({ mutation, fields: FIELDS, check, onSuccess: onDone })
  const step = (by: number) => setChange(String((delta ?? 0) + by))

  return (
    <ActionDialogContent
      panelProps={panelProps}
      panelRef={panelRef}
      slot="adjust-item-dialog"
      title={
        <span title={itemName === item.displayName ? undefined : item.displayName}>
          {t('actions.adjust.title', { item: itemName })}
        </span>
      }
      description={t('actions.adjust.description')}
      form={form}
      submitLabel={t('actions.adjust.submit')}
      pendingLabel={t('actions.adjust.pending')}
    >
      <dl className="hx-action-summary hx-adjust-balance" data-slot="adjust-item-balance" data-negative={negative ? '' : undefined}>
        <div>
          <dt>{t('actions.adjust.current')}</dt>
          <dd data-slot="adjust-item-current">{format.number(current)}</dd>
        </div>
        <div>
          <dt>{t('actions.adjust.result')}</dt>
          <dd data-slot="adjust-item-result">{result === null ? '—' : format.number(result)}</dd>
        </div>
      </dl>
      <Field
        slot="adjust-item-change"
        label={t('actions.adjust.change')}
        hint={t('actions.adjust.changeHint')}
        error={form.fieldErrors.delta}
        describedBy={negative ? warningId : undefined}
      >
        {(control) => (
          <div className="hx-adjust-stepper" data-slot="adjust-item-stepper">
            <Input {...control} type="number" step={1} value={change} onChange={(event) => setChange(event.target.value)} />
            <IconButton label={t('actions.adjust.decrease')} variant="outline" onClick={() => step(-1)}>
              <MinusIcon />
            </IconButton>
            <IconButton label={t('actions.adjust.increase')} variant="outline" onClick={() => step(1)}>
              <PlusIcon />
            </IconButton>
          </div>
        )}
      </Field>
      {/* Always in the DOM so that the warning is announced when it appears. */}
      <div role="status" className="hx-action-status" data-slot="adjust-item-status">
        {negative ? (
          <p id={warningId} className="hx-action-warning" data-slot="adjust-item-warning">
            <AlertTriangleIcon />
            <span>{t('actions.adjust.negativeWarning', { quantity: format.number(result) })}</span>
          </p>
        ) : null}
      </div>
      <Field
        slot="adjust-item-description"
        label={t('actions.adjust.note')}
        hint={t('actions.adjust.noteHint')}
        error={form.fieldErrors.description}
      >
        {(control) => (
          <Input {...control} autoComplete="off" value={note} onChange={(event) => setNote(event.target.value)} />
        )}
      </Field>
      <Field
        slot="adjust-item-expires"
        label={t('actions.adjust.expiresAt')}
        hint={t('actions.adjust.expiresAtHint')}
        error={form.fieldErrors.expiresAt}
      >
        {(control) => (
          <Input {...control} type="datetime-local" value={expiresAt} onChange={(event) => setExpiresAt(event.target.value)} />
        )}
      </Field>
    </ActionDialogContent>
  )
}
