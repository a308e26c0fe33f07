'use client'
/**
 * The host's client provider: `PaymentsProvider` with a REST adapter that calls this app's own
 * forwarder (app/api/hexclave/[...path]/route.ts). The base is relative, so it resolves against
 * `location.origin`; during the server render the components make no adapter call.
 */
import { PaymentsProvider } from '@hexclave/payments-ui'
import { createRestAdapter } from '@hexclave/payments-ui/adapters/rest'
import { useState, type ReactNode } from 'react'

export const PAYMENTS_API_BASE = '/api/hexclave/api/v1'

export function PaymentsHost({ children }: { children: ReactNode }) {
  const [adapter] = useState(() => createRestAdapter({ baseUrl: PAYMENTS_API_BASE }))
  return (
    <PaymentsProvider adapter={adapter} locale="en-US" colorScheme="light">
      {children}
    </PaymentsProvider>
  )
}
