import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { beforeEach, describe, expect, it } from 'vitest'
import { lazyPart } from '../../src/ui/lazy-part'
import { Tooltip, TooltipContent, TooltipTrigger, type TooltipPopupProps } from '../../src/ui/tooltip'
import { heldChunk } from '../held-chunk'
import { parkPointer } from '../park-pointer'
import { expectNoAxeViolations } from '../conformance'

/**
 * The tooltip's popup (Radix Tooltip, Floating UI) loads on the first hover or focus of a trigger.
 * Each test gets a popup whose code is held until the test lets it through, as on a slow
 * connection, and that nothing loaded before.
 */
function heldPopup() {
  const chunk = heldChunk()
  const popup = lazyPart<TooltipPopupProps>(() => chunk.hold(() => import('../../src/ui/tooltip-popup')).then((module) => module.TooltipPopup))
  return { chunk, popup }
}

const TIP = '2 months ago · Oct 1, 2026, 10:00 AM'

function renderTooltip(popup: ReturnType<typeof heldPopup>['popup']) {
  return render(
    <>
      <p>A transaction</p>
      <Tooltip popup={popup}>
        <TooltipTrigger>Oct 1, 2026</TooltipTrigger>
        <TooltipContent>{TIP}</TooltipContent>
      </Tooltip>
    </>,
  )
}

describe('Tooltip whose popup loads on first use', () => {
  beforeEach(parkPointer)

  it('renders a named, focusable trigger and loads nothing until a hover or focus', async () => {
    const { chunk, popup } = heldPopup()
    renderTooltip(popup)
    const trigger = screen.getByRole('button', { name: 'Oct 1, 2026' })
    expect(trigger).toHaveAttribute('data-state', 'closed')
    expect(trigger).not.toHaveAccessibleDescription()
    await expectNoAxeViolations(document.body)
    expect(chunk.attempts).toBe(0)
    expect(popup.getState().status).toBe('idle')
  })

  it('shows the tooltip on hover once its code arrives, on the same trigger element', async () => {
    const { chunk, popup } = heldPopup()
    renderTooltip(popup)
    const trigger = screen.getByRole('button', { name: 'Oct 1, 2026' })
    await userEvent.hover(trigger)
    // The code is on its way: the trigger shows it is pending, no tooltip yet.
    expect(chunk.attempts).toBe(1)
    await waitFor(() => expect(trigger).toHaveAttribute('data-tooltip-pending'))
    expect(getComputedStyle(trigger).cursor).toBe('progress')
    expect(screen.queryByRole('tooltip')).toBeNull()

    // The pointer has not moved since: the tooltip still opens, after its delay, as a hover does.
    chunk.release()
    const tip = await screen.findByRole('tooltip')
    expect(tip).toHaveTextContent(TIP)
    await waitFor(() => expect(tip).toBeVisible())
    expect(trigger).toHaveAttribute('data-state', 'delayed-open')
    expect(trigger).not.toHaveAttribute('data-tooltip-pending')
    expect(screen.getByRole('button', { name: 'Oct 1, 2026' })).toBe(trigger)
    expect(trigger).toHaveAccessibleDescription(TIP)

    await userEvent.unhover(trigger)
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
    expect(chunk.attempts).toBe(1)
  })

  it('shows the tooltip on keyboard focus once its code arrives; focus stays and Escape closes it', async () => {
    const { chunk, popup } = heldPopup()
    renderTooltip(popup)
    await userEvent.keyboard('{Tab}')
    const trigger = screen.getByRole('button', { name: 'Oct 1, 2026' })
    expect(trigger).toHaveFocus()
    await waitFor(() => expect(trigger).toHaveAttribute('data-tooltip-pending'))
    expect(chunk.attempts).toBe(1)
    expect(screen.queryByRole('tooltip')).toBeNull()
    // No description that points nowhere while the code loads.
    expect(trigger).not.toHaveAttribute('aria-describedby')

    chunk.release()
    const tip = await screen.findByRole('tooltip')
    expect(tip).toBeVisible()
    expect(trigger).toHaveAttribute('data-state', 'instant-open')
    expect(trigger).toHaveAccessibleDescription(TIP)
    expect(trigger).toHaveFocus()
    await expectNoAxeViolations(document.body)

    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
    expect(trigger).toHaveFocus()
    expect(trigger).not.toHaveAccessibleDescription()
  })

  it('shows nothing when the pointer leaves or focus moves on before the code arrives', async () => {
    const { chunk, popup } = heldPopup()
    render(
      <>
        <Tooltip popup={popup}>
          <TooltipTrigger>Oct 1, 2026</TooltipTrigger>
          <TooltipContent>{TIP}</TooltipContent>
        </Tooltip>
        <button type="button">After</button>
      </>,
    )
    const trigger = screen.getByRole('button', { name: 'Oct 1, 2026' })
    await userEvent.hover(trigger)
    await userEvent.unhover(trigger)
    await userEvent.keyboard('{Tab}')
    expect(trigger).toHaveFocus()
    await waitFor(() => expect(trigger).toHaveAttribute('data-tooltip-pending'))
    await userEvent.keyboard('{Tab}')
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus()
    expect(trigger).not.toHaveAttribute('data-tooltip-pending')

    chunk.release()
    await waitFor(() => expect(popup.getState().status).toBe('success'))
    // A frame for anything the arrival would open.
    await new Promise((resolve) => requestAnimationFrame(resolve))
    expect(screen.queryByRole('tooltip')).toBeNull()
    expect(trigger).toHaveAttribute('data-state', 'closed')
    expect(chunk.attempts).toBe(1)
  })

  it('tries the load again on the next hover after a failed load', async () => {
    let failFirst: (error: Error) => void = () => {}
    let attempts = 0
    const popup = lazyPart<TooltipPopupProps>(() => {
      attempts += 1
      if (attempts === 1) return new Promise((_, reject) => (failFirst = reject))
      return import('../../src/ui/tooltip-popup').then((module) => module.TooltipPopup)
    })
    renderTooltip(popup)
    const trigger = screen.getByRole('button', { name: 'Oct 1, 2026' })
    await userEvent.hover(trigger)
    await waitFor(() => expect(trigger).toHaveAttribute('data-tooltip-pending'))
    failFirst(new TypeError('Failed to fetch dynamically imported module'))
    await waitFor(() => expect(trigger).not.toHaveAttribute('data-tooltip-pending'))
    expect(popup.getState().status).toBe('error')
    expect(screen.queryByRole('tooltip')).toBeNull()

    await userEvent.unhover(trigger)
    await userEvent.hover(trigger)
    expect(await screen.findByRole('tooltip')).toHaveTextContent(TIP)
    expect(attempts).toBe(2)
  })
})
