import { CustomersBrowser } from '@hexclave/payments-ui'
import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Customers' }

/** A server component rendering the library's client component with plain props. */
export default function CustomersPage() {
  return (
    <>
      <h1>Customers</h1>
      <CustomersBrowser height={480} />
    </>
  )
}
