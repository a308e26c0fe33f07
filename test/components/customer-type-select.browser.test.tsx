import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { cdp, userEvent } from 'vitest/browser'
import { Profiler, useState, type ReactNode } from 'react'
import { CustomerTypeSelect } from '../../src/components/customer-type-select/customer-type-select'
import { PaymentsProvider } from '../../src/payments-provider'
import { createTestAdapter } from '../../src/testing/test-adapter'
import type { CustomerTypeFilter } from '../../src/adapter/types'
import { composeStories } from '@storybook/react-vite'
import preview from '../../.storybook/preview'
import * as TypeSelectStories from '../../stories/customer-type-select.stories'
import { expectNoAxeViolations } from '../conformance'

// The stories are the fixtures: rendered with the project's decorators (provider, theme).
const stories = composeStories(TypeSelectStories, preview)

const radio = (name: string | RegExp) => screen.getByRole('radio', { name })
/** The element that looks like the item: the `<label>` around the radio. */
const item = (value: CustomerTypeFilter) => {
  const found = document.querySelector<HTMLElement>(`[data-slot="customer-type-select-item"][data-value="${value}"]`)
  if (!found) throw new Error(`no item ${value}`)
  return found
}
const checkedValues = () =>
  Array.from(document.querySelectorAll('[data-slot="customer-type-select-item"][data-state="checked"]'), (el) => el.getAttribute('data-value'))

/** Buttons around the group, to see where Tab goes in and out. */
function Between({ children }: { children: ReactNode }) {
  return (
    <>
      <button type="button">before</button>
      {children}
      <button type="button">after</button>
    </>
  )
}

describe('CustomerTypeSelect', () => {
  it('works standalone and calls onValueChange when a type is picked', async () => {
    // The story's `onValueChange` arg is a spy (storybook/test's fn).
    const onValueChange = stories.Standalone.args.onValueChange
    onValueChange?.mockClear()
    render(<stories.Standalone />)
    expect(screen.getByRole('radiogroup', { name: 'Customer type' })).toBeVisible()
    await userEvent.click(radio('Teams'))
    expect(onValueChange).toHaveBeenCalledWith('team')
    expect(radio('Teams')).toBeChecked()
  })

  it('renders native radios of one group, each inside the item that shows it', () => {
    render(<CustomerTypeSelect defaultValue="team" />)
    const radios = screen.getAllByRole('radio') as HTMLInputElement[]
    expect(radios.map((r) => r.type)).toEqual(['radio', 'radio', 'radio', 'radio'])
    expect(new Set(radios.map((r) => r.name)).size).toBe(1)
    expect(radios[0]?.name).not.toBe('')
    for (const r of radios) expect(r.closest('[data-slot="customer-type-select-item"]')?.tagName).toBe('LABEL')
    expect(checkedValues()).toEqual(['team'])
    expect(item('all')).toHaveAttribute('data-state', 'unchecked')
  })

  it('gives two groups on one page names of their own', async () => {
    render(
      <>
        <CustomerTypeSelect aria-label="First" defaultValue="user" />
        <CustomerTypeSelect aria-label="Second" defaultValue="team" />
      </>,
    )
    const second = screen.getByRole('radiogroup', { name: 'Second' })
    await userEvent.click(screen.getAllByRole('radio', { name: 'Custom' })[0] as HTMLElement)
    expect(screen.getAllByRole('radio', { name: 'Custom' })[0]).toBeChecked()
    expect(second.querySelector('input:checked')).toHaveAccessibleName('Teams')
  })

  it('lets Tab land on the checked item and leave the group with the next Tab', async () => {
    render(
      <Between>
        <CustomerTypeSelect defaultValue="team" />
      </Between>,
    )
    screen.getByRole('button', { name: 'before' }).focus()
    await userEvent.tab()
    expect(document.activeElement).toBe(radio('Teams'))
    await userEvent.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }))
    await userEvent.tab({ shift: true })
    expect(document.activeElement).toBe(radio('Teams'))
  })

  it('shows a focus ring on the item whose radio has keyboard focus', async () => {
    render(
      <Between>
        <CustomerTypeSelect defaultValue="user" />
      </Between>,
    )
    expect(getComputedStyle(item('user')).outlineStyle).toBe('none')
    screen.getByRole('button', { name: 'before' }).focus()
    await userEvent.tab()
    expect(getComputedStyle(item('user')).outlineStyle).toBe('solid')
    expect(getComputedStyle(item('user')).outlineWidth).not.toBe('0px')
    expect(getComputedStyle(item('all')).outlineStyle).toBe('none')
    await userEvent.keyboard('{ArrowRight}')
    expect(getComputedStyle(item('team')).outlineStyle).toBe('solid')
    expect(getComputedStyle(item('user')).outlineStyle).toBe('none')
  })

  it('moves and selects with ArrowRight and ArrowLeft, wrapping around', async () => {
    const onValueChange = vi.fn()
    render(
      <Between>
        <CustomerTypeSelect defaultValue="team" onValueChange={onValueChange} />
      </Between>,
    )
    screen.getByRole('button', { name: 'before' }).focus()
    await userEvent.tab()
    await userEvent.keyboard('{ArrowRight}')
    expect(radio('Custom')).toBeChecked()
    expect(document.activeElement).toBe(radio('Custom'))
    await userEvent.keyboard('{ArrowRight}')
    expect(radio('All')).toBeChecked()
    expect(document.activeElement).toBe(radio('All'))
    await userEvent.keyboard('{ArrowLeft}')
    expect(radio('Custom')).toBeChecked()
    await userEvent.keyboard('{ArrowLeft}')
    expect(radio('Teams')).toBeChecked()
    expect(document.activeElement).toBe(radio('Teams'))
    expect(onValueChange.mock.calls).toEqual([['custom'], ['all'], ['custom'], ['team']])
    expect(checkedValues()).toEqual(['team'])
  })

  it('moves with ArrowDown and ArrowUp too', async () => {
    render(<CustomerTypeSelect defaultValue="all" />)
    radio('All').focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(radio('Users')).toBeChecked()
    await userEvent.keyboard('{ArrowUp}{ArrowUp}')
    expect(radio('Custom')).toBeChecked()
    expect(checkedValues()).toEqual(['custom'])
  })

  it('follows the reading direction: ArrowLeft goes forward right to left', async () => {
    const onValueChange = vi.fn()
    render(
      <div dir="rtl">
        <CustomerTypeSelect defaultValue="all" onValueChange={onValueChange} />
      </div>,
    )
    // Laid out right to left: All is the rightmost item.
    expect(item('all').getBoundingClientRect().left).toBeGreaterThan(item('user').getBoundingClientRect().left)
    radio('All').focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(radio('Users')).toBeChecked()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    expect(radio('Custom')).toBeChecked()
    expect(onValueChange.mock.calls).toEqual([['user'], ['all'], ['custom']])
  })

  it('selects the focused radio with Space', async () => {
    const onValueChange = vi.fn()
    render(<CustomerTypeSelect defaultValue="all" onValueChange={onValueChange} />)
    radio('Teams').focus()
    expect(radio('Teams')).not.toBeChecked()
    await userEvent.keyboard(' ')
    expect(radio('Teams')).toBeChecked()
    expect(item('team')).toHaveAttribute('data-state', 'checked')
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('team')
  })

  it('selects on a click anywhere on the item, the radio covering it', async () => {
    const onValueChange = vi.fn()
    render(<CustomerTypeSelect defaultValue="all" onValueChange={onValueChange} counts={{ team: { count: 412 } }} />)
    const team = item('team')
    const box = team.getBoundingClientRect()
    // The radio is what a pointer hits, at the corners as in the middle.
    for (const [x, y] of [[box.left + 2, box.top + 2], [box.right - 2, box.bottom - 2], [box.left + box.width / 2, box.top + box.height / 2]] as const) {
      expect(document.elementFromPoint(x, y)).toBe(radio(/Teams/))
    }
    await userEvent.click(team, { position: { x: 3, y: 3 } })
    expect(radio(/Teams/)).toBeChecked()
    await userEvent.click(radio('Custom'))
    expect(radio('Custom')).toBeChecked()
    // Where the count is drawn (the radio lies over it, so a click there is the radio's).
    const count = (team.querySelector('[data-slot="customer-type-select-count"]') as HTMLElement).getBoundingClientRect()
    await userEvent.click(team, { position: { x: count.left - box.left + count.width / 2, y: count.top - box.top + count.height / 2 } })
    expect(radio(/Teams/)).toBeChecked()
    expect(onValueChange.mock.calls).toEqual([['team'], ['custom'], ['team']])
    // A mouse click shows no focus ring.
    expect(getComputedStyle(team).outlineStyle).toBe('none')
  })

  it('is operable with the keyboard, wrapping around', async () => {
    render(<stories.Default defaultValue="custom" />)
    await userEvent.click(radio('Custom'))
    await userEvent.keyboard('{ArrowRight}')
    expect(radio('All')).toBeChecked()
    expect(document.activeElement).toBe(radio('All'))
  })

  it('follows a controlled value', async () => {
    function Host() {
      const [value, setValue] = useState<CustomerTypeFilter>('user')
      return (
        <>
          <CustomerTypeSelect value={value} onValueChange={setValue} />
          <output>{value}</output>
          <button type="button" onClick={() => setValue('team')}>
            teams
          </button>
        </>
      )
    }
    render(<Host />)
    await userEvent.click(radio('Custom'))
    expect(screen.getByRole('status')).toHaveTextContent('custom')
    expect(checkedValues()).toEqual(['custom'])
    await userEvent.click(screen.getByRole('button', { name: 'teams' }))
    expect(radio('Teams')).toBeChecked()
    expect(radio('Custom')).not.toBeChecked()
    expect(checkedValues()).toEqual(['team'])
    radio('Teams').focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(screen.getByRole('status')).toHaveTextContent('user')
  })

  it('keeps a controlled value the owner does not change', async () => {
    const onValueChange = vi.fn()
    render(<CustomerTypeSelect value="user" onValueChange={onValueChange} />)
    await userEvent.click(radio('Teams'))
    expect(onValueChange).toHaveBeenCalledWith('team')
    await waitFor(() => expect(radio('Users')).toBeChecked())
    expect(radio('Teams')).not.toBeChecked()
    expect(checkedValues()).toEqual(['user'])
    radio('Users').focus()
    await userEvent.keyboard('{ArrowRight}')
    await waitFor(() => expect(radio('Users')).toBeChecked())
    expect(checkedValues()).toEqual(['user'])
  })

  it('is skipped by Tab and cannot be changed when disabled', async () => {
    const onValueChange = vi.fn()
    render(
      <Between>
        <CustomerTypeSelect disabled defaultValue="team" onValueChange={onValueChange} />
      </Between>,
    )
    for (const r of screen.getAllByRole('radio')) expect(r).toBeDisabled()
    expect(screen.getByRole('radiogroup')).toHaveAttribute('data-disabled')
    for (const value of ['all', 'user', 'team', 'custom'] as const) expect(item(value)).toHaveAttribute('data-disabled')
    expect(getComputedStyle(item('user')).cursor).toBe('not-allowed')
    screen.getByRole('button', { name: 'before' }).focus()
    await userEvent.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }))
    await userEvent.click(item('user'), { force: true })
    expect(radio('Teams')).toBeChecked()
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('names each radio by its label and its count', () => {
    render(<stories.WithCounts />)
    expect(radio(/^All/)).toHaveAccessibleName('All 1,000+')
    expect(radio(/^Teams/)).toHaveAccessibleName('Teams 412')
    expect(radio(/^Custom/)).toHaveAccessibleName('Custom 37')
    expect(item('team').querySelector('[data-slot="customer-type-select-count"]')).toHaveTextContent('412')
  })

  it('keeps a radio clickable when its count arrives during the click', async () => {
    const onValueChange = vi.fn()
    const { rerender } = render(<CustomerTypeSelect onValueChange={onValueChange} />)
    const custom = radio('Custom')
    // Vitest turns the element into a Playwright locator when the click starts (by the radio's
    // label, "Custom" exactly, as the group's name "Customer type" contains "custom"); the count
    // arrives before Playwright looks for it, which must still find the radio.
    const clicked = userEvent.click(custom)
    rerender(<CustomerTypeSelect onValueChange={onValueChange} counts={{ custom: { count: 40 } }} />)
    await clicked
    expect(custom).toHaveAccessibleName('Custom 40')
    expect(custom).toBeChecked()
    expect(onValueChange).toHaveBeenCalledWith('custom')
  })

  it('offers a subset without All, with localized labels from the provider', () => {
    render(
      <PaymentsProvider adapter={createTestAdapter()} locale="de-DE" messages={{ 'customerType.filter.user': 'Benutzer' }}>
        <CustomerTypeSelect includeAll={false} types={['user', 'team']} counts={{ user: { count: 12345 } }} />
      </PaymentsProvider>,
    )
    const radios = screen.getAllByRole('radio')
    expect(radios).toHaveLength(2)
    expect(radios[0]).toHaveAccessibleName('Benutzer 12.345')
    expect(radios[0]?.closest('label')).toHaveTextContent('Benutzer')
    expect(radios[0]).toBeChecked()
  })

  it('shows approximate totals as "1,000+"', () => {
    render(<stories.WithCounts />)
    expect(radio(/All/).closest('label')).toHaveTextContent('1,000+')
  })

  it('mounts in one commit', () => {
    const commits: string[] = []
    render(
      <Profiler id="type-select" onRender={(_id, phase) => commits.push(phase)}>
        <CustomerTypeSelect counts={{ all: { count: 10 } }} />
      </Profiler>,
    )
    expect(commits).toEqual(['mount'])
  })

  it('draws the checked item in the dark colours', () => {
    render(<stories.Dark />)
    const group = screen.getByRole('radiogroup')
    expect(getComputedStyle(group).backgroundColor).toBe('rgb(30, 41, 59)')
    expect(getComputedStyle(item('all')).backgroundColor).toBe('rgb(15, 23, 42)')
    expect(getComputedStyle(item('all')).color).toBe('rgb(241, 245, 249)')
    expect(getComputedStyle(item('user')).backgroundColor).toBe('rgba(0, 0, 0, 0)')
    expect(getComputedStyle(item('user')).color).toBe('rgb(148, 163, 184)')
  })

  it('draws the checked item in the light colours', () => {
    render(<stories.WithCounts />)
    expect(getComputedStyle(screen.getByRole('radiogroup')).backgroundColor).toBe('rgb(241, 245, 249)')
    expect(getComputedStyle(item('all')).backgroundColor).toBe('rgb(255, 255, 255)')
    expect(getComputedStyle(item('all')).color).toBe('rgb(15, 23, 42)')
    expect(getComputedStyle(item('user')).color).toBe('rgb(71, 85, 105)')
    // The radio itself is invisible: the item draws the state.
    expect(getComputedStyle(radio(/All/)).opacity).toBe('0')
  })

  describe('in forced colours', () => {
    const forcedColors = (value: 'active' | 'none') =>
      cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] })
    afterEach(async () => {
      await forcedColors('none')
    })

    it('keeps the checked item distinguishable', async () => {
      render(<CustomerTypeSelect defaultValue="team" />)
      await forcedColors('active')
      expect(matchMedia('(forced-colors: active)').matches).toBe(true)
      const checked = getComputedStyle(item('team'))
      const unchecked = getComputedStyle(item('user'))
      expect(checked.outlineStyle).toBe('solid')
      expect(unchecked.outlineStyle).toBe('none')
      expect(checked.backgroundColor).not.toBe(unchecked.backgroundColor)
      expect(checked.color).not.toBe(unchecked.color)
    })
  })

  it('has no axe violations: light, dark, disabled, focused', async () => {
    for (const Story of [stories.WithCounts, stories.Dark, stories.Disabled, stories.WithoutAll]) {
      const { container, unmount } = render(<Story />)
      await waitFor(() => expect(container.getAnimations({ subtree: true })).toEqual([]))
      await expectNoAxeViolations(container)
      unmount()
    }
    render(<stories.WithCounts />)
    radio(/All/).focus()
    await userEvent.keyboard('{ArrowRight}')
    await expectNoAxeViolations()
  })
})
