import { afterEach, describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { cdp, userEvent } from 'vitest/browser'
import { PaymentsProvider } from '../../src/payments-provider'
import { createMemoryAdapter } from '../../src/adapters/memory'
import { CustomerTable } from '../../src/components/customer-table/customer-table'

// A row's Copy ID and ⋯ buttons are one element each, their icons drawn by the stylesheet (its
// ::before and ::after, per `data-icon`: borders, a circle and its shadows), not inline SVGs.
const adapter = createMemoryAdapter({ users: 20, teams: 0, customCustomers: 0 })

function renderTable(colorScheme?: 'dark') {
  return render(
    <PaymentsProvider adapter={adapter} colorScheme={colorScheme}>
      {/* wide enough that the ID column shows (narrow tables hide it) */}
      <div style={{ width: 1000 }}>
        <CustomerTable height={400} />
      </div>
    </PaymentsProvider>,
  )
}

async function firstRow() {
  const row = await waitFor(() => {
    const found = document.querySelector<HTMLElement>('[data-slot="customer-table-row"][data-index="0"]')
    expect(found).not.toBeNull()
    return found as HTMLElement
  })
  return row
}

/**
 * The drawn icon of a button: its ::before, what it draws (`drawn`: the colour of its borders or,
 * for the dots, its fill), whether an image is involved, and the button's own text colour.
 */
function icon(button: HTMLElement) {
  const before = getComputedStyle(button, '::before')
  const filled = before.backgroundColor !== 'rgba(0, 0, 0, 0)'
  return {
    shown: before.content !== 'none' && before.visibility === 'visible',
    image: `${before.maskImage} ${before.backgroundImage}`,
    color: filled ? before.backgroundColor : before.borderBottomColor,
    buttonColor: getComputedStyle(button).color,
  }
}

describe("CustomerTable's row buttons", () => {
  it('show a named, tooltipped Copy ID button with its icon, which turns into a check once the id is copied', async () => {
    renderTable()
    const row = await firstRow()
    const copy = within(row).getByRole('button', { name: 'Copy ID' })
    expect(copy).toHaveAttribute('title', 'Copy ID')
    expect(copy).toHaveAttribute('data-icon', 'copy')
    expect(copy.querySelector('svg')).toBeNull()
    const drawn = icon(copy)
    expect(drawn.shown).toBe(true)
    // No image (an SVG mask costs Chromium a document per icon and a mask layer per button).
    expect(drawn.image).toBe('none none')
    expect(drawn.color).toBe(drawn.buttonColor)
    expect(getComputedStyle(copy, '::before').transform).toBe('none')

    await userEvent.click(copy)
    const copied = await within(row).findByRole('button', { name: 'ID copied' })
    expect(copied).toHaveAttribute('data-icon', 'check')
    // The check is an L turned 45°, which the copy icon's squares are not.
    expect(getComputedStyle(copied, '::before').transform).toMatch(/^matrix\(0\.7071\d*, 0\.7071\d*, -0\.7071\d*, 0\.7071/)
    expect(icon(copied).color).toBe(drawn.buttonColor)
  })

  it('draw their icons in the text colour of the dark theme too', async () => {
    renderTable('dark')
    const row = await firstRow()
    const menu = within(row).getByRole('button', { name: /^Actions for / })
    const drawn = icon(menu)
    expect(drawn.shown).toBe(true)
    expect(drawn.color).toBe(drawn.buttonColor)
    // light text on the dark theme's background
    const [r = 0, g = 0, b = 0] = (drawn.color.match(/\d+(\.\d+)?/g) ?? []).map(Number)
    expect(r + g + b).toBeGreaterThan(3 * 128)
  })

  it('open the row menu from the ⋯ button, which tells that it has one and that it is open', async () => {
    renderTable()
    const row = await firstRow()
    const trigger = within(row).getByRole('button', { name: /^Actions for / })
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu')
    expect(trigger).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(trigger)
    const menu = await screen.findByRole('menu')
    // the menu fades in
    await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'Copy ID' })).toBeVisible())
    await waitFor(() => expect(within(row).getByRole('button', { name: /^Actions for / })).toHaveAttribute('aria-expanded', 'true'))
  })

  describe('in forced colours', () => {
    const forcedColors = (value: 'active' | 'none') =>
      cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] })
    afterEach(async () => {
      await forcedColors('none')
    })

    it('draw their icons in the system button text colour, which forced colours would otherwise paint over', async () => {
      renderTable()
      const row = await firstRow()
      await forcedColors('active')
      expect(matchMedia('(forced-colors: active)').matches).toBe(true)
      const probe = document.body.appendChild(document.createElement('span'))
      probe.style.color = 'ButtonText'
      const buttonText = getComputedStyle(probe).color
      probe.remove()
      for (const button of [within(row).getByRole('button', { name: 'Copy ID' }), within(row).getByRole('button', { name: /^Actions for / })]) {
        const drawn = icon(button)
        expect(drawn.shown).toBe(true)
        expect(drawn.color).toBe(buttonText)
      }
    })
  })
})
