import type { CSSProperties } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { TOKEN_GROUPS, type TokenGroup, type TokenName } from '../src/styles/tokens'

const GROUP_TITLES: Record<TokenGroup, string> = {
  surface: 'Surfaces and text',
  action: 'Actions',
  status: 'Status and customer types',
  radius: 'Radius',
  spacing: 'Spacing',
  density: 'Density',
  typography: 'Typography',
  shadow: 'Shadows',
  focus: 'Focus ring',
  motion: 'Motion',
  zIndex: 'Stacking',
}

/** Shows the token's computed value on this root (read after mount, so it is what CSS resolved). */
function ComputedValue({ name }: { name: TokenName }) {
  return (
    <code
      ref={(element) => {
        if (element) element.textContent = getComputedStyle(element).getPropertyValue(name).trim()
      }}
      style={{ color: 'var(--hx-color-muted-fg)', fontSize: 'var(--hx-font-size-xs)', fontFamily: 'var(--hx-font-family-mono)' }}
    />
  )
}

function Preview({ group, name }: { group: TokenGroup; name: TokenName }) {
  const base: CSSProperties = { width: 40, height: 28, flexShrink: 0 }
  const v = `var(${name})`
  switch (group) {
    case 'surface':
    case 'action':
    case 'status':
      return <span style={{ ...base, background: v, border: '1px solid var(--hx-color-border)', borderRadius: 'var(--hx-radius-sm)' }} />
    case 'radius':
      return <span style={{ ...base, border: '2px solid var(--hx-color-muted-fg)', borderRadius: v }} />
    case 'spacing':
      return (
        <span style={{ ...base, display: 'flex', alignItems: 'center' }}>
          <span style={{ width: v, height: 8, background: 'var(--hx-color-primary)' }} />
        </span>
      )
    case 'shadow':
      return <span style={{ ...base, background: 'var(--hx-color-surface)', boxShadow: v, borderRadius: 'var(--hx-radius-sm)' }} />
    case 'typography':
      return name.startsWith('--hx-font-size') ? (
        <span style={{ ...base, fontSize: v, lineHeight: 1 }}>Aa</span>
      ) : (
        <span style={{ ...base }} />
      )
    default:
      return <span style={base} />
  }
}

function TokenTable({ scheme }: { scheme: 'light' | 'dark' }) {
  return (
    <section
      className="hx-root"
      data-hx-color-scheme={scheme}
      aria-labelledby={`tokens-${scheme}`}
      style={{ padding: 24, borderRadius: 'var(--hx-radius-lg)', border: '1px solid var(--hx-color-border)' }}
    >
      <h2 id={`tokens-${scheme}`} style={{ margin: '0 0 16px', fontSize: 'var(--hx-font-size-xl)' }}>
        {scheme === 'light' ? 'Light' : 'Dark'}
      </h2>
      {(Object.keys(TOKEN_GROUPS) as TokenGroup[]).map((group) => (
        <div key={group} style={{ marginBottom: 20 }}>
          <h3 style={{ margin: '0 0 8px', fontSize: 'var(--hx-font-size-sm)', fontWeight: 'var(--hx-font-weight-semibold)' }}>
            {GROUP_TITLES[group]}
          </h3>
          <ul style={{ display: 'grid', gap: 6, margin: 0, padding: 0, listStyle: 'none' }}>
            {TOKEN_GROUPS[group].map((name) => (
              <li key={name} data-token={name} style={{ display: 'flex', alignItems: 'center', gap: 12, minHeight: 28 }}>
                <Preview group={group} name={name} />
                <span style={{ display: 'grid', minWidth: 0 }}>
                  <code style={{ fontSize: 'var(--hx-font-size-xs)', fontFamily: 'var(--hx-font-family-mono)' }}>{name}</code>
                  <ComputedValue name={name} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

function Theme() {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: 24, padding: 24 }}>
      <TokenTable scheme="light" />
      <TokenTable scheme="dark" />
    </div>
  )
}

const meta = {
  title: 'Theme/Tokens',
  component: Theme,
  parameters: { payments: { noProvider: true } },
} satisfies Meta<typeof Theme>

export default meta
type Story = StoryObj<typeof meta>

/** Every `--hx-*` token, light and dark side by side, with the value CSS resolved. */
export const Tokens: Story = {
  play: async ({ canvasElement }) => {
    const light = canvasElement.querySelector('[data-hx-color-scheme="light"] [data-token="--hx-color-bg"] code + code')
    const dark = canvasElement.querySelector('[data-hx-color-scheme="dark"] [data-token="--hx-color-bg"] code + code')
    await expect(light).toHaveTextContent('#ffffff')
    await expect(dark).toHaveTextContent('#0f172a')
  },
}
