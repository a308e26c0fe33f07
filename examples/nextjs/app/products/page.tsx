import type { Metadata } from 'next'
import Link from 'next/link'
import { loadCatalog } from '../../lib/hexclave-server'
import { ApiError } from '../api-error'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Products' }

/** Read on the server with the REST adapter (admin headers from the environment). */
export default async function ProductsPage() {
  const result = await loadCatalog()
  return (
    <>
      <h1>Products</h1>
      {'errorCode' in result ? (
        <ApiError code={result.errorCode} />
      ) : (
        <ul className="host-list">
          {result.catalog.products.map((product) => (
            <li key={product.id}>
              <Link href={`/products/${encodeURIComponent(product.id)}`}>{product.displayName}</Link>{' '}
              <span className="host-muted">{product.customerType}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
