import { useId } from 'react'
import type { CustomerType, Product, ProductCatalog } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { checkoutMessages } from '../../lib/messages/checkout'
import { customerMessages } from '../../lib/messages/customer'
import { productMessages } from '../../lib/messages/products'
import { AdapterText } from '../../ui/adapter-text'
import { Badge } from '../../ui/badge'
import { EmptyState } from '../../ui/empty-state'
import { Skeleton } from '../../ui/skeleton'
import { AsyncFrame } from '../../ui/async-frame'
import { productPriceSummary } from '../../lib/price-summary'
import type { ReadStatus } from '../../lib/async-status'

export interface ProductChooserProps {
  catalog: ProductCatalog | undefined
  /** Where the catalog stands; `empty` is also derived from the filtered products. */
  status: ReadStatus
  /** Why loading failed, shown under "Could not load products.". */
  loadError: Error | null
  onRetry: () => void | Promise<unknown>
  /** Only products of this type (the chosen customer's); all types when absent. */
  customerType?: CustomerType
  value: string | null
  onValueChange: (productId: string) => void
  /** Non-stackable products the customer owns: shown disabled as "Already owned". */
  ownedIds: ReadonlySet<string>
  /** Shown under the group and linked with aria-describedby. */
  error?: string
  /** Name of the radio group. */
  name?: string
}

interface Group {
  id: string
  label: string
  products: Product[]
}

function groupByLine(catalog: ProductCatalog, products: Product[], otherLabel: string): Group[] {
  const groups = new Map<string, Group>()
  for (const product of products) {
    const lineId = product.productLineId ?? ''
    let group = groups.get(lineId)
    if (!group) {
      const line = catalog.productLines.find((l) => l.id === lineId)
      group = { id: lineId, label: line?.displayName ?? otherLabel, products: [] }
      groups.set(lineId, group)
    }
    group.products.push(product)
  }
  // Lines first, loose products last.
  return [...groups.values()].sort((a, b) => (a.id === '' ? 1 : 0) - (b.id === '' ? 1 : 0))
}

/**
 * Products of one customer type as radio buttons, grouped by product line, each with its price
 * summary and badges. Owned non-stackable products are disabled ("Already owned").
 *
 * @selector [data-slot="product-chooser"] [data-slot="product-chooser-option"][data-owned][data-checked]
 */
export function ProductChooser({
  catalog,
  status,
  loadError,
  onRetry,
  customerType,
  value,
  onValueChange,
  ownedIds,
  error,
  name,
}: ProductChooserProps) {
  const { t } = usePaymentsContext('ProductChooser', checkoutMessages, customerMessages)
  const fallbackName = useId()
  const errorId = useId()
  const products = catalog?.products.filter((p) => !customerType || p.customerType === customerType) ?? []
  // A loaded catalog wins over the error of a later refresh (the library's read policy).
  const frameStatus: ReadStatus = catalog ? (products.length === 0 ? 'empty' : 'success') : status === 'error' ? 'error' : 'loading'
  return (
    <AsyncFrame
      status={frameStatus}
      error={loadError}
      retry={onRetry}
      errorTitle={t('checkout.productsLoadFailed')}
      loading={
        <div className="hx-product-chooser" data-slot="product-chooser" aria-busy="true">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} height={44} />
          ))}
        </div>
      }
      empty={
        <EmptyState
          title={t('checkout.noProducts', { type: t(`customerType.filter.${customerType ?? 'all'}`) })}
          description={t('checkout.noProductsDescription')}
        />
      }
    >
      {() => (
        <ProductOptions
          catalog={catalog as ProductCatalog}
          products={products}
          value={value}
          onValueChange={onValueChange}
          ownedIds={ownedIds}
          error={error}
          errorId={errorId}
          name={name ?? fallbackName}
        />
      )}
    </AsyncFrame>
  )
}

function ProductOptions({
  catalog,
  products,
  value,
  onValueChange,
  ownedIds,
  error,
  errorId,
  name: groupName,
}: Pick<ProductChooserProps, 'value' | 'onValueChange' | 'ownedIds' | 'error'> & {
  catalog: ProductCatalog
  products: Product[]
  errorId: string
  name: string
}) {
  const { t, format } = usePaymentsContext('ProductChooser', checkoutMessages, productMessages)
  return (
    <div
      className="hx-product-chooser"
      data-slot="product-chooser"
      role="radiogroup"
      aria-label={t('checkout.product')}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      {groupByLine(catalog, products, t('checkout.ungrouped')).map((group) => (
        <div key={group.id} role="group" aria-label={group.label} className="hx-product-chooser__group">
          <div className="hx-product-chooser__group-label" aria-hidden="true">
            <AdapterText overflow="truncate">{group.label}</AdapterText>
          </div>
          {group.products.map((product) => {
            const owned = ownedIds.has(product.id)
            const checked = value === product.id
            return (
              <label
                key={product.id}
                className="hx-product-chooser__option"
                data-slot="product-chooser-option"
                data-owned={owned ? '' : undefined}
                data-checked={checked ? '' : undefined}
              >
                <input
                  type="radio"
                  name={groupName}
                  value={product.id}
                  checked={checked}
                  disabled={owned}
                  onChange={() => onValueChange(product.id)}
                />
                <span className="hx-product-chooser__text">
                  <AdapterText overflow="truncate" className="hx-product-chooser__name">{product.displayName}</AdapterText>
                  <span className="hx-product-chooser__price">{productPriceSummary(product, format, t)}</span>
                </span>
                <span className="hx-product-chooser__badges">
                  {owned ? <Badge variant="neutral">{t('product.alreadyOwned')}</Badge> : null}
                  {product.serverOnly ? <Badge variant="warning">{t('product.serverOnly')}</Badge> : null}
                  {product.stackable ? <Badge variant="info">{t('checkout.stackable')}</Badge> : null}
                  {product.isAddOnTo.length > 0 ? <Badge variant="outline">{t('checkout.addOn')}</Badge> : null}
                </span>
              </label>
            )
          })}
        </div>
      ))}
      {error ? (
        <p id={errorId} className="hx-field-error" data-slot="product-chooser-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
