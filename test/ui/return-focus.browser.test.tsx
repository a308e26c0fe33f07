import { useState } from 'react'
import { act, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { deepActiveElement, useReturnFocus, type ReturnFocus } from '../../src/ui/return-focus'

let cleanup: (() => void) | undefined
afterEach(() => cleanup?.())

/** Renders a harness inside an open shadow root, as a host embedding us in a web component would. */
function mountInShadowRoot(): { shadow: ShadowRoot; api: () => ReturnFocus; setShowOpener: (show: boolean) => void } {
  const host = document.createElement('div')
  document.body.append(host)
  const shadow = host.attachShadow({ mode: 'open' })
  const mount = document.createElement('div')
  shadow.append(mount)
  let api: ReturnFocus | undefined
  let setShow: (show: boolean) => void = () => {}
  function Harness() {
    const returnFocus = useReturnFocus()
    const [showOpener, setShowOpener] = useState(true)
    api = returnFocus
    setShow = setShowOpener
    return (
      <div>
        {showOpener ? <button type="button">Opener</button> : null}
        <section tabIndex={-1} aria-label="Section">
          <button type="button">Elsewhere</button>
        </section>
      </div>
    )
  }
  const { unmount } = render(<Harness />, { container: mount })
  cleanup = () => {
    unmount()
    host.remove()
  }
  return { shadow, api: () => api as ReturnFocus, setShowOpener: (show) => act(() => setShow(show)) }
}

const byText = (shadow: ShadowRoot, text: string) =>
  [...shadow.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === text) as HTMLElement

describe('useReturnFocus', () => {
  it('remembers the focused button inside a shadow root, not the shadow host', () => {
    const { shadow, api } = mountInShadowRoot()
    byText(shadow, 'Opener').focus()
    expect(document.activeElement).toBe(shadow.host)
    expect(deepActiveElement(document)).toBe(byText(shadow, 'Opener'))
    api().capture(document)
    byText(shadow, 'Elsewhere').focus()
    expect(api().restore({ force: true })).toBe(true)
    expect(shadow.activeElement).toBe(byText(shadow, 'Opener'))
  })

  it('does not take focus from where the user has put it, unless forced', () => {
    const { shadow, api } = mountInShadowRoot()
    api().setTarget(byText(shadow, 'Opener'))
    byText(shadow, 'Elsewhere').focus()
    expect(api().restore()).toBe(false)
    expect(shadow.activeElement).toBe(byText(shadow, 'Elsewhere'))
  })

  it('falls back when the remembered element left the page', () => {
    const { shadow, api, setShowOpener } = mountInShadowRoot()
    api().setTarget(byText(shadow, 'Opener'))
    setShowOpener(false)
    const section = shadow.querySelector('section') as HTMLElement
    ;(shadow.activeElement as HTMLElement | null)?.blur()
    expect(api().restore({ fallback: () => section })).toBe(true)
    expect(shadow.activeElement).toBe(section)
  })
})
