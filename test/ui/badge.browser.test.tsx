import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Badge, type BadgeVariant } from '../../src/ui/badge'
import { describeConformance, expectNoAxeViolations } from '../conformance'

const VARIANTS: BadgeVariant[] = ['neutral', 'user', 'team', 'custom', 'success', 'warning', 'danger', 'info', 'outline']

describeConformance('Badge', {
  render: (props) => <Badge {...props}>Team</Badge>,
  slot: 'badge',
  baseClass: 'hx-badge',
  refType: HTMLSpanElement,
})

describe('Badge', () => {
  it('mirrors its variant to data-variant and defaults to neutral', () => {
    render(
      <>
        <Badge>Plain</Badge>
        <Badge variant="team">Team</Badge>
      </>,
    )
    expect(screen.getByText('Plain')).toHaveAttribute('data-variant', 'neutral')
    expect(screen.getByText('Team')).toHaveAttribute('data-variant', 'team')
    expect(screen.getByText('Team')).toHaveClass('hx-badge--team')
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps every variant readable (axe) in ${scheme}`, async () => {
      const { container } = render(
        <div className="hx-root" data-hx-color-scheme={scheme}>
          {VARIANTS.map((variant) => (
            <Badge key={variant} variant={variant}>
              {variant}
            </Badge>
          ))}
        </div>,
      )
      await expectNoAxeViolations(container)
    })
  }
})
