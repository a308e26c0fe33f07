import type { Decorator } from '@storybook/react-vite'

/** Pads a primitive story and lays its examples out in a wrapping row. */
export const padded: Decorator = (Story) => (
  <div style={{ padding: 24, display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
    <Story />
  </div>
)

/** Pads a story and stacks its examples in a column. */
export const stacked: Decorator = (Story) => (
  <div style={{ padding: 24, display: 'grid', gap: 16, maxWidth: 480 }}>
    <Story />
  </div>
)

/** Pads a full-width component story. */
export const page: Decorator = (Story) => (
  <div style={{ padding: 24 }}>
    <Story />
  </div>
)
