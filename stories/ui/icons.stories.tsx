import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { icons } from '../../src/ui/icons'

function Gallery({ size }: { size?: number }) {
  return (
    <ul
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))',
        gap: 12,
        padding: 24,
        margin: 0,
        listStyle: 'none',
      }}
    >
      {Object.entries(icons).map(([name, Icon]) => (
        <li
          key={name}
          style={{
            display: 'grid',
            justifyItems: 'center',
            gap: 8,
            padding: 12,
            border: '1px solid var(--hx-color-border)',
            borderRadius: 'var(--hx-radius-md)',
          }}
        >
          <Icon size={size} />
          <code style={{ fontSize: 'var(--hx-font-size-xs)', color: 'var(--hx-color-muted-fg)' }}>{name}</code>
        </li>
      ))}
    </ul>
  )
}

const meta = {
  title: 'UI/Icons',
  component: Gallery,
  args: { size: 24 },
} satisfies Meta<typeof Gallery>

export default meta
type Story = StoryObj<typeof meta>

export const All: Story = {
  play: async ({ canvasElement }) => {
    const svgs = canvasElement.querySelectorAll('svg[data-slot="icon"]')
    await expect(svgs.length).toBe(Object.keys(icons).length)
    for (const svg of svgs) await expect(svg).toHaveAttribute('aria-hidden', 'true')
  },
}

export const AllDark: Story = { ...All, parameters: { payments: { theme: 'dark' } } }
