import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { DateText } from '../../src/components/customer-payments/sections/date-text'
import { createFormatters } from '../../src/lib/format'
import { parkPointer } from '../park-pointer'

/**
 * A date's tooltip loads on first use, from the payments section's late chunk
 * (src/components/customer-payments/actions/lazy-actions, with the action dialogs). Here that
 * import is held until the test lets it through, as on a slow connection.
 */
const chunk = await vi.hoisted(async () => (await import('../held-chunk')).heldChunk())
vi.mock('../../src/components/customer-payments/actions/lazy-actions', (importOriginal) => chunk.hold(importOriginal))

const format = createFormatters('en-US')

describe('DateText tooltip that loads on first use', () => {
  it('renders the dates without loading the tooltip, and shows it on hover once its code arrives', async () => {
    await parkPointer()
    const paid = '2026-10-01T10:00:00.000Z'
    const refunded = '2026-10-09T10:00:00.000Z'
    render(
      <PaymentsProvider adapter={createMemoryAdapter()}>
        <p>
          Paid on <DateText iso={paid} />, refunded on <DateText iso={refunded} />
        </p>
      </PaymentsProvider>,
    )
    const first = screen.getByRole('button', { name: format.date(paid) })
    const second = screen.getByRole('button', { name: format.date(refunded) })
    expect(chunk.attempts).toBe(0)

    await userEvent.hover(first)
    expect(chunk.attempts).toBe(1)
    await waitFor(() => expect(first).toHaveAttribute('data-tooltip-pending'))
    expect(screen.queryByRole('tooltip')).toBeNull()

    chunk.release()
    const tip = await screen.findByRole('tooltip')
    expect(tip).toHaveTextContent(`${format.relative(paid)} · ${format.dateTime(paid)}`)
    expect(tip).toHaveAttribute('data-slot', 'customer-payments-date-tooltip')

    // The other date uses the code already there: keyboard focus opens its tooltip at once.
    await userEvent.unhover(first)
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
    second.focus()
    expect(await screen.findByRole('tooltip')).toHaveTextContent(format.dateTime(refunded))
    expect(second).toHaveAccessibleDescription(`${format.relative(refunded)} · ${format.dateTime(refunded)}`)
    expect(chunk.attempts).toBe(1)
  })
})
