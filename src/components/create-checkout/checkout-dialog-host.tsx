import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { usePaymentsContext } from '../../data/payments-context'
import { errorMessage } from '../../lib/messages'
import { useLazyPart } from '../../ui/lazy-part'
import { LazyNotice } from '../../ui/lazy-notice'
import { CheckoutDialogContext } from './checkout-dialog-context'
import { checkoutDialogPart as checkoutDialog } from './checkout-dialog-part'
import type { CreateCheckoutOptions } from './use-create-checkout'

/** Owns the provider's single create-checkout dialog. Rendered by `PaymentsProvider`. */
export function CheckoutDialogHost({ children }: { children?: ReactNode }) {
  const [request, setRequest] = useState<{ key: number; options: CreateCheckoutOptions } | null>(null)
  const open = useCallback((options: CreateCheckoutOptions = {}) => {
    setRequest((previous) => ({ key: (previous?.key ?? 0) + 1, options }))
  }, [])
  const close = useCallback(() => setRequest(null), [])
  const api = useMemo(() => ({ open, close, prefetch: checkoutDialog.prefetch }), [open, close])
  return (
    <CheckoutDialogContext.Provider value={api}>
      {children}
      {request ? <RequestedDialog key={request.key} options={request.options} close={close} /> : null}
    </CheckoutDialogContext.Provider>
  )
}

function RequestedDialog({ options, close }: { options: CreateCheckoutOptions; close: () => void }) {
  const { t } = usePaymentsContext('PaymentsProvider')
  const { status, component: Dialog, error, retry } = useLazyPart(checkoutDialog)
  if (!Dialog) {
    return <LazyNotice status={status} label={t('checkout.opening')} message={errorMessage(t, error)} onRetry={retry} onClose={close} />
  }
  return (
    <Dialog
      open
      onOpenChange={(next) => {
        if (!next) close()
      }}
      {...options}
    />
  )
}
