import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// Every Testing Library render runs under <StrictMode>: effects mount, unmount and mount again,
// so a component that leaks a subscription or fires a request twice fails here, not in a host app.
// `waitFor` / `findBy*` wait up to 10 s (not 1 s): on a busy machine a condition that does come
// may take a while; a test never waits this long unless it is failing.
configure({ reactStrictMode: true, asyncUtilTimeout: 10_000 })

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
