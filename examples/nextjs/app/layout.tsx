import '@hexclave/payments-ui/styles.css'
import './globals.css'
import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { PaymentsHost } from './payments-host'

export const metadata: Metadata = {
  title: { default: 'Payments admin', template: '%s · Payments admin' },
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="host-header">
          <strong>Payments admin</strong>
          <nav aria-label="Main">
            <Link href="/customers">Customers</Link>
            <Link href="/products">Products</Link>
          </nav>
        </header>
        <PaymentsHost>
          <main className="host-main">{children}</main>
        </PaymentsHost>
      </body>
    </html>
  )
}
