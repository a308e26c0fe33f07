import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '../../src/ui/dialog'
import { lazyPart } from '../../src/ui/lazy-part'
import { Tooltip, TooltipContent, TooltipTrigger, type TooltipContentProps } from '../../src/ui/tooltip'
import { describeConformance, expectNoAxeViolations } from '../conformance'

/** The popup's code, loaded before these tests (test/ui/tooltip-lazy covers the load itself). */
const popup = lazyPart(() => import('../../src/ui/tooltip-popup').then((module) => module.TooltipPopup))
beforeAll(async () => {
  popup.prefetch()
  await vi.waitFor(() => expect(popup.getState().status).toBe('success'))
})

function Example(content: Partial<TooltipContentProps>) {
  return (
    <>
      <p>A transaction</p>
      <Tooltip popup={popup}>
        <TooltipTrigger>Oct 1, 2026</TooltipTrigger>
        <TooltipContent {...content}>2 months ago · Oct 1, 2026, 10:00 AM</TooltipContent>
      </Tooltip>
      <a href="#after">A link after the tooltip</a>
    </>
  )
}

describeConformance('TooltipContent', {
  render: (props) => (
    <Tooltip popup={popup} open>
      <TooltipTrigger>Date</TooltipTrigger>
      <TooltipContent {...props}>Full date</TooltipContent>
    </Tooltip>
  ),
  slot: 'tooltip-content',
  baseClass: 'hx-tooltip',
  refType: HTMLDivElement,
})

describe('Tooltip', () => {
  it('opens when the pointer rests on the trigger and closes when it leaves', async () => {
    render(<Example />)
    const trigger = screen.getByRole('button', { name: 'Oct 1, 2026' })
    expect(screen.queryByRole('tooltip')).toBeNull()
    await userEvent.hover(trigger)
    const tip = await screen.findByRole('tooltip')
    expect(tip).toHaveTextContent('2 months ago · Oct 1, 2026, 10:00 AM')
    // Visible once its fade-in (from opacity 0) has run.
    await waitFor(() => expect(tip).toBeVisible())
    expect(trigger).toHaveAttribute('data-state', 'delayed-open')
    await userEvent.unhover(trigger)
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
  })

  it('opens at once on keyboard focus, describes the trigger and closes with Escape', async () => {
    render(<Example />)
    await userEvent.keyboard('{Tab}')
    const trigger = screen.getByRole('button', { name: 'Oct 1, 2026' })
    expect(trigger).toHaveFocus()
    const tip = await screen.findByRole('tooltip')
    expect(trigger).toHaveAttribute('data-state', 'instant-open')
    expect(trigger).toHaveAccessibleDescription('2 months ago · Oct 1, 2026, 10:00 AM')
    expect(tip).toHaveAttribute('data-slot', 'tooltip-content')
    await expectNoAxeViolations(document.body)
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
    expect(trigger).toHaveFocus()
    expect(trigger).not.toHaveAccessibleDescription()
  })

  it('stays open when keyboard focus scrolls a trigger below the fold into view', async () => {
    render(
      <>
        <button type="button">Before</button>
        <div style={{ height: '300vh' }} />
        <Tooltip popup={popup}>
          <TooltipTrigger>Oct 1, 2026</TooltipTrigger>
          <TooltipContent>2 months ago</TooltipContent>
        </Tooltip>
      </>,
    )
    window.scrollTo(0, 0)
    screen.getByRole('button', { name: 'Before' }).focus()
    const scrolled = new Promise((resolve) => window.addEventListener('scroll', resolve, { capture: true, once: true }))
    await userEvent.keyboard('{Tab}')
    expect(screen.getByRole('button', { name: 'Oct 1, 2026' })).toHaveFocus()
    await scrolled
    await screen.findByRole('tooltip')
    // Radix closes a tooltip whose trigger's ancestor scrolls; the focus scroll has fired, and a
    // frame later the tooltip is still open.
    await new Promise((resolve) => requestAnimationFrame(resolve))
    expect(screen.getByRole('tooltip')).toBeVisible()
    window.scrollTo(0, 0)
  })

  it('does not open on the focus that follows a press', async () => {
    render(<Example />)
    const trigger = screen.getByRole('button', { name: 'Oct 1, 2026' })
    await userEvent.click(trigger)
    expect(trigger).toHaveFocus()
    // Open by hover, then the press closes it (Radix), and focus does not reopen it.
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
    await new Promise((resolve) => requestAnimationFrame(resolve))
    expect(screen.queryByRole('tooltip')).toBeNull()
  })

  it('closes only itself on Escape inside a dialog', async () => {
    render(
      <Dialog defaultOpen>
        <DialogContent>
          <DialogTitle>Transaction</DialogTitle>
          <DialogDescription>Details</DialogDescription>
          <Tooltip popup={popup}>
            <TooltipTrigger>Oct 1, 2026</TooltipTrigger>
            <TooltipContent>2 months ago</TooltipContent>
          </Tooltip>
        </DialogContent>
      </Dialog>,
    )
    const trigger = await screen.findByRole('button', { name: 'Oct 1, 2026' })
    trigger.focus()
    await screen.findByRole('tooltip')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('portals into the given container, also inside a shadow root', async () => {
    const host = document.createElement('div')
    document.body.append(host)
    const shadow = host.attachShadow({ mode: 'open' })
    const container = document.createElement('div')
    shadow.append(container)
    try {
      render(<Example container={container} />)
      screen.getByRole('button', { name: 'Oct 1, 2026' }).focus()
      await waitFor(() => expect(container.querySelector('[role="tooltip"]')).not.toBeNull())
      expect(document.querySelector('[role="tooltip"]')).toBeNull()
    } finally {
      host.remove()
    }
  })

  it('themes the portalled root with the library tokens, light and dark', async () => {
    const colours = async (colorScheme: 'light' | 'dark') => {
      const view = render(
        <Tooltip popup={popup} open>
          <TooltipTrigger>Date</TooltipTrigger>
          <TooltipContent colorScheme={colorScheme}>Full date</TooltipContent>
        </Tooltip>,
      )
      const tip = await screen.findByRole('tooltip')
      expect(tip).toHaveClass('hx-root')
      expect(tip).toHaveAttribute('data-hx-color-scheme', colorScheme)
      const style = getComputedStyle(tip)
      const result = { background: style.backgroundColor, color: style.color, zIndex: style.zIndex }
      await expectNoAxeViolations(document.body)
      view.unmount()
      return result
    }
    const light = await colours('light')
    const dark = await colours('dark')
    expect(light.zIndex).toBe('1200')
    expect(light.background).not.toBe(dark.background)
    expect(light.color).not.toBe(dark.color)
  })
})
