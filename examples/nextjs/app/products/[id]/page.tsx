import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { loadCatalog } from '../../../lib/hexclave-server'
import { ApiError } from '../../api-error'
import { ProductActions } from './product-actions'

export const dynamic = 'force-dynamic'

interface Props {
  params: Promise<{ id: string }>
}

async function findProduct(params: Props['params']) {
  const { id } = await params
  const result = await loadCatalog()
  return 'errorCode' in result ? result : { product: result.catalog.products.find((p) => p.id === decodeURIComponent(id)) }
}

/** The page title is the product's name, read on the server through the server-safe entries. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findProduct(params)
  if ('errorCode' in found) return { title: 'Product unavailable' }
  return { title: found.product?.displayName ?? 'Product not found' }
}

export default async function ProductPage({ params }: Props) {
  const found = await findProduct(params)
  if ('errorCode' in found) return <ApiError code={found.errorCode} />
  const { product } = found
  if (!product) notFound()
  return (
    <>
      <h1>{product.displayName}</h1>
      <p className="host-muted">
        For {product.customerType} customers · <code>{product.id}</code>
      </p>
      <ProductActions productId={product.id} />
    </>
  )
}
