import type { CSSProperties, ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { render } from '@testing-library/react'
import { page } from 'vitest/browser'
import { CheckIcon, CopyIcon, MoreHorizontalIcon } from '../../src/ui/icons'
import '../../src/styles.css'

// The table's row buttons draw their icons with CSS (borders, a circle and its shadows: see
// customer-table.css) instead of mounting the SVG components. Drawn large, in black on white, each
// must cover the same pixels as the component's SVG: compared as sets of inked pixels (IoU).

const SIZE = 96
/** A button's own size variables win over inherited ones: set them on the buttons. */
const BUTTON = { '--hx-icon-size-md': `${SIZE}px`, width: SIZE + 24, height: SIZE + 24, color: '#000', background: '#fff' } as CSSProperties

function Frame({ children }: { children: ReactNode }) {
  return (
    <div className="hx-root" style={{ display: 'flex', gap: 8, padding: 8, background: '#fff' }}>
      {children}
    </div>
  )
}

const buttonClass = 'hx-button hx-button--ghost hx-button--icon hx-icon-button hx-icon-button--sm'

/** The inked pixels (dark on white) of an element's screenshot, as a set of indices. */
async function ink(element: HTMLElement): Promise<{ width: number; pixels: Set<number> }> {
  const base64 = await page.screenshot({ element, save: false })
  const image = new Image()
  image.src = `data:image/png;base64,${base64}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = image.width
  canvas.height = image.height
  const context = canvas.getContext('2d', { willReadFrequently: true })!
  context.drawImage(image, 0, 0)
  const { data } = context.getImageData(0, 0, image.width, image.height)
  const pixels = new Set<number>()
  for (let i = 0; i < data.length; i += 4) if (255 - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 128) pixels.add(i / 4)
  return { width: image.width, pixels }
}

/** Intersection over union of two drawings' inked pixels. */
function overlap(a: Set<number>, b: Set<number>): number {
  let both = 0
  for (const p of a) if (b.has(p)) both++
  return both / (a.size + b.size - both)
}

async function drawings(icon: string, component: ReactNode) {
  const { container } = render(
    <Frame>
      <button type="button" className={`${buttonClass} hx-ct-icon-button`} style={BUTTON} data-icon={icon} aria-label="css" />
      <button type="button" className={buttonClass} style={BUTTON} aria-label="svg">
        {component}
      </button>
    </Frame>,
  )
  const [css, svg] = [...container.querySelectorAll<HTMLElement>('button')]
  return { css: await ink(css!), svg: await ink(svg!) }
}

describe("the table's row icons, drawn with CSS", () => {
  it.each([
    ['copy', <CopyIcon key="copy" />],
    ['check', <CheckIcon key="check" />],
    ['more-horizontal', <MoreHorizontalIcon key="more" />],
  ])('cover the pixels of the %s icon component', async (icon, component) => {
    const { css, svg } = await drawings(icon, component)
    expect(svg.pixels.size).toBeGreaterThan(SIZE * 2)
    expect(css.width).toBe(svg.width)
    expect(overlap(css.pixels, svg.pixels)).toBeGreaterThan(0.85)
  })

  it('tell the icons apart (the comparison is not lenient enough to pass any shape)', async () => {
    const copyAsCheck = await drawings('copy', <CheckIcon />)
    const moreAsCopy = await drawings('more-horizontal', <CopyIcon />)
    expect(overlap(copyAsCheck.css.pixels, copyAsCheck.svg.pixels)).toBeLessThan(0.3)
    expect(overlap(moreAsCopy.css.pixels, moreAsCopy.svg.pixels)).toBeLessThan(0.3)
  })
})
