import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { Skeleton } from '../../src/ui/skeleton'
import { stacked } from './frame'

const meta = {
  title: 'UI/Skeleton',
  component: Skeleton,
  decorators: [stacked],
  args: { width: 240, height: 14 },
} satisfies Meta<typeof Skeleton>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/** Skeletons shaped like a customer row: avatar, name and email, badge, amount. */
export const Row: Story = {
  render: () => (
    <div aria-busy="true" aria-label="Loading customers" role="group" style={{ display: 'grid', gap: 12 }}>
      {[0, 1, 2].map((row) => (
        <div key={row} style={{ display: 'flex', gap: 12, alignItems: 'center', height: 'var(--hx-row-height)' }}>
          <Skeleton width={28} height={28} radius="full" />
          <div style={{ display: 'grid', gap: 6, flex: 1 }}>
            <Skeleton width="40%" height={12} />
            <Skeleton width="60%" height={10} />
          </div>
          <Skeleton width={48} height={20} radius="full" />
          <Skeleton width={64} height={12} />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const skeletons = canvasElement.querySelectorAll('[data-slot="skeleton"]')
    await expect(skeletons.length).toBe(15)
    for (const skeleton of skeletons) await expect(skeleton).toHaveAttribute('aria-hidden', 'true')
    await expect(within(canvasElement).getByRole('group', { name: 'Loading customers' })).toBeInTheDocument()
  },
}

export const RowDark: Story = { ...Row, parameters: { payments: { theme: 'dark' } } }
