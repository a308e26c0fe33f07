import { afterEach, describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { DateText } from '../../src/components/customer-payments/sections/date-text'
import type { ColorScheme } from '../../src/lib/color-scheme'
import { createFormatters } from '../../src/lib/format'
import { expectNoAxeViolations } from '../conformance'
import { attachLibraryShadowRoot } from '../../stories/fixtures/shadow-root'

const ISO = '2026-10-01T10:00:00.000Z'
const format = createFormatters('en-US')
/** What the tooltip says: the relative distance and the full date and time. */
const fullDate = () => `${format.relative(ISO)} · ${format.dateTime(ISO)}`

function renderDate({ colorScheme, portalContainer }: { colorScheme?: ColorScheme; portalContainer?: HTMLElement } = {}) {
  return (
    <PaymentsProvider adapter={createMemoryAdapter()} colorScheme={colorScheme} portalContainer={portalContainer}>
      <p>
        Paid on <DateText iso={ISO} />
      </p>
      <a href="#after">After</a>
    </PaymentsProvider>
  )
}

const hosts: HTMLElement[] = []
afterEach(() => {
  for (const host of hosts.splice(0)) host.remove()
})

describe('DateText', () => {
  it('shows the date and, on hover, the relative and full date in a tooltip', async () => {
    render(renderDate())
    const trigger = screen.getByRole('button', { name: 'Oct 1, 2026' })
    expect(trigger.querySelector('time')).toHaveAttribute('dateTime', ISO)
    expect(screen.queryByRole('tooltip')).toBeNull()
    await userEvent.hover(trigger)
    const tip = await screen.findByRole('tooltip')
    expect(tip).toHaveTextContent(fullDate())
    expect(tip).toHaveAttribute('data-slot', 'customer-payments-date-tooltip')
    await waitFor(() => expect(tip).toBeVisible())
    await userEvent.unhover(trigger)
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
  })

  it('shows the full date on keyboard focus, describes the date with it and hides it with Escape', async () => {
    render(renderDate())
    await userEvent.keyboard('{Tab}')
    const trigger = screen.getByRole('button', { name: 'Oct 1, 2026' })
    expect(trigger).toHaveFocus()
    const tip = await screen.findByRole('tooltip')
    expect(tip).toBeVisible()
    expect(trigger).toHaveAccessibleDescription(fullDate())
    await expectNoAxeViolations(document.body)
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
    expect(trigger).toHaveFocus()
  })

  it('carries the provider colour scheme into the portalled tooltip (dark)', async () => {
    render(renderDate({ colorScheme: 'dark' }))
    screen.getByRole('button', { name: 'Oct 1, 2026' }).focus()
    const tip = await screen.findByRole('tooltip')
    expect(tip).toHaveAttribute('data-hx-color-scheme', 'dark')
    expect(getComputedStyle(tip).colorScheme).toBe('dark')
    await expectNoAxeViolations(document.body)
  })

  it('portals the tooltip into the portal container inside a shadow root, styled there', async () => {
    const host = document.createElement('div')
    document.body.append(host)
    hosts.push(host)
    const { shadow, mount, portal } = attachLibraryShadowRoot(host)
    render(renderDate({ portalContainer: portal }), { container: mount })
    const trigger = shadow.querySelector<HTMLButtonElement>('[data-slot="customer-payments-date-trigger"]')
    if (!trigger) throw new Error('DateText did not render into the shadow root')
    trigger.focus()
    await waitFor(() => expect(portal.querySelector('[role="tooltip"]')).not.toBeNull())
    const tip = portal.querySelector<HTMLElement>('[role="tooltip"]') as HTMLElement
    expect(tip).toHaveTextContent(fullDate())
    // The stylesheet inside the shadow root applies to it.
    expect(getComputedStyle(tip).zIndex).toBe('1200')
    expect(document.querySelector('[role="tooltip"]')).toBeNull()
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(portal.querySelector('[role="tooltip"]')).toBeNull())
  })
})
