import { render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import tokensCss from '../../src/styles/tokens.css?raw'
import shadcnCss from '../../src/styles/shadcn.css?raw'
import { TOKEN_NAMES } from '../../src/styles/tokens'
import { Button } from '../../src/ui/button'

const LIGHT_BG = 'rgb(255, 255, 255)'
const DARK_BG = 'rgb(15, 23, 42)'

function token(element: Element, name: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim()
}

/**
 * The colour a colour token resolves to inside `element`: tokens are `light-dark(…)` pairs that
 * the element's `color-scheme` resolves where they are used, so read them through a probe.
 */
function colour(element: Element, name: string): string {
  const probe = element.ownerDocument.createElement('span')
  probe.style.setProperty('color', `var(${name})`)
  element.append(probe)
  const resolved = getComputedStyle(probe).color
  probe.remove()
  return resolved
}

function byTestId(container: HTMLElement, id: string): HTMLElement {
  const element = container.querySelector<HTMLElement>(`[data-testid="${id}"]`)
  if (!element) throw new Error(`no [data-testid="${id}"]`)
  return element
}

const styles: HTMLStyleElement[] = []
function addStyle(css: string) {
  const style = document.createElement('style')
  style.textContent = css
  document.head.append(style)
  styles.push(style)
}
afterEach(() => {
  for (const style of styles.splice(0)) style.remove()
})

describe('theme tokens', () => {
  it('declares exactly the tokens listed in tokens.ts', () => {
    const declared = new Set(Array.from(tokensCss.matchAll(/(--hx-[\w-]+)\s*:/g), (match) => match[1]))
    expect([...declared].sort()).toEqual([...TOKEN_NAMES].sort())
  })

  it('resolves every token on a root, light and dark', () => {
    const { container } = render(
      <>
        <div className="hx-root" data-hx-color-scheme="light" data-testid="light" />
        <div className="hx-root" data-hx-color-scheme="dark" data-testid="dark" />
      </>,
    )
    for (const scheme of ['light', 'dark']) {
      const root = byTestId(container, scheme)
      const missing = TOKEN_NAMES.filter((name) => token(root, name) === '')
      expect(missing, `${scheme} tokens without a value`).toEqual([])
    }
  })

  it('is light by default and dark with data-hx-color-scheme="dark"', () => {
    const { container } = render(
      <>
        <div className="hx-root" data-hx-color-scheme="light" data-testid="light" />
        <div className="hx-root" data-hx-color-scheme="inherit" data-testid="inherit" />
        <div className="hx-root" data-testid="bare" />
        <div className="hx-root" data-hx-color-scheme="dark" data-testid="dark">
          <span data-testid="dark-child" />
        </div>
      </>,
    )
    expect(colour(byTestId(container, 'light'), '--hx-color-bg')).toBe(LIGHT_BG)
    expect(colour(byTestId(container, 'inherit'), '--hx-color-bg')).toBe(LIGHT_BG)
    expect(colour(byTestId(container, 'bare'), '--hx-color-bg')).toBe(LIGHT_BG)
    expect(colour(byTestId(container, 'dark'), '--hx-color-bg')).toBe(DARK_BG)
    expect(colour(byTestId(container, 'dark-child'), '--hx-color-bg')).toBe(DARK_BG)
    expect(getComputedStyle(byTestId(container, 'dark')).backgroundColor).toBe('rgb(15, 23, 42)')
    expect(getComputedStyle(byTestId(container, 'dark')).colorScheme).toBe('dark')
  })

  it('writes each colour once (light-dark) and resolves shadows per scheme too', () => {
    expect(tokensCss).not.toMatch(/@media \(prefers-color-scheme/)
    const { container } = render(
      <>
        <div className="hx-root" data-hx-color-scheme="light" data-testid="light" style={{ boxShadow: 'var(--hx-shadow-md)' }} />
        <div className="hx-root" data-hx-color-scheme="dark" data-testid="dark" style={{ boxShadow: 'var(--hx-shadow-md)' }} />
      </>,
    )
    expect(getComputedStyle(byTestId(container, 'light')).boxShadow).toContain('rgba(15, 23, 42, 0.12)')
    expect(getComputedStyle(byTestId(container, 'dark')).boxShadow).toContain('rgba(0, 0, 0, 0.5)')
  })

  it('follows a host .dark or [data-theme=dark] ancestor with "inherit"', () => {
    const { container } = render(
      <>
        <div className="dark">
          <div className="hx-root" data-hx-color-scheme="inherit" data-testid="class" />
          <div className="hx-root" data-hx-color-scheme="light" data-testid="explicit-light" />
        </div>
        <div data-theme="dark">
          <section>
            <div className="hx-root" data-hx-color-scheme="inherit" data-testid="attribute" />
          </section>
        </div>
      </>,
    )
    expect(colour(byTestId(container, 'class'), '--hx-color-bg')).toBe(DARK_BG)
    expect(colour(byTestId(container, 'attribute'), '--hx-color-bg')).toBe(DARK_BG)
    expect(colour(byTestId(container, 'explicit-light'), '--hx-color-bg')).toBe(LIGHT_BG)
  })

  it('lets a nested "inherit" root take its tokens from the enclosing root', () => {
    const { container } = render(
      <div className="hx-root" data-hx-color-scheme="dark">
        <div className="hx-root" data-hx-color-scheme="inherit" data-testid="nested-inherit" />
        <div className="hx-root" data-hx-color-scheme="light" data-testid="nested-light" />
      </div>,
    )
    expect(colour(byTestId(container, 'nested-inherit'), '--hx-color-bg')).toBe(DARK_BG)
    expect(colour(byTestId(container, 'nested-light'), '--hx-color-bg')).toBe(LIGHT_BG)
  })

  it('follows the operating system with "system"', () => {
    const { container } = render(<div className="hx-root" data-hx-color-scheme="system" data-testid="system" />)
    const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches
    expect(colour(byTestId(container, 'system'), '--hx-color-bg')).toBe(prefersDark ? DARK_BG : LIGHT_BG)
  })

  it('maps onto shadcn variables with shadcn.css', () => {
    addStyle(shadcnCss)
    addStyle(':root { --background: rgb(1, 2, 3); --primary: rgb(4, 5, 6); --radius: 10px; }')
    const { container } = render(
      <div className="hx-root" data-hx-color-scheme="dark" data-testid="root">
        <Button>Save</Button>
      </div>,
    )
    const root = byTestId(container, 'root')
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(1, 2, 3)')
    expect(getComputedStyle(root.querySelector('button') as HTMLElement).backgroundColor).toBe('rgb(4, 5, 6)')
    expect(getComputedStyle(root.querySelector('button') as HTMLElement).borderTopLeftRadius).toBe('8px')
  })
})

describe('no leaks into the host page', () => {
  const PROPERTIES = [
    'font-family',
    'font-size',
    'color',
    'background-color',
    'border-top-style',
    'border-top-width',
    'border-top-color',
    'padding-top',
    'padding-left',
    'margin-top',
    'box-sizing',
    'line-height',
    'outline-style',
  ]

  async function defaultButtonStyles(): Promise<Record<string, string>> {
    const frame = document.createElement('iframe')
    frame.srcdoc = '<!doctype html><button>Plain</button>'
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
    document.body.append(frame)
    await loaded
    const button = frame.contentDocument?.querySelector('button')
    if (!button) throw new Error('iframe did not load')
    const style = getComputedStyle(button)
    const result = Object.fromEntries(PROPERTIES.map((property) => [property, style.getPropertyValue(property)]))
    frame.remove()
    return result
  }

  it('leaves a plain <button> outside .hx-root with the browser defaults', async () => {
    const expected = await defaultButtonStyles()
    const { container } = render(
      <>
        <div className="hx-root" data-hx-color-scheme="dark">
          <Button>Ours</Button>
        </div>
        <button type="button">Plain</button>
      </>,
    )
    const plain = container.querySelector(':scope > button') as HTMLElement
    const style = getComputedStyle(plain)
    const actual = Object.fromEntries(PROPERTIES.map((property) => [property, style.getPropertyValue(property)]))
    expect(actual).toEqual(expected)
  })

  it('loses to any unlayered host rule, whatever its specificity', () => {
    addStyle('button { color: rgb(9, 9, 9); } .host-button { background-color: rgb(7, 8, 9); }')
    const { container } = render(
      <div className="hx-root" data-hx-color-scheme="light">
        <Button className="host-button">Save</Button>
      </div>,
    )
    const button = container.querySelector('button') as HTMLElement
    expect(getComputedStyle(button).color).toBe('rgb(9, 9, 9)')
    expect(getComputedStyle(button).backgroundColor).toBe('rgb(7, 8, 9)')
  })

  it('lets a host override a token from unlayered CSS', () => {
    addStyle('.hx-root { --hx-color-primary: rgb(0, 128, 0); }')
    const { container } = render(
      <div className="hx-root" data-hx-color-scheme="light">
        <Button>Save</Button>
      </div>,
    )
    expect(getComputedStyle(container.querySelector('button') as HTMLElement).backgroundColor).toBe('rgb(0, 128, 0)')
  })
})
