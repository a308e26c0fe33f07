import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import axe from 'axe-core'
import { useState } from 'react'
import { CustomerTypeSelect } from '../../src/components/customer-type-select/customer-type-select'
import { PaymentsProvider } from '../../src/payments-provider'
import { createTestAdapter } from '../../src/testing/test-adapter'
import type { CustomerTypeFilter } from '../../src/adapter/types'
import { composeStories } from '@storybook/react-vite'
import preview from '../../.storybook/preview'
import * as TypeSelectStories from '../../stories/customer-type-select.stories'

// The stories are the fixtures: rendered with the project's decorators (provider, theme).
const stories = composeStories(TypeSelectStories, preview)

describe('CustomerTypeSelect', () => {
  it('works standalone and calls onValueChange when a type is picked', async () => {
    // The story's `onValueChange` arg is a spy (storybook/test's fn).
    const onValueChange = stories.Standalone.args.onValueChange
    onValueChange?.mockClear()
    render(<stories.Standalone />)
    expect(screen.getByRole('radiogroup', { name: 'Customer type' })).toBeVisible()
    await userEvent.click(screen.getByRole('radio', { name: 'Teams' }))
    expect(onValueChange).toHaveBeenCalledWith('team')
    expect(screen.getByRole('radio', { name: 'Teams' })).toBeChecked()
  })

  it('is operable with the keyboard, wrapping around', async () => {
    render(<stories.Default defaultValue="custom" />)
    await userEvent.click(screen.getByRole('radio', { name: 'Custom' }))
    // Radix checks the item it moves to while the arrow key is down (focus moves on the next tick).
    await userEvent.keyboard('{ArrowRight>}')
    await waitFor(() => expect(screen.getByRole('radio', { name: 'All' })).toBeChecked())
    await userEvent.keyboard('{/ArrowRight}')
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'All' }))
  })

  it('follows a controlled value', async () => {
    function Host() {
      const [value, setValue] = useState<CustomerTypeFilter>('user')
      return (
        <>
          <CustomerTypeSelect value={value} onValueChange={setValue} />
          <output>{value}</output>
        </>
      )
    }
    render(<Host />)
    await userEvent.click(screen.getByRole('radio', { name: 'Custom' }))
    expect(screen.getByRole('status')).toHaveTextContent('custom')
  })

  it('offers a subset without All, with localized labels from the provider', () => {
    render(
      <PaymentsProvider adapter={createTestAdapter()} locale="de-DE" messages={{ 'customerType.filter.user': 'Benutzer' }}>
        <CustomerTypeSelect includeAll={false} types={['user', 'team']} counts={{ user: { count: 12345 } }} />
      </PaymentsProvider>,
    )
    const radios = screen.getAllByRole('radio')
    expect(radios).toHaveLength(2)
    expect(radios[0]).toHaveTextContent('Benutzer')
    expect(radios[0]).toBeChecked()
  })

  it('shows approximate totals as "1,000+"', () => {
    render(<stories.WithCounts />)
    expect(screen.getByRole('radio', { name: /All/ })).toHaveTextContent('1,000+')
  })

  it('has no axe violations, light, dark and disabled', async () => {
    for (const Story of [stories.WithCounts, stories.Dark, stories.Disabled]) {
      const { container, unmount } = render(<Story />)
      expect((await axe.run(container, { rules: { region: { enabled: false } } })).violations).toEqual([])
      unmount()
    }
  })
})
