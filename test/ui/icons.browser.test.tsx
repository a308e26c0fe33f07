import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AlertTriangleIcon, icons, SearchIcon } from '../../src/ui/icons'
import { describeConformance, expectNoAxeViolations } from '../conformance'

describeConformance('SearchIcon', {
  render: (props) => <SearchIcon {...props} />,
  slot: 'icon',
  baseClass: 'hx-icon',
  refType: SVGSVGElement,
})

describe('icons', () => {
  it('are decorative by default', () => {
    const { container } = render(
      <>
        {Object.entries(icons).map(([name, Icon]) => (
          <Icon key={name} />
        ))}
      </>,
    )
    const svgs = container.querySelectorAll('svg')
    expect(svgs).toHaveLength(Object.keys(icons).length)
    for (const svg of svgs) {
      expect(svg).toHaveAttribute('aria-hidden', 'true')
      expect(svg).toHaveAttribute('data-slot', 'icon')
      expect(svg).toHaveAttribute('data-icon')
    }
  })

  it('become a named image with aria-label', () => {
    render(<AlertTriangleIcon aria-label="Warning" />)
    expect(screen.getByRole('img', { name: 'Warning' })).not.toHaveAttribute('aria-hidden')
  })

  it('take a size', () => {
    render(<SearchIcon aria-label="Search" size={20} />)
    const style = getComputedStyle(screen.getByRole('img', { name: 'Search' }))
    expect(style.width).toBe('20px')
    expect(style.height).toBe('20px')
  })

  it('have no axe violations', async () => {
    const { container } = render(
      <div className="hx-root" data-hx-color-scheme="light">
        {Object.entries(icons).map(([name, Icon]) => (
          <Icon key={name} />
        ))}
        <AlertTriangleIcon aria-label="Warning" />
      </div>,
    )
    await expectNoAxeViolations(container)
  })
})
