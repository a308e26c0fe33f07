import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { renderToString } from 'react-dom/server'
import { hydrateRoot, type Root } from 'react-dom/client'
import { StrictMode, act, type ReactNode } from 'react'
import { waitFor } from '@testing-library/react'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter, memoryCustomerId } from '../../src/adapters/memory'
import {
  CreateCheckoutButton,
  CreateCheckoutDialog,
  CustomerPaymentsSection,
  CustomerSelector,
  CustomerTable,
  CustomerTypeSelect,
  CustomersBrowser,
  SelectedCustomer,
  TeamPayments,
  UserPayments,
} from '../../src/index'

const user = memoryCustomerId('user', 0)
const team = memoryCustomerId('team', 0)

const cases: Array<[string, () => ReactNode]> = [
  ['CustomerTable', () => <CustomerTable height={300} />],
  ['CustomerTypeSelect', () => <CustomerTypeSelect />],
  ['CustomerSelector', () => <CustomerSelector defaultValue={{ type: 'team', id: team }} />],
  ['SelectedCustomer', () => <SelectedCustomer customer={{ type: 'user', id: user }} />],
  ['CustomerPaymentsSection', () => <CustomerPaymentsSection customerType="custom" customerId="acme-42" />],
  ['UserPayments', () => <UserPayments userId={user} />],
  ['TeamPayments', () => <TeamPayments teamId={team} readOnly />],
  // Dialogs portal only on the client: the server renders nothing and the client opens it after hydrating.
  ['CreateCheckoutDialog', () => <CreateCheckoutDialog defaultOpen customer={{ type: 'user', id: user }} />],
  ['CreateCheckoutButton', () => <CreateCheckoutButton productId="pro" />],
  ['CustomersBrowser', () => <CustomersBrowser height={300} />],
]

declare global {
  // React reads this to know that `act` is supported here (this file drives React by hand).
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

let root: Root | null = null
let previousActEnvironment: boolean | undefined
beforeAll(() => {
  previousActEnvironment = globalThis.IS_REACT_ACT_ENVIRONMENT
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
})
afterAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = previousActEnvironment
})
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
})

describe('server rendering and hydration', () => {
  for (const [name, element] of cases) {
    it(`renders ${name} on the server and hydrates it without warnings`, async () => {
      // A fresh adapter and provider on each side, as a server and a browser would have; StrictMode
      // on both, as in a host app's development build (it renders no DOM of its own).
      const tree = () => (
        <StrictMode>
          <PaymentsProvider adapter={createMemoryAdapter()}>{element()}</PaymentsProvider>
        </StrictMode>
      )
      const html = renderToString(tree())
      if (name !== 'CreateCheckoutDialog') expect(html).toContain('data-slot=')
      const container = document.createElement('div')
      container.innerHTML = html
      document.body.appendChild(container)
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
      const recoverable: unknown[] = []
      await act(async () => {
        root = hydrateRoot(container, tree(), { onRecoverableError: (error) => recoverable.push(error) })
      })
      // Then let the first reads answer, so a warning from a render after the data arrived counts too.
      await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull())
      const messages = errors.mock.calls.map((call) => call.map(String).join(' '))
      errors.mockRestore()
      expect(recoverable).toEqual([])
      expect(messages.filter((m) => /hydrat|did not match|server/i.test(m))).toEqual([])
      expect(document.querySelector('[data-slot]')).not.toBeNull()
    })
  }
})
