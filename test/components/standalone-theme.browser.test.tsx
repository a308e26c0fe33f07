import { describe, expect, it } from 'vitest'
import { render, waitFor } from '@testing-library/react'
import type { ReactElement } from 'react'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter, memoryCustomerId } from '../../src/adapters/memory'
import { CustomerSelector } from '../../src/components/customer-selector/customer-selector'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { CustomersBrowser } from '../../src/components/customers-browser/customers-browser'
import { CustomerPaymentsSection } from '../../src/components/customer-payments/customer-payments-section'
import { SelectedCustomer } from '../../src/components/selected-customer/selected-customer'
import { CustomerTypeSelect } from '../../src/components/customer-type-select/customer-type-select'
import { CreateCheckoutButton } from '../../src/components/create-checkout/create-checkout-entry-points'
import { UserPayments } from '../../src/components/customer-payments/user-payments'
import { useCustomerPayments, type CustomerPaymentsState } from '../../src/components/customer-payments/use-customer-payments'
import { CustomerPaymentsHeader } from '../../src/components/customer-payments/sections/header'
import { CustomerPaymentsMetrics } from '../../src/components/customer-payments/sections/metrics'
import { CustomerPaymentsProducts } from '../../src/components/customer-payments/sections/products'
import { CustomerPaymentsTransactions } from '../../src/components/customer-payments/sections/transactions'
import { CustomerPaymentsItems } from '../../src/components/customer-payments/sections/items'
import { CustomerPaymentsBilling } from '../../src/components/customer-payments/sections/billing'
import { expectNoAxeViolations } from '../conformance'

// Issue 10, defect 9: a public component rendered on its own (no themed ancestor) must carry the
// theme root itself — the library's font, and the provider's colour scheme — in real Chromium.

interface Case {
  name: string
  /** `data-slot` of the component's root element. */
  slot: string
  element: () => ReactElement
}

const user = { type: 'user' as const, id: memoryCustomerId('user', 0) }

/** One exported payments-section part, fed by the public hook, with nothing around it. */
function Part({ render }: { render: (payments: CustomerPaymentsState) => ReactElement }) {
  return render(useCustomerPayments({ customerType: 'user', customerId: user.id }))
}

const CASES: Case[] = [
  { name: 'CustomerSelector', slot: 'customer-selector', element: () => <CustomerSelector /> },
  { name: 'CustomerSelector with a value', slot: 'customer-selector', element: () => <CustomerSelector defaultValue={user} /> },
  { name: 'CustomerTable', slot: 'customer-table', element: () => <CustomerTable height={300} /> },
  { name: 'CustomersBrowser', slot: 'customers-browser', element: () => <CustomersBrowser /> },
  { name: 'CustomerPaymentsSection', slot: 'customer-payments', element: () => <CustomerPaymentsSection customerType="user" customerId={user.id} /> },
  { name: 'UserPayments', slot: 'customer-payments', element: () => <UserPayments userId={user.id} /> },
  { name: 'SelectedCustomer', slot: 'selected-customer', element: () => <SelectedCustomer customer={user} /> },
  { name: 'CustomerTypeSelect', slot: 'customer-type-select', element: () => <CustomerTypeSelect /> },
  { name: 'CreateCheckoutButton', slot: 'create-checkout-button', element: () => <CreateCheckoutButton customer={user} /> },
  { name: 'CustomerPaymentsHeader', slot: 'customer-payments-header', element: () => <Part render={(p) => <CustomerPaymentsHeader payments={p} />} /> },
  { name: 'CustomerPaymentsMetrics', slot: 'customer-payments-metrics', element: () => <Part render={(p) => <CustomerPaymentsMetrics payments={p} />} /> },
  { name: 'CustomerPaymentsProducts', slot: 'customer-payments-products', element: () => <Part render={(p) => <CustomerPaymentsProducts payments={p} />} /> },
  { name: 'CustomerPaymentsTransactions', slot: 'customer-payments-transactions', element: () => <Part render={(p) => <CustomerPaymentsTransactions payments={p} />} /> },
  { name: 'CustomerPaymentsItems', slot: 'customer-payments-items', element: () => <Part render={(p) => <CustomerPaymentsItems payments={p} />} /> },
  { name: 'CustomerPaymentsBilling', slot: 'customer-payments-billing', element: () => <Part render={(p) => <CustomerPaymentsBilling payments={p} />} /> },
]

interface Look {
  fontFamily: string
  color: string
  background: string
}

/** Renders the case alone in the given scheme and reads its root's computed look. */
async function lookOf(item: Case, colorScheme: 'light' | 'dark'): Promise<Look> {
  const { unmount } = render(
    <PaymentsProvider adapter={createMemoryAdapter()} colorScheme={colorScheme}>
      {item.element()}
    </PaymentsProvider>,
  )
  const root = await waitFor(() => {
    const found = document.querySelector<HTMLElement>(`[data-slot="${item.slot}"]`)
    expect(found).not.toBeNull()
    return found as HTMLElement
  })
  // Axe on each part alone once it has settled, in the scheme that moves the most colours.
  if (colorScheme === 'dark') {
    await waitFor(() => expect(root.querySelector('[aria-busy="true"], [data-status="loading"]')).toBeNull())
    await expectNoAxeViolations(root)
  }
  const style = getComputedStyle(root)
  const look = { fontFamily: style.fontFamily, color: style.color, background: style.backgroundColor }
  unmount()
  return look
}

describe('every public component is themed when rendered alone', () => {
  it.each(CASES)('$name carries the library font and follows colorScheme', async (item) => {
    const light = await lookOf(item, 'light')
    const dark = await lookOf(item, 'dark')
    for (const look of [light, dark]) {
      // The browser default is a serif ("Times New Roman"); the library's font stack is sans-serif.
      expect(look.fontFamily).not.toMatch(/Times|^serif$/i)
      expect(look.fontFamily).toMatch(/sans-serif|system-ui/)
    }
    expect(dark.color).not.toBe(light.color)
    expect(dark.background).not.toBe(light.background)
  })
})

describe('parts inside a library root add no second root', () => {
  it('keeps the payments parts, the selected customer and the type filter inside their root untouched', async () => {
    const { container } = render(
      <PaymentsProvider adapter={createMemoryAdapter()} colorScheme="dark">
        <CustomerPaymentsSection customerType="user" customerId={user.id} />
        <CustomerSelector defaultValue={user} />
        <CustomerTable height={300} />
      </PaymentsProvider>,
    )
    await waitFor(() => expect(container.querySelector('[data-slot="customer-payments-metrics"]')).not.toBeNull())
    await waitFor(() => expect(container.querySelector('[data-slot="selected-customer"]')).not.toBeNull())
    const roots = Array.from(container.querySelectorAll('.hx-root'), (element) => element.getAttribute('data-slot'))
    // Only the three components themselves are roots: a nested root would reset the host's token overrides.
    expect(roots).toEqual(['customer-payments', 'customer-selector', 'customer-table'])
  })
})
