import { forwardRef, useMemo, useState, type Ref } from 'react'
import type { CustomerRef, GrantProductParams } from '../../../adapter/types'
import { useGrantProduct, useOwnedProducts, useProductCatalog } from '../../../data/customer-queries'
import { usePaymentsContext } from '../../../data/payments-context'
import { actionMessages } from '../../../lib/messages/actions'
import { Input } from '../../../ui/input'
import { ProductChooser } from '../../create-checkout/product-chooser'
import { readStatus } from '../../../lib/async-status'
import { Field } from '../../../ui/field'
import { ActionDialog, ActionDialogContent, useActionForm, type ActionCheck, type ActionDialogPanelProps } from './action-dialog'
import { parseWholeNumber } from './parse'

/** Props of {@link GrantProductDialog}; other props go to the dialog panel (`role="dialog"`). */
export interface GrantProductDialogProps extends ActionDialogPanelProps {
  /** The customer who receives the product. */
  customer: CustomerRef
  /** Whether the dialog is open. */
  open: boolean
  /** Called with `false` on Cancel, Escape and after a successful grant. */
  onOpenChange: (open: boolean) => void
}

const FIELDS = ['productId', 'quantity'] as const

/**
 * Grants a product to a customer without charge: products of the customer's type grouped by
 * product line with their prices, non-stackable products the customer owns disabled ("Already
 * owned"), and a quantity for stackable products. Closes once the adapter succeeded.
 *
 * @selector [data-slot="grant-product-dialog"][data-status="idle" | "loading" | "error" | "success"]
 * @selector [data-slot="grant-product-quantity"]
 * @example
 * <GrantProductDialog customer={{ type: 'user', id }} open={open} onOpenChange={setOpen} />
 */
export const GrantProductDialog = forwardRef<HTMLDivElement, GrantProductDialogProps>(function GrantProductDialog(
  { customer, open, onOpenChange, ...panelProps },
  ref,
) {
  return (
    <ActionDialog open={open} onOpenChange={onOpenChange}>
      <GrantProductForm customer={customer} onDone={() => onOpenChange(false)} panelProps={panelProps} panelRef={ref} />
    </ActionDialog>
  )
})

type GrantParams = Omit<GrantProductParams, 'customer' | 'signal'>

function GrantProductForm({ customer, onDone, panelProps, panelRef }: { customer: CustomerRef; onDone: () => void; panelProps: ActionDialogPanelProps; panelRef: Ref<HTMLDivElement> }) {
  const { t } = usePaymentsContext('GrantProductDialog', actionMessages)
  const catalog = useProductCatalog(customer.type)
  const owned = useOwnedProducts(customer)
  const mutation = useGrantProduct(customer)
  const [productId, setProductId] = useState<string | null>(null)
  const [quantity, setQuantity] = useState('1')

  const ownedIds = useMemo(
    () => new Set(owned.items.flatMap((row) => (row.id !== null && !row.product.stackable ? [row.id] : []))),
    [owned.items],
  )
  const product = catalog.data?.products.find((p) => p.id === productId) ?? null

  const check = (): ActionCheck<GrantParams> => {
    if (!product) return { errors: { productId: t('actions.grant.error.product') } }
    if (!product.stackable) return { params: { productId: product.id } }
    const count = parseWholeNumber(quantity)
    if (count === null || count < 1) return { errors: { quantity: t('actions.grant.error.quantity') } }
    return { params: { productId: product.id, quantity: count } }
  }
  const form = useActionForm({ mutation, fields: FIELDS, check, onSuccess: onDone })

  return (
    <ActionDialogContent
      panelProps={panelProps}
      panelRef={panelRef}
      slot="grant-product-dialog"
      title={t('actions.grant.title')}
      description={t('actions.grant.description')}
      form={form}
      submitLabel={t('actions.grant.submit')}
      pendingLabel={t('actions.grant.pending')}
    >
      <div className="hx-field" data-slot="grant-product-product">
        <span className="hx-field__label" aria-hidden="true">
          {t('actions.grant.product')}
        </span>
        <ProductChooser
          catalog={catalog.data}
          status={readStatus({ hasData: catalog.data !== undefined, isEmpty: false, error: catalog.error })}
          loadError={catalog.error}
          onRetry={() => catalog.refetch({ cancelRefetch: false })}
          customerType={customer.type}
          value={productId}
          onValueChange={setProductId}
          ownedIds={ownedIds}
          error={form.fieldErrors.productId}
        />
      </div>
      {product?.stackable ? (
        <Field
          slot="grant-product-quantity"
          label={t('actions.grant.quantity')}
          hint={t('actions.grant.quantityHint')}
          error={form.fieldErrors.quantity}
        >
          {(control) => (
            <Input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={quantity}
              onChange={(event) => setQuantity(event.target.value)}
            />
          )}
        </Field>
      ) : null}
    </ActionDialogContent>
  )
}
