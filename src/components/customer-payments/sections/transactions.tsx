import { forwardRef, type ReactNode } from 'react'
import type { Transaction, TransactionType } from '../../../adapter/types'
import { usePaymentsContext, type PaymentsContextValue } from '../../../data/payments-context'
import { paymentsMessages } from '../../../lib/messages/payments'
import { productMessages } from '../../../lib/messages/products'
import { errorMessage, type MessageKey } from '../../../lib/messages'
import { AdapterText } from '../../../ui/adapter-text'
import { Badge } from '../../../ui/badge'
import { Button } from '../../../ui/button'
import { EmptyState } from '../../../ui/empty-state'
import {
  AlertTriangleIcon,
  ArrowLeftIcon,
  CreditCardIcon,
  MinusIcon,
  PlusIcon,
  ReceiptIcon,
  RefreshIcon,
  XIcon,
} from '../../../ui/icons'
import { Skeleton } from '../../../ui/skeleton'
import { LazyActionDialog, actionDialogs } from '../actions/lazy-action-dialog'
import { LazyExportButton, exportButtons } from '../../export/lazy-export-button'
import { transactionAmounts, type CustomerPaymentsState } from '../use-customer-payments'
import { DateText, SectionFrame, useActionDialog, type SectionPartProps } from './section-frame'
import { inlineText } from '../../../lib/text'

/** Props of {@link CustomerPaymentsTransactions}. */
export interface CustomerPaymentsTransactionsProps extends SectionPartProps {
  /** The state from `useCustomerPayments`. */
  payments: CustomerPaymentsState
  /**
   * Shows "Export CSV" (every transaction of the customer, page by page, with progress and Cancel;
   * its code loads on first use). A read-only adapter exports too. @default true
   */
  canExport?: boolean
}

const TYPE_LABELS: Record<TransactionType, MessageKey> = {
  purchase: 'payments.transactions.type.purchase',
  'subscription-renewal': 'payments.transactions.type.renewal',
  'manual-item-quantity-change': 'payments.transactions.type.itemChange',
  'subscription-cancellation': 'payments.transactions.type.cancellation',
  chargeback: 'payments.transactions.type.chargeback',
  'product-change': 'payments.transactions.type.productChange',
}

function typeIcon(transaction: Transaction): ReactNode {
  switch (transaction.type) {
    case 'purchase':
      return <ReceiptIcon />
    case 'subscription-renewal':
      return <RefreshIcon />
    case 'manual-item-quantity-change': {
      const change = transaction.entries.find((entry) => entry.type === 'item_quantity_change')
      return change && change.quantity < 0 ? <MinusIcon /> : <PlusIcon />
    }
    case 'subscription-cancellation':
      return <XIcon />
    case 'chargeback':
      return <AlertTriangleIcon />
    case 'product-change':
      return <ArrowLeftIcon />
    default:
      return <CreditCardIcon />
  }
}

/** One phrase of what a transaction was about: a backend name and what happened to it (`×2`, `+500`), or a sentence. */
interface Detail {
  name?: string
  text: string
}

/** A detail as plain text (for an aria-label, read in logical order). */
function detailText(detail: Detail): string {
  return detail.name === undefined ? detail.text : `${inlineText(detail.name)} ${detail.text}`
}

/** What a transaction was about, as short phrases: products granted (name ×qty), else items changed (name ±qty). */
function useDetails(transaction: Transaction, payments: CustomerPaymentsState): Detail[] {
  const { t, format } = usePaymentsContext('CustomerPaymentsTransactions', paymentsMessages)
  const products: Detail[] = []
  const items: Detail[] = []
  let revoked = 0
  for (const entry of transaction.entries) {
    if (entry.type === 'product_grant') {
      products.push({ name: entry.product.displayName, text: t('payments.quantity', { quantity: format.number(entry.quantity) }) })
    } else if (entry.type === 'item_quantity_change') {
      const delta = entry.quantity > 0 ? `+${format.number(entry.quantity)}` : format.number(entry.quantity)
      items.push({ name: payments.itemName(entry.itemId), text: delta })
    } else if (entry.type === 'product_revocation') {
      revoked += entry.quantity
    }
  }
  if (products.length > 0) return products
  if (items.length > 0) return items
  if (revoked > 0) return [{ text: t('payments.transactions.revoked', { count: revoked }) }]
  return []
}

function TransactionRow({
  transaction,
  payments,
  onRefund,
}: {
  transaction: Transaction
  payments: CustomerPaymentsState
  onRefund: (transaction: Transaction, trigger: HTMLElement) => void
}) {
  // Typed for every key: TYPE_LABELS holds MessageKeys (test/lib/message-areas.test.ts checks them)
  const { t, format }: PaymentsContextValue<MessageKey> = usePaymentsContext('CustomerPaymentsTransactions', paymentsMessages, productMessages)
  const details = useDetails(transaction, payments)
  const amounts = Object.entries(transactionAmounts(transaction))
  const refund = transaction.refund
  const label = t(TYPE_LABELS[transaction.type] ?? 'payments.transactions.type.other')
  return (
    <li
      className="hx-cp-tx"
      data-slot="customer-payments-transaction"
      data-type={transaction.type}
      data-test-mode={transaction.testMode ? '' : undefined}
      data-refund={refund?.kind}
      data-transaction-id={transaction.id}
    >
      <span className="hx-cp-tx__icon" aria-hidden="true">
        {typeIcon(transaction)}
      </span>
      <span className="hx-cp-tx__type" data-slot="customer-payments-transaction-type">
        {label}
      </span>
      <span className="hx-cp-tx__details" data-slot="customer-payments-transaction-details">
        {details.length > 0 ? (
          details.map((detail, index) => (
            <span key={index} className="hx-cp-tx__detail" data-slot="customer-payments-transaction-detail">
              {index > 0 ? <span aria-hidden="true">· </span> : null}
              {detail.name === undefined ? null : (
                <>
                  <AdapterText overflow="truncate">{detail.name}</AdapterText>{' '}
                </>
              )}
              {detail.name === undefined ? detail.text : <span className="hx-cp-tx__detail-change">{detail.text}</span>}
            </span>
          ))
        ) : (
          <span className="hx-cp-muted">—</span>
        )}
      </span>
      <span className="hx-cp-tx__date">
        <DateText iso={transaction.createdAt} />
      </span>
      <span className="hx-cp-tx__amount" data-slot="customer-payments-transaction-amount">
        {transaction.testMode ? (
          <Badge variant="outline">{t('transaction.testMode')}</Badge>
        ) : amounts.length === 0 ? (
          <span className="hx-cp-muted">{t('payments.transactions.noCharge')}</span>
        ) : (
          amounts.map(([currency, amount]) => (
            <span key={currency} className="hx-cp-money" data-currency={currency}>
              {format.money(amount, currency)}
            </span>
          ))
        )}
      </span>
      <span className="hx-cp-tx__status" data-slot="customer-payments-transaction-status">
        {refund ? (
          <>
            <Badge variant={refund.kind === 'full' ? 'danger' : 'warning'}>
              {refund.kind === 'full' ? t('transaction.refunded') : t('transaction.partiallyRefunded')}
            </Badge>
            {refund.kind === 'partial' && refund.amount && Object.keys(refund.amount).length > 0 ? (
              <span className="hx-cp-tx__refund-amount">
                {t('payments.transactions.refundedAmount', { amount: format.moneyList(refund.amount) })}
              </span>
            ) : null}
          </>
        ) : null}
      </span>
      <span className="hx-cp-tx__action">
        {payments.canRefund(transaction) ? (
          <Button
            variant="outline"
            size="sm"
            className="hx-cp-row-action"
            aria-label={t('payments.transactions.refundLabel', { details: details[0] ? detailText(details[0]) : label, date: format.date(transaction.createdAt) })}
            onPointerEnter={actionDialogs.refund.prefetch}
            onFocus={actionDialogs.refund.prefetch}
            onClick={(event) => onRefund(transaction, event.currentTarget)}
          >
            {t('payments.transactions.refund')}
          </Button>
        ) : null}
      </span>
    </li>
  )
}

/**
 * The customer's transactions, newest first, with "Load more": type (icon and label), what it was
 * about (product name ×qty, or item name ±qty), amount in each currency ("Test mode" when it
 * carried no money), refund status and date (relative time on hover and focus). "Refund" appears
 * on purchases that moved money, when the adapter can refund and the view is not read-only.
 *
 * @selector [data-slot="customer-payments-transactions"][data-status]
 * @selector [data-slot="customer-payments-transaction"][data-type][data-test-mode][data-refund="full" | "partial"][data-transaction-id]
 * @selector [data-slot="customer-payments-transaction-type" | "customer-payments-transaction-details" | "customer-payments-transaction-detail" | "customer-payments-transaction-amount" | "customer-payments-transaction-status"]
 * @selector [data-slot="customer-payments-load-more"]
 * @example
 * <CustomerPaymentsTransactions payments={useCustomerPayments({ customerType: 'custom', customerId: 'acct_42' })} />
 */
export const CustomerPaymentsTransactions = forwardRef<HTMLElement, CustomerPaymentsTransactionsProps>(function CustomerPaymentsTransactions(
  { payments, headingLevel = 3, className, slots, canExport = true, ...props },
  ref,
) {
  const { t } = usePaymentsContext('CustomerPaymentsTransactions', paymentsMessages)
  const refund = useActionDialog<Transaction>()
  const { transactions, customer, unavailable } = payments
  const notes = unavailable.refundTransaction && transactions.data.some(payments.isRefundable) ? [unavailable.refundTransaction] : []

  return (
    <>
      <SectionFrame
        slot="customer-payments-transactions"
        title={t('payments.transactions.title')}
        errorTitle={t('payments.transactions.error')}
        headingLevel={headingLevel}
        part={transactions}
        notes={notes}
        className={className}
        slots={slots}
        sectionProps={props}
        sectionRef={ref}
        action={
          canExport && transactions.status === 'success' ? (
            <LazyExportButton part={exportButtons.transactions} props={{ customer }} label={t('export.transactions')} />
          ) : null
        }
        skeleton={
          <ul className="hx-cp-list hx-cp-tx-list" aria-hidden="true">
            {[0, 1, 2, 3].map((i) => (
              <li key={i} className="hx-cp-tx">
                <Skeleton className="hx-cp-tx__icon" width={16} height={16} radius="full" />
                <Skeleton className="hx-cp-tx__type" width="6rem" />
                <Skeleton className="hx-cp-tx__details" width="9rem" />
                <Skeleton className="hx-cp-tx__date" width="5rem" />
                <Skeleton className="hx-cp-tx__amount" width="4rem" />
              </li>
            ))}
          </ul>
        }
        empty={
          <EmptyState
            className="hx-cp-state"
            icon={<ReceiptIcon />}
            title={t('payments.transactions.empty')}
            description={t('payments.transactions.emptyDescription')}
          />
        }
      >
        {() => (
          <>
            <ul className="hx-cp-list hx-cp-tx-list" data-slot="customer-payments-transaction-list">
              {transactions.data.map((transaction) => (
                <TransactionRow key={transaction.id} transaction={transaction} payments={payments} onRefund={refund.open} />
              ))}
            </ul>
            <div className="hx-cp-footer" data-slot="customer-payments-transactions-footer">
              <span className="hx-sr-only" role="status">
                {transactions.isLoadingMore ? t('state.loading') : t('payments.transactions.shown', { count: transactions.data.length })}
              </span>
              {transactions.loadMoreError ? (
                <span className="hx-cp-footer__error" data-slot="customer-payments-load-more-error">
                  <AlertTriangleIcon />
                  {errorMessage(t, transactions.loadMoreError)}
                </span>
              ) : null}
              {transactions.hasMore ? (
                <Button
                  variant="outline"
                  size="sm"
                  data-slot="customer-payments-load-more"
                  isPending={transactions.isLoadingMore}
                  onClick={transactions.loadMore}
                >
                  {transactions.loadMoreError ? t('state.retry') : t('payments.transactions.loadMore')}
                </Button>
              ) : null}
            </div>
          </>
        )}
      </SectionFrame>
      {refund.target ? (
        <LazyActionDialog
          part={actionDialogs.refund}
          props={{ customer, transaction: refund.target, open: true, onOpenChange: refund.onOpenChange }}
        />
      ) : null}
    </>
  )
})
