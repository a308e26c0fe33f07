import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Button } from '../../src/ui/button'
import { EmptyState } from '../../src/ui/empty-state'
import { UsersIcon } from '../../src/ui/icons'
import { describeConformance, expectNoAxeViolations } from '../conformance'

describeConformance('EmptyState', {
  render: (props) => <EmptyState title="No customers yet" {...props} />,
  slot: 'empty-state',
  baseClass: 'hx-empty-state',
  refType: HTMLDivElement,
})

describe('EmptyState', () => {
  it('shows its icon, title, description and action', () => {
    const { container } = render(
      <EmptyState
        icon={<UsersIcon />}
        title="No customers yet"
        description="Customers appear here after their first purchase."
        action={<Button>Invite a customer</Button>}
      />,
    )
    expect(screen.getByText('No customers yet')).toHaveAttribute('data-slot', 'empty-state-title')
    expect(screen.getByText('Customers appear here after their first purchase.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Invite a customer' })).toBeInTheDocument()
    expect(container.querySelector('[data-slot="empty-state-icon"]')).toHaveAttribute('aria-hidden', 'true')
  })

  it('renders the title as a heading when given a level', () => {
    render(<EmptyState title="No matches for “acme”" headingLevel={3} />)
    expect(screen.getByRole('heading', { level: 3, name: 'No matches for “acme”' })).toBeInTheDocument()
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme}`, async () => {
      const { container } = render(
        <div className="hx-root" data-hx-color-scheme={scheme}>
          <EmptyState
            icon={<UsersIcon />}
            title="No customers yet"
            description="Customers appear here after their first purchase."
            action={<Button variant="outline">Clear filters</Button>}
          />
        </div>,
      )
      await expectNoAxeViolations(container)
    })
  }
})
