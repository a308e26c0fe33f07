import { describe, expect, it } from 'vitest'
import { render, waitFor } from '@testing-library/react'
import type { ReactElement } from 'react'
import { PaymentsProvider } from '../../src/data/payments-provider'
import { createMemoryAdapter, memoryCustomerId } from '../../src/adapters/memory'
import { CustomerSelector } from '../../src/components/customer-selector/customer-selector'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { CustomersBrowser } from '../../src/components/customers-browser/customers-browser'
import { CustomerPaymentsSection } from '../../src/components/customer-payments/customer-payments-section'
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

const CASES: Case[] = [
  { name: 'CustomerSelector', slot: 'customer-selector', element: () => <CustomerSelector /> },
  { name: 'CustomerSelector with a value', slot: 'customer-selector', element: () => <CustomerSelector defaultValue={user} /> },
  { name: 'CustomerTable', slot: 'customer-table', element: () => <CustomerTable height={300} /> },
  { name: 'CustomersBrowser', slot: 'customers-browser', element: () => <CustomersBrowser /> },
  { name: 'CustomerPaymentsSection', slot: 'customer-payments', element: () => <CustomerPaymentsSection customerType="user" customerId={user.id} /> },
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
  // Axe on the part this change themed (the others have their own axe tests).
  if (colorScheme === 'dark' && item.slot === 'customer-selector') await expectNoAxeViolations(root)
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
