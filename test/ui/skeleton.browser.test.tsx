import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Skeleton } from '../../src/ui/skeleton'
import { describeConformance, expectNoAxeViolations } from '../conformance'

describeConformance('Skeleton', {
  render: (props) => <Skeleton {...props} />,
  slot: 'skeleton',
  baseClass: 'hx-skeleton',
  refType: HTMLSpanElement,
})

describe('Skeleton', () => {
  it('is hidden from assistive technology', () => {
    const { container } = render(<Skeleton />)
    expect(container.querySelector('[data-slot="skeleton"]')).toHaveAttribute('aria-hidden', 'true')
  })

  it('takes width, height and radius (numbers are px)', () => {
    const { container } = render(
      <div className="hx-root" data-hx-color-scheme="light">
        <Skeleton width={120} height="14px" radius="full" />
      </div>,
    )
    const skeleton = container.querySelector('[data-slot="skeleton"]') as HTMLElement
    const style = getComputedStyle(skeleton)
    expect(style.width).toBe('120px')
    expect(style.height).toBe('14px')
    expect(style.borderTopLeftRadius).toBe('9999px')
  })

  it('shimmers unless the user prefers reduced motion', () => {
    const { container } = render(
      <div className="hx-root" data-hx-color-scheme="light">
        <Skeleton />
      </div>,
    )
    const skeleton = container.querySelector('[data-slot="skeleton"]') as HTMLElement
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches
    expect(getComputedStyle(skeleton).animationName).toBe(reduced ? 'none' : 'hx-shimmer')
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme}`, async () => {
      const { container } = render(
        <div className="hx-root" data-hx-color-scheme={scheme}>
          <Skeleton width={200} />
          <Skeleton width={32} height={32} radius="full" />
        </div>,
      )
      await expectNoAxeViolations(container)
    })
  }
})
