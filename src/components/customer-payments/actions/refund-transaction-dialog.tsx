import { forwardRef, useMemo, useState, type Ref } from 'react'
import type { CustomerRef, RefundTransactionParams, Transaction } from '../../../adapter/types'
// Exact decimal arithmetic on money strings; pure, shared with the memory adapter.
import { compareDecimal } from '../../../lib/decimal'
import { useRefundTransaction } from '../../../data/customer-queries'
import { usePaymentsContext } from '../../../data/payments-context'
import { actionMessages } from '../../../lib/messages/actions'
import { productMessages } from '../../../lib/messages/products'
import { Badge } from '../../../ui/badge'
import { Input } from '../../../ui/input'
import { Field } from '../../../ui/field'
import { ActionDialog, ActionDialogContent, useActionForm, type ActionCheck, type ActionDialogPanelProps } from './action-dialog'
import { fractionDigits, parseAmount } from './parse'
import { inlineText } from '../../../lib/text'
import { currencyDigits, transactionAmounts } from '../../../lib/payments'

/** Props of {@link RefundTransactionDialog}; other props go to the dialog panel (`role="dialog"`). */
export interface RefundTransactionDialogProps extends ActionDialogPanelProps {
  /** The customer who paid. */
  customer: CustomerRef
  /** The purchase to refund. */
  transaction: Transaction
  /** Whether the dialog is open. */
  open: boolean
  /** Called with `false` on Cancel, Escape and after a successful refund. */
  onOpenChange: (open: boolean) => void
}

const FIELDS = ['amount'] as const

/**
 * Asks before refunding a transaction: what was bought (product × quantity), what was charged and
 * when, and — when the adapter supports partial refunds — an optional amount in the charged
 * currency (empty refunds everything). Destructive confirm button.
 *
 * @selector [data-slot="refund-transaction-dialog"][data-status="idle" | "loading" | "error" | "success"]
 * @selector [data-slot="refund-transaction-summary"] [data-slot="refund-transaction-amount"]
 * @example
 * <RefundTransactionDialog customer={{ type: 'user', id }} transaction={tx} open={open} onOpenChange={setOpen} />
 */
export const RefundTransactionDialog = forwardRef<HTMLDivElement, RefundTransactionDialogProps>(function RefundTransactionDialog(
  { customer, transaction, open, onOpenChange, ...panelProps },
  ref,
) {
  return (
    <ActionDialog open={open} onOpenChange={onOpenChange}>
      <RefundTransactionForm
        customer={customer}
        transaction={transaction}
        onDone={() => onOpenChange(false)}
        panelProps={panelProps}
        panelRef={ref}
      />
    </ActionDialog>
  )
})

type RefundParams = Omit<RefundTransactionParams, 'customer' | 'signal'>

function RefundTransactionForm({
  customer,
  transaction,
  onDone,
  panelProps,
  panelRef,
}: {
  customer: CustomerRef
  transaction: Transaction
  onDone: () => void
  panelProps: ActionDialogPanelProps
  panelRef: Ref<HTMLDivElement>
}) {
  const { t, format, locale, capabilities } = usePaymentsContext('RefundTransactionDialog', actionMessages, productMessages)
  const mutation = useRefundTransaction(customer)
  const [amount, setAmount] = useState('')

  const charged = useMemo(() => transactionAmounts(transaction), [transaction])
  const currency = Object.keys(charged)[0]
  const limit = currency === undefined ? undefined : charged[currency]
  const digits = useMemo(() => currencyDigits(locale, currency), [locale, currency])
  const partial = capabilities.partialRefunds && currency !== undefined && limit !== undefined
  const grants = transaction.entries.flatMap((entry) => (entry.type === 'product_grant' ? [entry] : []))
  const lines = grants.map((entry) => t('actions.refund.line', { name: inlineText(entry.product.displayName), quantity: entry.quantity }))
  // Names shortened in the summary stay readable in full on hover.
  const fullLines = grants.map((entry) => t('actions.refund.line', { name: entry.product.displayName, quantity: entry.quantity }))
  const linesTitle = fullLines.some((line, i) => line !== lines[i]) ? format.list(fullLines) : undefined

  const value = parseAmount(amount)
  const check = (): ActionCheck<RefundParams> => {
    if (!partial || amount.trim() === '') return { params: { transactionId: transaction.id } }
    const example = digits > 0 ? `12.${'5'.padEnd(digits, '0')}` : '1200'
    if (value === null || fractionDigits(value) > digits) {
      return { errors: { amount: t('actions.refund.error.amountFormat', { example }) } }
    }
    if (compareDecimal(value, '0') <= 0) return { errors: { amount: t('actions.refund.error.amountPositive') } }
    if (compareDecimal(value, limit) > 0) {
      return { errors: { amount: t('actions.refund.error.amountTooHigh', { amount: format.money(limit, currency) }) } }
    }
    return { params: { transactionId: transaction.id, amount: { currency, value } } }
  }
  const form = useActionForm({ mutation, fields: FIELDS, check, onSuccess: onDone })

  const chargedText = Object.keys(charged).length > 0 ? format.moneyList(charged) : null
  const refunding = !partial || amount.trim() === '' ? chargedText : value && currency ? format.money(value, currency) : null

  return (
    <ActionDialogContent
      panelProps={panelProps}
      panelRef={panelRef}
      slot="refund-transaction-dialog"
      title={t('actions.refund.title')}
      description={t('actions.refund.description')}
      form={form}
      submitLabel={refunding ? t('actions.refund.submitAmount', { amount: refunding }) : t('actions.refund.submit')}
      pendingLabel={t('actions.refund.pending')}
      destructive
    >
      <dl className="hx-action-summary" data-slot="refund-transaction-summary">
        {lines.length > 0 ? (
          <div>
            <dt>{t('actions.refund.purchase')}</dt>
            <dd title={linesTitle}>{format.list(lines)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('actions.refund.charged')}</dt>
          <dd>
            {chargedText ?? t('actions.refund.nothingCharged')}
            {transaction.testMode ? <Badge variant="warning">{t('transaction.testMode')}</Badge> : null}
          </dd>
        </div>
        <div>
          <dt>{t('actions.refund.date')}</dt>
          <dd>
            <time dateTime={transaction.createdAt}>{format.dateTime(transaction.createdAt)}</time>
          </dd>
        </div>
      </dl>
      {partial ? (
        <Field
          slot="refund-transaction-amount"
          label={t('actions.refund.amount', { currency })}
          hint={t('actions.refund.amountHint', { amount: format.money(limit, currency) })}
          error={form.fieldErrors.amount}
        >
          {(control) => (
            <Input
              {...control}
              inputMode="decimal"
              autoComplete="off"
              placeholder={limit}
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
            />
          )}
        </Field>
      ) : null}
    </ActionDialogContent>
  )
}
