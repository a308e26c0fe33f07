import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// Every Testing Library render runs under <StrictMode>: effects mount, unmount and mount again,
// so a component that leaks a subscription or fires a request twice fails here, not in a host app.
configure({ reactStrictMode: true })

afterEach(cleanup)

// jsdom has no layout: give elements a size so virtualized lists render rows. (Files that opt
// into `@vitest-environment node`, to render as a server does, have no HTMLElement at all.)
if (typeof HTMLElement !== 'undefined') {
  for (const [prop, value] of [
    ['clientHeight', 400],
    ['clientWidth', 800],
    ['offsetHeight', 400],
    ['offsetWidth', 800],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value })
  }
}
