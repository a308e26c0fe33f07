import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { PaymentsProvider } from '../src/payments-provider'
import { createMemoryAdapter } from '../src/adapters/memory'
import { CustomersBrowser } from '../src/components/customers-browser/customers-browser'
import { attachLibraryShadowRoot, type LibraryShadowRoot } from './fixtures/shadow-root'

/** Mounts `children` in an open shadow root that holds the library's stylesheet and a portal container. */
function ShadowFrame({ children }: { children: (portal: HTMLElement) => ReactNode }) {
  const hostRef = useRef<HTMLDivElement>(null)
  const [target, setTarget] = useState<LibraryShadowRoot | null>(null)
  useLayoutEffect(() => {
    if (hostRef.current) setTarget(attachLibraryShadowRoot(hostRef.current))
  }, [])
  return <div ref={hostRef} data-testid="shadow-host">{target ? createPortal(children(target.portal), target.mount) : null}</div>
}

/**
 * The customers browser embedded in a shadow root (a micro-frontend, a browser extension): the
 * stylesheet lives in the shadow root, the checkout dialog and menus portal into it
 * (`portalContainer`), and focus returns there when they close.
 */
const meta = {
  title: 'Embedding/Shadow root',
  parameters: { payments: { noProvider: true } },
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

export const CustomersBrowserInShadowRoot: Story = {
  render: () => (
    <ShadowFrame>
      {(portal) => (
        <PaymentsProvider adapter={createMemoryAdapter()} portalContainer={portal}>
          <CustomersBrowser height={420} />
        </PaymentsProvider>
      )}
    </ShadowFrame>
  ),
  play: async ({ canvasElement }) => {
    const host = within(canvasElement).getByTestId('shadow-host')
    const shadow = host.shadowRoot
    if (!shadow) throw new Error('No shadow root')
    await waitFor(() => expect(shadow.querySelectorAll('[data-slot="customer-table-row"]').length).toBeGreaterThan(3))
    const trigger = shadow.querySelector<HTMLElement>('[data-slot="customer-table-row"] button[aria-label^="Actions for"]')
    if (!trigger) throw new Error('No row menu')
    await userEvent.click(trigger)
    await waitFor(() => expect(shadow.querySelector('[role="menuitem"]')).not.toBeNull())
    const item = Array.from(shadow.querySelectorAll<HTMLElement>('[role="menuitem"]')).find((el) => el.textContent?.includes('Create checkout'))
    await userEvent.click(item as HTMLElement)
    await waitFor(() => expect(shadow.querySelector('[role="dialog"]')).not.toBeNull())
  },
}
