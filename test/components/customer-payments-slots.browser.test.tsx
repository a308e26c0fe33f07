import { describe, expect, it } from 'vitest'
import { render, waitFor, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { composeStories } from '@storybook/react-vite'
import preview from '../../.storybook/preview'
import * as SlotStories from '../../stories/customer-payments-slots.stories'
import { section, SECTIONS, unsettled } from '../../stories/fixtures/customer-payments'
import { expectNoAxeViolations } from '../conformance'

// The stories are the fixtures: rendered with the project's decorators (provider, adapter, theme).
const stories = composeStories(SlotStories, preview)

describe('customer payments slots', () => {
  it('shows the host loading placeholder in every part instead of the skeletons', async () => {
    const { container } = render(<stories.SectionWideLoading />)
    for (const name of SECTIONS) {
      const part = section(container, name)
      expect(part).toHaveAttribute('data-status', 'loading')
      expect(part).toHaveAttribute('aria-busy', 'true')
      expect(within(part).getByText('Fetching from billing…')).toBeVisible()
    }
    expect(container.querySelector('[data-slot="customer-payments-skeleton"]')).toBeNull()
  })

  it("uses a part's own empty slot over the section-wide one", async () => {
    const { container } = render(<stories.PerPartWins />)
    await waitFor(() => expect(unsettled(container)).toEqual([]))
    expect(within(section(container, 'transactions')).getByText('No payments yet — send a checkout link.')).toBeVisible()
    expect(within(section(container, 'products')).getByText('Nothing here yet.')).toBeVisible()
    expect(within(section(container, 'metrics')).getByText('Nothing here yet.')).toBeVisible()
    expect(within(container).queryByText('No transactions yet')).toBeNull()
    await expectNoAxeViolations(container)
  })

  it("shows the host's error with its own Retry, which loads the part again", async () => {
    const { container } = render(<stories.ErrorSlotRetries />)
    const transactions = section(container, 'transactions')
    const alert = await within(transactions).findByRole('alert')
    expect(alert).toHaveTextContent('Payments are unavailable right now')
    // The library's own error state is replaced, not shown beside it.
    expect(transactions.querySelector('[data-slot="error-state"]')).toBeNull()
    SlotStories.transactionsOutage.on = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(transactions).toHaveAttribute('data-status', 'success'))
    expect(transactions.querySelectorAll('[data-slot="customer-payments-transaction"]').length).toBeGreaterThan(0)
  })

  it('keeps a part success while a further page loads, with data-loading-more and aria-busy', async () => {
    const { container } = render(<stories.TransactionsLoadingMore />)
    const transactions = section(container, 'transactions')
    await waitFor(() => expect(transactions).toHaveAttribute('data-status', 'success'))
    expect(transactions).not.toHaveAttribute('data-loading-more')
    const loadMore = within(transactions).getByRole('button', { name: 'Load more' })
    await userEvent.click(loadMore)
    await waitFor(() => expect(transactions).toHaveAttribute('data-loading-more'))
    expect(transactions).toHaveAttribute('data-status', 'success')
    expect(transactions).toHaveAttribute('aria-busy', 'true')
    expect(loadMore).toHaveAttribute('aria-busy', 'true')
  })

  it('says empty for a user the adapter does not know', async () => {
    const { container } = render(<stories.UnknownCustomer />)
    const header = section(container, 'header')
    await waitFor(() => expect(header).toHaveAttribute('data-status', 'empty'))
    expect(within(header).getByRole('heading', { level: 2 })).toHaveTextContent('Unknown customer')
  })

  it('renders the parts a host composes, each on its own, with the host slot where given', async () => {
    const { container } = render(<stories.ComposedParts />)
    await waitFor(() => expect(unsettled(container, ['header', 'products', 'transactions', 'items'])).toEqual([]))
    expect(container.querySelector('[data-slot="customer-payments-metrics"]')).toBeNull()
    expect(within(section(container, 'products')).getByRole('heading', { level: 3, name: 'Products & subscriptions' })).toBeVisible()
    await expectNoAxeViolations(container)
  })
})
