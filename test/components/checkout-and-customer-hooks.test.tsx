import { describe, expect, it, vi } from 'vitest'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { PaymentsError } from '../../src/adapter/errors'
import type { CustomerRef, CustomerType, PaymentsAdapter } from '../../src/adapter/types'
import { useCreateCheckout } from '../../src/components/create-checkout/use-create-checkout'
import { useCustomerSelector } from '../../src/components/customer-selector/use-customer-selector'
import { useCustomersBrowser } from '../../src/components/customers-browser/use-customers-browser'
import { deferred } from '../promises'

// The headless hooks behind the checkout, the picker and the browser, without any UI.

const acme: CustomerRef = { type: 'custom', id: 'acme-42' }
const team: CustomerRef = { type: 'team', id: 'team-1' }

function provider(adapter: PaymentsAdapter) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return <PaymentsProvider adapter={adapter}>{children}</PaymentsProvider>
  }
}

describe('useCreateCheckout speaks the shared status vocabulary', () => {
  it('goes idle → loading → success for one attempt, and the catalog loading → success', async () => {
    const memory = createMemoryAdapter()
    const held = deferred()
    const adapter: PaymentsAdapter = {
      ...memory,
      createCheckoutUrl: async (params) => {
        await held.promise
        return memory.createCheckoutUrl(params)
      },
    }
    const { result } = renderHook(() => useCreateCheckout({ customer: acme }), { wrapper: provider(adapter) })
    expect(result.current.catalogStatus).toBe('loading')
    expect(result.current.status).toBe('idle')
    await waitFor(() => expect(result.current.catalogStatus).toBe('success'))
    act(() => result.current.setProductId('api-basic'))
    act(() => result.current.submit())
    await waitFor(() => expect(result.current.status).toBe('loading'))
    held.resolve()
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.result?.url).toMatch(/^https:\/\//)
  })

  it('is error after a refused attempt, keeping the selection', async () => {
    const adapter: PaymentsAdapter = { ...createMemoryAdapter(), createCheckoutUrl: () => Promise.reject(new PaymentsError('network')) }
    const { result } = renderHook(() => useCreateCheckout({ customer: acme }), { wrapper: provider(adapter) })
    await waitFor(() => expect(result.current.catalogStatus).toBe('success'))
    act(() => result.current.setProductId('api-basic'))
    act(() => result.current.submit())
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.error).toBeInstanceOf(PaymentsError)
    expect(result.current.productId).toBe('api-basic')
  })

  it('says the catalog failed (with the error) and loads it again on retry', async () => {
    const memory = createMemoryAdapter()
    let fail = true
    const adapter: PaymentsAdapter = {
      ...memory,
      listProducts: (params) => (fail ? Promise.reject(new PaymentsError('network')) : memory.listProducts(params)),
    }
    const { result } = renderHook(() => useCreateCheckout({ customer: acme }), { wrapper: provider(adapter) })
    await waitFor(() => expect(result.current.catalogStatus).toBe('error'))
    expect(result.current.catalogError).toBeInstanceOf(PaymentsError)
    fail = false
    await act(() => result.current.retryCatalog())
    await waitFor(() => expect(result.current.catalogStatus).toBe('success'))
    expect(result.current.catalogError).toBeNull()
  })

  it('says the catalog is empty when no product is for the customer’s type', async () => {
    const memory = createMemoryAdapter()
    const adapter: PaymentsAdapter = {
      ...memory,
      listProducts: async (params) => {
        const catalog = await memory.listProducts(params)
        return { ...catalog, products: catalog.products.filter((p) => p.customerType !== 'custom') }
      },
    }
    const { result } = renderHook(() => useCreateCheckout({ customer: acme }), { wrapper: provider(adapter) })
    await waitFor(() => expect(result.current.catalogStatus).toBe('empty'))
  })
})

describe('useCustomerSelector', () => {
  it('keeps its own value when uncontrolled, and a pick closes the picker', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() => useCustomerSelector({ onValueChange }))
    act(() => result.current.setOpen(true))
    expect(result.current.open).toBe(true)
    act(() => result.current.pick(team))
    expect(result.current.value).toEqual(team)
    expect(result.current.open).toBe(false)
    expect(onValueChange).toHaveBeenCalledWith(team)
  })

  it('follows a controlled value and only reports picks', () => {
    const onValueChange = vi.fn()
    const { result, rerender } = renderHook(({ value }) => useCustomerSelector({ value, onValueChange }), {
      initialProps: { value: acme as CustomerRef | null },
    })
    act(() => result.current.pick(team))
    expect(onValueChange).toHaveBeenCalledWith(team)
    expect(result.current.value).toEqual(acme)
    rerender({ value: null })
    expect(result.current.value).toBeNull()
  })

  it('offers the typed search as a custom id only when custom customers may be picked', () => {
    const { result, rerender } = renderHook(({ types }) => useCustomerSelector({ types }), {
      initialProps: { types: ['team', 'custom'] as readonly CustomerType[] },
    })
    act(() => result.current.setSearch('  acme-7 '))
    expect(result.current.freeFormId).toBe('acme-7')
    act(() => result.current.pickFreeForm())
    expect(result.current.value).toEqual({ type: 'custom', id: 'acme-7' })
    rerender({ types: ['team'] })
    act(() => result.current.setSearch('acme-8'))
    expect(result.current.freeFormId).toBe('')
  })

  it('starts every opening with an empty search', () => {
    const { result } = renderHook(() => useCustomerSelector())
    act(() => result.current.setOpen(true))
    act(() => result.current.setSearch('zzz'))
    act(() => result.current.setOpen(false))
    act(() => result.current.setOpen(true))
    expect(result.current.search).toBe('')
  })
})

describe('useCustomersBrowser', () => {
  it('opens a customer with the table’s scroll offset saved, and goes back to the table', () => {
    const { result } = renderHook(() => useCustomersBrowser({ defaultType: 'team' }))
    expect(result.current.view).toBe('table')
    act(() => result.current.tableProps.onScrollOffsetChange(1200))
    act(() => result.current.open(team))
    expect(result.current.view).toBe('customer')
    expect(result.current.selectedCustomer).toEqual(team)
    expect(result.current.savedScrollOffset).toBe(1200)
    expect(result.current.tableProps.initialScrollOffset).toBe(1200)
    act(() => result.current.back())
    expect(result.current.view).toBe('table')
    expect(result.current.type).toBe('team')
  })

  it('follows a controlled selected customer and reports changes', () => {
    const onSelectedCustomerChange = vi.fn()
    const { result } = renderHook(() => useCustomersBrowser({ selectedCustomer: acme, onSelectedCustomerChange }))
    expect(result.current.view).toBe('customer')
    act(() => result.current.back())
    expect(onSelectedCustomerChange).toHaveBeenCalledWith(null)
    expect(result.current.selectedCustomer).toEqual(acme)
  })
})
