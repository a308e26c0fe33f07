import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { composeStories } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import preview from '../../.storybook/preview'
import * as PartsStories from '../../stories/customer-table-parts.stories'
import { backend, inviteCustomer } from '../../stories/customer-table-parts.stories'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { CustomerTableRoot } from '../../src/components/customer-table/customer-table-root'
import { CustomerTableGrid } from '../../src/components/customer-table/customer-table-grid'
import {
  CustomerTableLiveRegion,
  CustomerTableSearch,
  CustomerTableToolbar,
  CustomerTableTypeFilter,
} from '../../src/components/customer-table/customer-table-toolbar'
import { describeConformance, expectNoAxeViolations } from '../conformance'

// The stories are the fixtures: rendered with the project's decorators (provider, adapter, theme).
const stories = composeStories(PartsStories, preview)

const rowsIn = (root: ParentNode) => Array.from(root.querySelectorAll<HTMLElement>('[data-slot="customer-table-row"]'))

async function waitForRows(root: ParentNode, atLeast = 3) {
  await waitFor(() => expect(rowsIn(root).length).toBeGreaterThanOrEqual(atLeast))
  return rowsIn(root)
}

afterEach(() => {
  backend.down = true
})

describe('CustomerTable parts', () => {
  it('lets a host place its own toolbar: its button, then our search and type filter, all working', async () => {
    const { container } = render(<stories.HostToolbar />)
    const toolbar = screen.getByRole('toolbar', { name: 'Customer tools' })
    // The host's order, not ours.
    const order = Array.from(toolbar.children).map((child) => child.getAttribute('data-slot'))
    expect(order.slice(0, 3)).toEqual(['button', 'search-input', 'customer-type-select'])
    await waitForRows(container, 5)

    await userEvent.click(within(toolbar).getByRole('button', { name: 'Invite customer' }))
    expect(inviteCustomer).toHaveBeenCalled()

    await userEvent.click(within(toolbar).getByRole('radio', { name: /Teams/ }))
    await waitFor(() => {
      const rows = rowsIn(container)
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.every((row) => row.dataset.type === 'team')).toBe(true)
    })

    const search = within(toolbar).getByRole('searchbox', { name: 'Search customers' })
    expect(search).toHaveAttribute('placeholder', 'Find a customer')
    await userEvent.type(search, 'zz-nobody')
    expect(await screen.findByText("No customers match 'zz-nobody'", { selector: 'p' })).toBeVisible()
    // The host's reset link reads the root's state and clears search and filter.
    await userEvent.click(within(toolbar).getByRole('button', { name: 'Reset' }))
    expect(search).toHaveValue('')
    await waitFor(() => expect(within(toolbar).getByRole('radio', { name: /All/ })).toBeChecked())
    await waitForRows(container, 5)
  })

  it('keeps the grid keyboard-navigable under a host toolbar', async () => {
    const { container } = render(<stories.HostToolbar />)
    const grid = await screen.findByRole('grid', { name: 'Paying customers' })
    const rows = await waitForRows(grid, 5)
    rows[0]?.focus()
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    expect(document.activeElement).toBe(rowsIn(container)[2])
    await userEvent.keyboard('{Home}')
    expect(document.activeElement).toBe(rowsIn(container)[0])
    await userEvent.keyboard('{Enter}')
    expect(stories.HostToolbar.args.onCustomerOpen).toHaveBeenCalledWith(
      expect.objectContaining({ id: rowsIn(container)[0]?.dataset.key?.replace(/^[a-z]+:/, '') }),
    )
  })

  it('has no axe violations with a host toolbar', async () => {
    const { container } = render(<stories.HostToolbar />)
    await waitForRows(container, 5)
    await expectNoAxeViolations(container)
  })

  it('shows the host loading slot instead of the skeleton', async () => {
    const { container } = render(<stories.HostLoadingSlot />)
    expect(await screen.findByText('Fetching your customers…')).toBeVisible()
    expect(container.querySelector('[data-slot="customer-table-skeleton"]')).toBeNull()
    expect(screen.queryByRole('grid')).toBeNull()
    expect(container.querySelector('[data-slot="customer-table"]')).toHaveAttribute('data-status', 'loading')
  })

  it('shows the host error slot, and its Retry loads the rows', async () => {
    const { container } = render(<stories.HostErrorSlot />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Customers are unavailable')
    // Not the library's own error state.
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull()
    backend.down = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitForRows(container, 3)
    expect(screen.queryByText('Customers are unavailable')).toBeNull()
  })

  it('shows the host empty slot instead of "No customers yet"', async () => {
    render(<stories.HostEmptySlot />)
    expect(await screen.findByText('No paying customers yet.')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Set up pricing' })).toBeVisible()
    expect(screen.queryByText('No customers yet')).toBeNull()
  })

  it('follows a useCustomerTable the host owns, changed from outside the root', async () => {
    const { container } = render(<stories.ExternalState />)
    const summary = screen.getByTestId('summary')
    await waitFor(() => expect(summary).toHaveTextContent(/^team · \d+ loaded$/))
    expect(rowsIn(container).every((row) => row.dataset.type === 'team')).toBe(true)
    await userEvent.click(screen.getByRole('button', { name: 'Show custom customers' }))
    await waitFor(() => {
      expect(summary).toHaveTextContent(/^custom · \d+ loaded$/)
      const rows = rowsIn(container)
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.every((row) => row.dataset.type === 'custom')).toBe(true)
    })
    // The search inside the root writes the host's state.
    await userEvent.type(screen.getByRole('searchbox'), 'zz-nobody')
    await waitFor(() => expect(summary).toHaveTextContent('custom · empty'))
    await userEvent.click(screen.getByRole('button', { name: 'Show everyone' }))
    expect(screen.getByRole('searchbox')).toHaveValue('')
    await waitFor(() => expect(summary).toHaveTextContent(/^custom · \d+ loaded$/))
  })

  it('names the part in the error when it is used outside CustomerTableRoot', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      for (const [name, part] of [
        ['CustomerTableGrid', <CustomerTableGrid key="grid" />],
        ['CustomerTableSearch', <CustomerTableSearch key="search" />],
        ['CustomerTableToolbar', <CustomerTableToolbar key="toolbar" />],
        ['CustomerTableTypeFilter', <CustomerTableTypeFilter key="filter" />],
        ['CustomerTableLiveRegion', <CustomerTableLiveRegion key="live" />],
      ] as const) {
        expect(() => render(<PaymentsProvider adapter={createMemoryAdapter()}>{part}</PaymentsProvider>)).toThrow(
          `\`${name}\` must be used within \`CustomerTableRoot\``,
        )
      }
    } finally {
      spy.mockRestore()
    }
  })

  it('returns focus to the row after "Create checkout" from its menu (the public menu item)', async () => {
    const { container } = render(
      <PaymentsProvider adapter={createMemoryAdapter()}>
        <CustomerTable height={400} defaultType="user" />
      </PaymentsProvider>,
    )
    const rows = await waitForRows(container, 3)
    const row = rows[1] as HTMLElement
    await userEvent.click(within(row).getByRole('button', { name: /^Actions for/ }))
    const item = await screen.findByRole('menuitem', { name: 'Create checkout' })
    expect(item).toHaveAttribute('data-slot', 'customer-table-create-checkout')
    await userEvent.click(item)
    const dialog = await screen.findByRole('dialog', { name: 'Create checkout link' })
    expect(dialog).toHaveAttribute('data-mode', 'customer')
    await waitFor(() => expect(dialog.getAnimations({ subtree: true })).toEqual([]))
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(row))
  })

  it('names the open row menu from its row and its trigger, with no axe violations', async () => {
    const { container } = render(<stories.HostToolbar />)
    const rows = await waitForRows(container, 3)
    const row = rows[0] as HTMLElement
    row.focus()
    await userEvent.keyboard('{Shift>}{F10}{/Shift}')
    const menu = await screen.findByRole('menu')
    const trigger = within(row).getByRole('button', { name: /^Actions for/ })
    expect(row).toHaveAttribute('aria-controls', menu.id)
    expect(trigger).toHaveAttribute('aria-controls', menu.id)
    expect(trigger).toHaveAttribute('aria-expanded', 'true')
    await waitFor(() => expect(menu.getAnimations({ subtree: true })).toEqual([]))
    // The table and the portalled menu (the whole document would add page-level rules).
    await expectNoAxeViolations({ include: [container, menu] })
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(document.activeElement).toBe(row))
    expect(row).not.toHaveAttribute('aria-controls')
  })

  it('still honours the deprecated renderError and renderEmpty', async () => {
    const renderEmpty = vi.fn(() => <p>Nothing for you here</p>)
    render(
      <PaymentsProvider adapter={createMemoryAdapter({ users: 0, teams: 0, customCustomers: 0 })}>
        <CustomerTable height={300} renderEmpty={renderEmpty} />
      </PaymentsProvider>,
    )
    expect(await screen.findByText('Nothing for you here')).toBeVisible()
    expect(renderEmpty).toHaveBeenCalledWith(expect.objectContaining({ isFiltered: false }))
  })
})

const provided = (children: ReactNode) => <PaymentsProvider adapter={createMemoryAdapter()}>{children}</PaymentsProvider>
const inRoot = (children: ReactNode) => provided(<CustomerTableRoot height={300}>{children}</CustomerTableRoot>)

describeConformance('CustomerTableRoot', {
  render: (props) => provided(<CustomerTableRoot height={300} {...props} />),
  slot: 'customer-table',
  baseClass: 'hx-customer-table',
  refType: HTMLDivElement,
})

describeConformance('CustomerTableToolbar', {
  render: (props) => inRoot(<CustomerTableToolbar {...props} />),
  slot: 'customer-table-toolbar',
  baseClass: 'hx-ct-toolbar',
  refType: HTMLDivElement,
})

describeConformance('CustomerTableTypeFilter', {
  render: (props) => inRoot(<CustomerTableTypeFilter {...props} />),
  slot: 'customer-type-select',
  baseClass: 'hx-type-select',
  refType: HTMLDivElement,
})

describeConformance('CustomerTableSearch', {
  render: (props) => inRoot(<CustomerTableSearch {...props} />),
  slot: 'search-input',
  propsSlot: 'search-input-input',
  baseClass: 'hx-ct-search',
  refType: HTMLInputElement,
})

describeConformance('CustomerTableGrid', {
  render: (props) => inRoot(<CustomerTableGrid {...props} />),
  slot: 'customer-table-grid',
  baseClass: 'hx-ct-grid',
  refType: HTMLDivElement,
})

describeConformance('CustomerTableLiveRegion', {
  render: (props) => inRoot(<CustomerTableLiveRegion {...props} />),
  slot: 'customer-table-live',
  baseClass: 'hx-sr-only',
  refType: HTMLDivElement,
})
