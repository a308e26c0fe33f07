import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import '../src/styles/index.css'

// Every Testing Library render runs under <StrictMode>: effects mount, unmount and mount again,
// so a component that leaks a subscription or fires a request twice fails here, not in a host app.
configure({ reactStrictMode: true })

afterEach(cleanup)
