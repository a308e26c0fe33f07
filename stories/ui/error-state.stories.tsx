import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { ErrorState } from '../../src/ui/error-state'
import { stacked } from './frame'

const meta = {
  title: 'UI/ErrorState',
  component: ErrorState,
  decorators: [stacked],
  args: {
    message: 'The payments backend could not be reached. Check your connection and try again.',
    onRetry: fn(),
  },
} satisfies Meta<typeof ErrorState>

export default meta
type Story = StoryObj<typeof meta>

/** Retry calls `onRetry`. */
export const WithRetry: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('alert')).toHaveTextContent('could not be reached')
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }))
    await expect(args.onRetry).toHaveBeenCalledTimes(1)
  },
}

/** While retrying the button is pending: focus stays, clicks are ignored. */
export const Retrying: Story = {
  args: { isRetrying: true },
  play: async ({ canvasElement, args }) => {
    const retry = within(canvasElement).getByRole('button', { name: 'Retry' })
    await expect(retry).toHaveAttribute('aria-busy', 'true')
    await userEvent.click(retry)
    await expect(args.onRetry).not.toHaveBeenCalled()
  },
}

export const WithoutRetry: Story = {
  args: { onRetry: undefined, title: 'You do not have access', message: 'Ask an admin of this project for access.' },
}

export const WithRetryDark: Story = { ...WithRetry, parameters: { payments: { theme: 'dark' } } }
