import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import { page } from 'vitest/browser'
import axe from 'axe-core'
import type { ReactNode } from 'react'
import { PaymentsProvider } from '../../src/data/payments-provider'
import { CustomerPaymentsSection } from '../../src/components/customer-payments/customer-payments-section'
import { CreateCheckoutDialog } from '../../src/components/create-checkout/create-checkout-dialog'
import { CustomerTable } from '../../src/components/customer-table/customer-table'
import { unsettled } from '../../stories/fixtures/customer-payments'
import {
  HOSTILE,
  heights,
  hostileAdapter,
  LONG_NAME,
  MARKUP_NAME,
  overflowX,
  RLO_NAME,
  textRect,
} from '../../stories/fixtures/hostile-text'

const noRegion = { rules: { region: { enabled: false } } }
/** Screenshots for a visual check (`__screenshots__/` is gitignored: nothing is committed). */
const SHOTS = '__screenshots__/hostile-text'

function renderIn(width: number, children: ReactNode) {
  return render(
    <PaymentsProvider adapter={hostileAdapter()}>
      <div style={{ inlineSize: width }}>{children}</div>
    </PaymentsProvider>,
  )
}

async function expectNoAxeViolations() {
  expect((await axe.run(document.body, noRegion)).violations).toEqual([])
}

describe('hostile adapter text', () => {
  it('keeps a transaction line in order when a product name holds a right-to-left override', async () => {
    const { container } = renderIn(900, <CustomerPaymentsSection customerType={HOSTILE.type} customerId={HOSTILE.id} />)
    await waitFor(() => expect(unsettled(container)).toEqual([]))
    const row = container.querySelector<HTMLElement>('[data-transaction-id="tx-rlo"]')
    if (!row) throw new Error('No RLO transaction row')
    const details = within(row).getByText((_, element) => element?.getAttribute('data-slot') === 'customer-payments-transaction-details')

    // What a user sees: the quantity painted after (to the right of) the whole name, not inside it.
    const name = textRect(details, RLO_NAME)
    const quantity = textRect(details, '×2')
    expect(quantity.left).toBeGreaterThanOrEqual(name.right - 1)
    // How: the name is in its own isolated element.
    const isolated = details.querySelector('bdi')
    expect(isolated?.textContent).toBe(RLO_NAME)
    expect(getComputedStyle(isolated as Element).unicodeBidi).toBe('isolate')

    await page.screenshot({ path: `${SHOTS}/payments-section.png` })
    await expectNoAxeViolations()
  })

  it('keeps products, items and transactions of a 10,000-character name within a usable height and width', async () => {
    const { container } = renderIn(720, <CustomerPaymentsSection customerType={HOSTILE.type} customerId={HOSTILE.id} />)
    await waitFor(() => expect(unsettled(container)).toEqual([]))
    const root = container.querySelector<HTMLElement>('[data-slot="customer-payments"]') ?? container
    for (const selector of ['[data-slot="customer-payments-product"]', '[data-slot="customer-payments-item"]', '[data-slot="customer-payments-transaction"]']) {
      const sizes = heights(root, selector)
      expect(sizes.length, selector).toBeGreaterThan(0)
      expect(Math.max(...sizes), selector).toBeLessThan(160)
    }
    // Nothing inside is wider than the section (truncated names are clipped to their box).
    const width = root.getBoundingClientRect().width
    const wider = Array.from(root.querySelectorAll('*')).filter((element) => element.getBoundingClientRect().width > width)
    expect(wider.map((element) => element.getAttribute('data-slot') ?? element.className)).toEqual([])
    expect(overflowX(root)).toBe(0)
    expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(720)
    // The full name stays available on hover.
    expect(root.querySelector(`[title="${LONG_NAME}"]`)).not.toBeNull()
  })

  it('keeps the product chooser within the dialog with a 10,000-character name and shows its price', async () => {
    render(
      <PaymentsProvider adapter={hostileAdapter()}>
        <CreateCheckoutDialog defaultOpen customer={HOSTILE} />
      </PaymentsProvider>,
    )
    const dialog = await screen.findByRole('dialog', { name: 'Create checkout link' })
    const radio = await within(dialog).findByRole('radio', { name: /^EnterpriseWWW/ })
    const chooser = dialog.querySelector<HTMLElement>('[data-slot="product-chooser"]')
    if (!chooser) throw new Error('No product chooser')
    await waitFor(() => expect(radio).toBeVisible())

    expect(overflowX(chooser)).toBe(0)
    expect(overflowX(dialog)).toBe(0)
    const option = radio.closest('label') as HTMLElement
    const price = within(option).getByText('$13.00', { exact: false })
    const box = dialog.getBoundingClientRect()
    const priceBox = price.getBoundingClientRect()
    expect(priceBox.width).toBeGreaterThan(0)
    expect(priceBox.left).toBeGreaterThanOrEqual(box.left)
    expect(priceBox.right).toBeLessThanOrEqual(box.right)
    expect(option.getBoundingClientRect().height).toBeLessThan(120)

    await page.screenshot({ path: `${SHOTS}/create-checkout.png` })
    await expectNoAxeViolations()
  })

  it('shows markup-looking names as text and isolates and truncates names in the customers table', async () => {
    const { container } = renderIn(900, <CustomerTable height={400} defaultType="custom" />)
    const grid = await screen.findByRole('grid')
    await within(grid).findByText(MARKUP_NAME)
    expect(container.querySelector('img[src="x"]')).toBeNull()

    const long = await within(grid).findByText(LONG_NAME)
    const cell = long.closest('[role="gridcell"]') as HTMLElement
    expect(long.getBoundingClientRect().right).toBeLessThanOrEqual(cell.getBoundingClientRect().right + 1)
    expect(long.getAttribute('title')).toBe(LONG_NAME)
    const rlo = within(grid).getByText(RLO_NAME)
    expect(getComputedStyle(rlo).unicodeBidi).toBe('isolate')
    expect(overflowX(grid)).toBe(0)

    await page.screenshot({ path: `${SHOTS}/customer-table.png` })
    await expectNoAxeViolations()
  })
})
