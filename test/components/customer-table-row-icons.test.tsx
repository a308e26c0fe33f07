import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { CheckIcon, CopyIcon, MoreHorizontalIcon } from '../../src/ui/icons'

// The table's row buttons draw these icons with CSS masks (customer-table.css) instead of
// mounting the SVG components; the masks must show the same shapes as the components.
const css = readFileSync(join(process.cwd(), 'src/components/customer-table/customer-table.css'), 'utf8')

/** The shapes of an SVG document, attribute order and quoting normalised, colours left out. */
function shapes(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  return [...doc.documentElement.children].map((shape) => {
    const attributes = [...shape.attributes]
      .filter((a) => a.name !== 'fill' && a.name !== 'stroke')
      .map((a) => `${a.name}=${a.value}`)
      .sort()
    return `${shape.tagName} ${attributes.join(' ')}`
  })
}

function maskOf(icon: string): string {
  const match = css.match(new RegExp(`\\.hx-ct-icon-button\\[data-icon='${icon}'\\]\\)\\s*\\{\\s*--hx-ct-icon: url\\("data:image/svg\\+xml,([^"]+)"\\)`))
  if (!match?.[1]) throw new Error(`no mask for ${icon} in customer-table.css`)
  return decodeURIComponent(match[1])
}

describe("the table's row icon masks", () => {
  it.each([
    ['copy', <CopyIcon key="copy" />],
    ['check', <CheckIcon key="check" />],
    ['more-horizontal', <MoreHorizontalIcon key="more" />],
  ])('draw the same %s shapes as the icon component', (icon, element) => {
    const component = shapes(renderToStaticMarkup(element))
    expect(component.length).toBeGreaterThan(0)
    expect(shapes(maskOf(icon))).toEqual(component)
  })
})
