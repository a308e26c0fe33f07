import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@hexclave/payments-ui/styles.css'
import './dashboard.css'
import { App } from './app'
import { prepareDemoAdapter } from './adapter'

const root = createRoot(document.getElementById('root') as HTMLElement)

prepareDemoAdapter().then(
  () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <p role="alert" className="muted">
        The demo could not reach its host backend: {error instanceof Error ? error.message : String(error)}. Reload to try again.
      </p>,
    ),
)
