import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// A factory: sharing one browser object between projects mislabels the storybook project.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
  instances: [{ browser: 'chromium' as const }],
})

// Pre-bundle every browser dependency up front: a mid-run re-optimisation reloads the page and
// loads a second copy of React ("Cannot read properties of null (reading 'useRef')").
const optimizeDeps = {
  include: [
    'react',
    'react-dom',
    'react-dom/client',
    'react-dom/server',
    'react/jsx-runtime',
    'react/jsx-dev-runtime',
    '@radix-ui/react-dialog',
    '@radix-ui/react-dropdown-menu',
    '@tanstack/react-query',
    '@tanstack/react-table',
    '@tanstack/react-virtual',
    'class-variance-authority',
    'valibot',
    'axe-core',
    '@testing-library/react',
    '@testing-library/jest-dom/vitest',
  ],
}

// Generous per-test limits: on a busy machine (two cores shared with other work) a browser test or
// a story's play function that normally takes 1–3 s can take ten times as long. A test waits on
// conditions, so a longer limit only slows down a failing one.
const BROWSER_TEST_TIMEOUT_MS = 60_000
const UNIT_TEST_TIMEOUT_MS = 30_000

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup.jsdom.ts'],
          testTimeout: UNIT_TEST_TIMEOUT_MS,
        },
      },
      {
        plugins: [react()],
        optimizeDeps,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup.browser.ts'],
          testTimeout: BROWSER_TEST_TIMEOUT_MS,
          hookTimeout: BROWSER_TEST_TIMEOUT_MS,
          browser: browser(),
        },
      },
      {
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        optimizeDeps,
        test: { name: 'storybook', testTimeout: BROWSER_TEST_TIMEOUT_MS, hookTimeout: BROWSER_TEST_TIMEOUT_MS, browser: browser() },
      },
    ],
  },
})
