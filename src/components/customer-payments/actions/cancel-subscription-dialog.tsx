import { forwardRef, type Ref } from 'react'
import type { CancelSubscriptionParams, CustomerRef, OwnedProduct } from '../../../adapter/types'
import { useCancelSubscription } from '../../../data/customer-queries'
import { usePaymentsContext } from '../../../data/payments-context'
import { actionMessages } from '../../../lib/messages/actions'
import { inlineText } from '../../../lib/text'
import { ActionDialog, ActionDialogContent, useActionForm, type ActionCheck, type ActionDialogPanelProps } from './action-dialog'

/** Props of {@link CancelSubscriptionDialog}; other props go to the dialog panel (`role="dialog"`). */
export interface CancelSubscriptionDialogProps extends ActionDialogPanelProps {
  /** The customer who owns the subscription. */
  customer: CustomerRef
  /** The owned subscription product to cancel. */
  product: OwnedProduct
  /** Whether the dialog is open. */
  open: boolean
  /** Called with `false` on "Keep subscription", Escape and after a successful cancellation. */
  onOpenChange: (open: boolean) => void
}

const NO_FIELDS: readonly string[] = []

/**
 * Asks before cancelling a subscription at the end of its period ("Pro stays active until
 * Dec 1, 2026, then ends"), with a destructive confirm button.
 *
 * @selector [data-slot="cancel-subscription-dialog"][data-status="idle" | "loading" | "error" | "success"]
 * @example
 * <CancelSubscriptionDialog customer={{ type: 'user', id }} product={owned} open={open} onOpenChange={setOpen} />
 */
export const CancelSubscriptionDialog = forwardRef<HTMLDivElement, CancelSubscriptionDialogProps>(function CancelSubscriptionDialog(
  { customer, product, open, onOpenChange, ...panelProps },
  ref,
) {
  return (
    <ActionDialog open={open} onOpenChange={onOpenChange}>
      <CancelSubscriptionForm customer={customer} product={product} onDone={() => onOpenChange(false)} panelProps={panelProps} panelRef={ref} />
    </ActionDialog>
  )
})

type CancelParams = Omit<CancelSubscriptionParams, 'customer' | 'signal'>

function CancelSubscriptionForm({ customer, product, onDone, panelProps, panelRef }: { customer: CustomerRef; product: OwnedProduct; onDone: () => void; panelProps: ActionDialogPanelProps; panelRef: Ref<HTMLDivElement> }) {
  const { t, format } = usePaymentsContext('CancelSubscriptionDialog', actionMessages)
  const mutation = useCancelSubscription(customer)
  const check = (): ActionCheck<CancelParams> => ({
    params: { productId: product.id, subscriptionId: product.subscription?.id },
  })
  const form = useActionForm({ mutation, fields: NO_FIELDS, check, onSuccess: onDone })
  const fullName = product.product.displayName
  const name = inlineText(fullName)
  const periodEnd = product.subscription?.currentPeriodEnd

  return (
    <ActionDialogContent
      panelProps={panelProps}
      panelRef={panelRef}
      slot="cancel-subscription-dialog"
      size="sm"
      title={t('actions.cancelSubscription.title')}
      description={
        <span title={name === fullName ? undefined : fullName}>
          {periodEnd
            ? t('actions.cancelSubscription.description', { name, date: format.date(periodEnd, 'long') })
            : t('actions.cancelSubscription.descriptionNoDate', { name })}
        </span>
      }
      form={form}
      submitLabel={t('actions.cancelSubscription.submit')}
      pendingLabel={t('actions.cancelSubscription.pending')}
      cancelLabel={t('actions.cancelSubscription.keep')}
      destructive
    />
  )
}
