import { createRef, type ReactElement, type Ref } from 'react'
import { render } from '@testing-library/react'
import axe from 'axe-core'
import { describe, expect, it } from 'vitest'

/** Props the conformance suite passes to the part under test. */
export interface ConformanceProps<E extends Element> {
  ref: Ref<E>
  className: string
  id: string
  'data-host': string
}

export interface ConformanceOptions<E extends Element> {
  /** Renders the part (open, if it portals) with the given props spread onto it. */
  render: (props: ConformanceProps<E>) => ReactElement
  /** `data-slot` of the part's root: the element that receives `className`. */
  slot: string
  /** The class the part always keeps (e.g. `hx-button`). */
  baseClass: string
  /** The element class the ref points to (e.g. `HTMLButtonElement`). */
  refType: abstract new () => E
  /** `data-slot` of the element that receives the ref and the other props. @default slot */
  propsSlot?: string
}

function bySlot(slot: string): Element {
  // Portalled parts render outside the RTL container, so look in the whole document.
  const found = document.querySelectorAll(`[data-slot="${slot}"]`)
  expect(found, `exactly one [data-slot="${slot}"]`).toHaveLength(1)
  return found[0] as Element
}

/**
 * The DOM contract every UI part keeps (style guide rule 13/16): forwards its ref, merges
 * `className` last while keeping its own class, carries a stable `data-slot`, spreads other props,
 * and passes axe as rendered (the whole document, so portalled parts are included).
 */
export function describeConformance<E extends Element>(name: string, options: ConformanceOptions<E>): void {
  const propsSlot = options.propsSlot ?? options.slot
  const renderPart = () => {
    const ref = createRef<E>()
    const result = render(options.render({ ref, className: 'host-class', id: 'host-id', 'data-host': 'yes' }))
    return { ref, result }
  }

  describe(`${name} conformance`, () => {
    it(`carries data-slot="${options.slot}"`, () => {
      renderPart()
      expect(bySlot(options.slot)).toBeInTheDocument()
    })

    it(`forwards its ref to the [data-slot="${propsSlot}"] element`, () => {
      const { ref } = renderPart()
      expect(ref.current).toBeInstanceOf(options.refType)
      expect(ref.current).toBe(bySlot(propsSlot))
    })

    it('merges className last and keeps its own class', () => {
      renderPart()
      const root = bySlot(options.slot)
      expect(root).toHaveClass(options.baseClass)
      // getAttribute, not className: an SVG's className is an SVGAnimatedString.
      expect(root.getAttribute('class')?.split(' ').at(-1)).toBe('host-class')
    })

    it('spreads other props onto its element', () => {
      renderPart()
      const element = bySlot(propsSlot)
      expect(element).toHaveAttribute('id', 'host-id')
      expect(element).toHaveAttribute('data-host', 'yes')
    })

    it('has no axe violations as rendered', async () => {
      renderPart()
      await expectNoAxeViolations()
    })
  })
}

/** A readable summary of axe violations: rule id, help and the failing selectors. */
function summarize(violations: axe.Result[]) {
  return violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary })),
  }))
}

/**
 * Runs axe on `context` (default: the whole document, so portalled parts are included) and
 * fails with a readable list of violations.
 */
export async function expectNoAxeViolations(context: axe.ElementContext = document): Promise<void> {
  // Page-level rules (all content inside landmarks, one main landmark, one h1) judge the host's
  // page, not a component rendered alone on an empty one, like Storybook's a11y addon does.
  const pageLevel = { enabled: false }
  const result = await axe.run(context, {
    rules: { region: pageLevel, 'landmark-one-main': pageLevel, 'page-has-heading-one': pageLevel },
  })
  expect(summarize(result.violations)).toEqual([])
}
