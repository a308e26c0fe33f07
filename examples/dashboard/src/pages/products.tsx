/** Products: the host's product cards and product page, each with a Radix ⋯ menu holding `CreateCheckoutMenuItem`. */
import { CreateCheckoutMenuItem } from '@hexclave/payments-ui/create-checkout-menu-item'
import {
  createFormatters,
  createTranslator,
  productPriceSummary,
  useProductCatalog,
  type CustomerType,
  type Product,
} from '@hexclave/payments-ui'
import { useState } from 'react'
import { Link, navigate } from '../router'
import { Badge, Card, EllipsisMenu, MenuItem, MenuSeparator, PageHeader } from '../ui'

const format = createFormatters('en-US')
const t = createTranslator(undefined, 'en-US')
const priceOf = (product: Product) => productPriceSummary(product, format, t)

const TYPE_LABEL: Record<CustomerType, string> = { user: 'User products', team: 'Team products', custom: 'Custom customer products' }
const productHref = (id: string) => `/products/${encodeURIComponent(id)}`

function copy(text: string) {
  void navigator.clipboard?.writeText(text).catch(() => undefined)
}

function ProductCard({ product }: { product: Product }) {
  return (
    <article className="card product-card" data-product={product.id}>
      <div className="product-card__head">
        <Link to={productHref(product.id)} className="product-card__name">
          {product.displayName}
        </Link>
        <EllipsisMenu label={`${product.displayName} actions`}>
          <MenuItem onSelect={() => navigate(productHref(product.id))}>View product</MenuItem>
          <CreateCheckoutMenuItem productId={product.id} />
          <MenuSeparator />
          <MenuItem onSelect={() => copy(product.id)}>Copy product ID</MenuItem>
        </EllipsisMenu>
      </div>
      <span className="product-card__price">{priceOf(product)}</span>
      <div className="badges">
        {product.stackable && <Badge>Stackable</Badge>}
        {product.serverOnly && <Badge>Server-only</Badge>}
        {product.isAddOnTo.length > 0 && <Badge>Add-on</Badge>}
      </div>
    </article>
  )
}

export function ProductsPage() {
  const catalog = useProductCatalog(undefined)
  return (
    <>
      <PageHeader title="Products" description="What your customers can buy. Each card's ⋯ menu creates a checkout link for the product." />
      {catalog.status === 'pending' && <p className="muted">Loading products…</p>}
      {catalog.status === 'error' && (
        <p role="alert">
          Could not load products. <button type="button" className="link-button" onClick={() => void catalog.refetch()}>Retry</button>
        </p>
      )}
      {catalog.data &&
        (['user', 'team', 'custom'] as const).map((type) => {
          const products = catalog.data.products.filter((product) => product.customerType === type)
          if (products.length === 0) return null
          return (
            <section key={type} className="product-section" aria-labelledby={`products-${type}`}>
              <h2 id={`products-${type}`} className="section-title">
                {TYPE_LABEL[type]}
              </h2>
              <div className="product-grid">
                {products.map((product) => (
                  <ProductCard key={product.id} product={product} />
                ))}
              </div>
            </section>
          )
        })}
    </>
  )
}

export function ProductDetailPage({ id }: { id: string }) {
  const catalog = useProductCatalog(undefined)
  const [archived, setArchived] = useState(false)
  const product = catalog.data?.products.find((p) => p.id === id)
  const line = product && catalog.data?.productLines.find((l) => l.id === product.productLineId)
  const itemName = (itemId: string) => catalog.data?.items.find((item) => item.id === itemId)?.displayName ?? itemId
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Products', to: '/products' }]}
        title={product?.displayName ?? (catalog.status === 'pending' ? 'Loading…' : id)}
        description={product ? `${product.customerType === 'custom' ? 'Custom customer' : product.customerType === 'user' ? 'User' : 'Team'} product · ${priceOf(product)}` : null}
        actions={
          product && (
            <>
              {archived && <Badge>Archived (demo)</Badge>}
              <EllipsisMenu label="More product actions">
                <CreateCheckoutMenuItem productId={product.id} />
                <MenuItem onSelect={() => copy(product.id)}>Copy product ID</MenuItem>
                <MenuSeparator />
                <MenuItem destructive onSelect={() => setArchived(true)}>
                  Archive
                </MenuItem>
              </EllipsisMenu>
            </>
          )
        }
      />
      {catalog.status === 'success' && !product && (
        <Card>
          <p>
            No product <code>{id}</code>. <Link to="/products">All products</Link>
          </p>
        </Card>
      )}
      {product && (
        <div className="detail-grid">
          <Card title="Prices">
            {product.prices.length === 0 ? (
              <p className="muted">Free: no prices.</p>
            ) : (
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Price</th>
                    <th scope="col">Amounts</th>
                    <th scope="col">Billing</th>
                  </tr>
                </thead>
                <tbody>
                  {product.prices.map((price) => (
                    <tr key={price.id}>
                      <td>
                        <code>{price.id}</code>
                      </td>
                      <td>
                        {Object.entries(price.amounts)
                          .map(([currency, amount]) => new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(Number(amount)))
                          .join(' · ')}
                      </td>
                      <td>{price.interval ? `every ${price.interval[0]} ${price.interval[1]}${price.interval[0] === 1 ? '' : 's'}` : 'one-time'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
          <Card title="Details">
            <dl className="facts">
              <dt>ID</dt>
              <dd>
                <code>{product.id}</code>
              </dd>
              <dt>Product line</dt>
              <dd>{line?.displayName ?? '—'}</dd>
              <dt>Includes</dt>
              <dd>{product.includedItems.length ? product.includedItems.map((item) => `${item.quantity.toLocaleString('en-US')} ${itemName(item.itemId)}`).join(', ') : '—'}</dd>
              <dt>Flags</dt>
              <dd className="badges">
                {product.stackable && <Badge>Stackable</Badge>}
                {product.serverOnly && <Badge>Server-only</Badge>}
                {product.isAddOnTo.length > 0 && <Badge>Add-on to {product.isAddOnTo.join(', ')}</Badge>}
                {!product.stackable && !product.serverOnly && product.isAddOnTo.length === 0 && '—'}
              </dd>
            </dl>
          </Card>
        </div>
      )}
    </>
  )
}
