import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import '../src/styles/index.css'

// Every Testing Library render runs under <StrictMode>: effects mount, unmount and mount again,
// so a component that leaks a subscription or fires a request twice fails here, not in a host app.
// `waitFor` / `findBy*` wait up to 10 s (not 1 s): on a busy machine a condition that does come
// may take a while; a test never waits this long unless it is failing.
configure({ reactStrictMode: true, asyncUtilTimeout: 10_000 })

afterEach(cleanup)
