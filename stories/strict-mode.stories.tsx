import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { createEffectProbe } from '../test/effect-probe'

const { events, EffectProbe } = createEffectProbe()

/** A check on the Storybook set-up, not a component: hidden from the sidebar, run as a story test. */
const meta = {
  title: 'Testing/Strict mode',
  component: EffectProbe,
  tags: ['!dev', '!autodocs'],
  args: { children: <p style={{ margin: 16 }}>This story's effect ran under StrictMode.</p> },
  parameters: { payments: { noProvider: true } },
  beforeEach: () => {
    events.length = 0
  },
} satisfies Meta<typeof EffectProbe>
export default meta

type Story = StoryObj<typeof meta>

/** Every story's React root is strict (see .storybook/preview.tsx): effects mount, clean up and mount again. */
export const EffectsRunTwice: Story = {
  play: async () => {
    await waitFor(() => expect(events).toEqual(['mount', 'cleanup', 'mount']))
  },
}
