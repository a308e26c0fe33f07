import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { CheckoutDialogContext } from './checkout-dialog-context'
import type { CreateCheckoutOptions } from './use-create-checkout'
import { CreateCheckoutDialog } from './create-checkout-dialog'

/** Owns the provider's single create-checkout dialog. Rendered by `PaymentsProvider`. */
export function CheckoutDialogHost({ children }: { children?: ReactNode }) {
  const [request, setRequest] = useState<{ key: number; options: CreateCheckoutOptions } | null>(null)
  const open = useCallback((options: CreateCheckoutOptions = {}) => {
    setRequest((previous) => ({ key: (previous?.key ?? 0) + 1, options }))
  }, [])
  const close = useCallback(() => setRequest(null), [])
  const api = useMemo(() => ({ open, close }), [open, close])
  return (
    <CheckoutDialogContext.Provider value={api}>
      {children}
      {request ? (
        <CreateCheckoutDialog
          key={request.key}
          open
          onOpenChange={(next) => {
            if (!next) close()
          }}
          {...request.options}
        />
      ) : null}
    </CheckoutDialogContext.Provider>
  )
}
