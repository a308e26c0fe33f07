import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Spinner } from '../../src/ui/spinner'
import { describeConformance, expectNoAxeViolations } from '../conformance'

describeConformance('Spinner', {
  render: (props) => <Spinner {...props} />,
  slot: 'spinner',
  baseClass: 'hx-spinner',
  refType: HTMLSpanElement,
})

describe('Spinner', () => {
  it('is a status named "Loading" by default', () => {
    render(<Spinner />)
    expect(screen.getByRole('status', { name: 'Loading' })).toHaveAttribute('data-size', 'md')
  })

  it('takes a label', () => {
    render(<Spinner label="Loading customers" size="lg" />)
    expect(screen.getByRole('status', { name: 'Loading customers' })).toHaveAttribute('data-size', 'lg')
  })

  it('is hidden from assistive technology when decorative', () => {
    const { container } = render(<Spinner decorative />)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(container.querySelector('[data-slot="spinner"]')).toHaveAttribute('aria-hidden', 'true')
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme}`, async () => {
      const { container } = render(
        <div className="hx-root" data-hx-color-scheme={scheme}>
          <Spinner size="sm" />
          <Spinner />
          <Spinner size="lg" decorative />
        </div>,
      )
      await expectNoAxeViolations(container)
    })
  }
})
