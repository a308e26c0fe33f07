import { describe, expect, it } from 'vitest'
import { render, waitFor, within } from '@testing-library/react'
import { composeStories } from '@storybook/react-vite'
import preview from '../../.storybook/preview'
import * as SelectedCustomerStories from '../../stories/selected-customer.stories'
import { USER } from '../../stories/fixtures/customer-payments'
import { expectNoAxeViolations } from '../conformance'

const stories = composeStories(SelectedCustomerStories, preview)

function selected(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('[data-slot="selected-customer"]')
  if (!element) throw new Error('No selected customer')
  return element
}

describe('SelectedCustomer statuses', () => {
  it('is success with the name once the customer is found', async () => {
    const { container } = render(<stories.Found />)
    await waitFor(() => expect(selected(container)).toHaveAttribute('data-status', 'success'))
    expect(selected(container)).not.toHaveAttribute('aria-busy')
    await expectNoAxeViolations(container)
  })

  it('is empty with "Unknown customer" for a user the adapter does not know', async () => {
    const { container } = render(<stories.Unknown />)
    await waitFor(() => expect(selected(container)).toHaveAttribute('data-status', 'empty'))
    expect(within(selected(container)).getByText('Unknown customer')).toBeVisible()
  })

  it('is loading and busy, showing the id, until the adapter answers', () => {
    const { container } = render(<stories.Loading />)
    expect(selected(container)).toHaveAttribute('data-status', 'loading')
    expect(selected(container)).toHaveAttribute('aria-busy', 'true')
    expect(selected(container)).toHaveTextContent(USER.id)
  })

  it('is error, showing the id, when the adapter fails', async () => {
    const { container } = render(<stories.Failed />)
    await waitFor(() => expect(selected(container)).toHaveAttribute('data-status', 'error'))
    expect(selected(container)).toHaveTextContent(USER.id)
  })
})
