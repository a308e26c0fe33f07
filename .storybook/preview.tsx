import { useMemo, type ReactNode } from 'react'
import type { Decorator, Preview } from '@storybook/react-vite'
import { configure } from 'storybook/test'
import '../src/styles.css'
import { PaymentsProvider } from '../src/payments-provider'
import { createMemoryAdapter } from '../src/adapters/memory'
import type { PaymentsAdapter } from '../src/adapter/types'

/** Story parameters the payments decorator reads. */
export interface PaymentsStoryParameters {
  /** Build the story's own adapter (for empty, failing or special datasets). */
  makeAdapter?: () => PaymentsAdapter
  /** Skip the provider (for stories that show the provider error or render their own). */
  noProvider?: boolean
  /** Fix the theme regardless of the toolbar (e.g. the Dark stories). */
  theme?: 'light' | 'dark'
}

const LATENCIES: Record<string, number | [number, number]> = { none: 0, fast: [20, 80], slow: [600, 1500] }

function PaymentsStoryRoot({
  params,
  theme,
  latency,
  children,
}: {
  params: PaymentsStoryParameters
  theme: 'light' | 'dark'
  latency: number | [number, number]
  children: ReactNode
}) {
  const { makeAdapter } = params
  const adapter = useMemo(() => makeAdapter?.() ?? createMemoryAdapter({ latency }), [makeAdapter, latency])
  const body = (
    <div className="hx-root hx-story-root" data-hx-color-scheme={theme} style={{ minHeight: '100vh' }}>
      {children}
    </div>
  )
  if (params.noProvider) return body
  return (
    <PaymentsProvider adapter={adapter} colorScheme={theme}>
      {body}
    </PaymentsProvider>
  )
}

// Hooks live in a component: Storybook calls decorators outside React's render.
const withPayments: Decorator = (Story, context) => {
  const params = (context.parameters.payments ?? {}) as PaymentsStoryParameters
  const theme = params.theme ?? (context.globals.theme === 'dark' ? 'dark' : 'light')
  const latency = LATENCIES[String(context.globals.latency)] ?? 0
  return (
    <PaymentsStoryRoot params={params} theme={theme} latency={latency}>
      <Story />
    </PaymentsStoryRoot>
  )
}

// Play functions' `waitFor` / `findBy*` wait up to 10 s (not 1 s): on a busy machine a condition
// that does come may take a while; a play function never waits this long unless it is failing.
configure({ asyncUtilTimeout: 10_000 })

const preview: Preview = {
  // A docs page for every component: its description (JSDoc), a props table and every story.
  tags: ['autodocs'],
  decorators: [withPayments],
  globalTypes: {
    theme: {
      description: 'Colour scheme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
    latency: {
      description: 'Memory adapter latency',
      toolbar: { title: 'Latency', icon: 'timer', items: ['none', 'fast', 'slow'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', latency: 'none' },
  parameters: {
    // Every story renders under StrictMode, as in a host app's development build: each story's React
    // root is a strict root, so renders run twice and effects mount, clean up and mount again (the
    // Strict mode story checks it). Not a <StrictMode> decorator: Storybook mounts its own keyed
    // component above the decorators for each story, and React double-runs the effects of a first
    // mount only when StrictMode sits at or above the component that mounts. Nor the framework's
    // `strictMode` option: the Vitest plugin does not pass framework options to the story tests.
    react: { rootOptions: { unstable_strictMode: true } },
    layout: 'fullscreen',
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
}

export default preview
