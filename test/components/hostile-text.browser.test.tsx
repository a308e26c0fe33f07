import { describe, expect, it } from 'vitest'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { page } from 'vitest/browser'
import axe from 'axe-core'
import type { ReactNode } from 'react'
import { PaymentsProvider } from '../../src/payments-provider'
import { composeStories } from '@storybook/react-vite'
import preview from '../../.storybook/preview'
import * as HostileStories from '../../stories/hostile-text.stories'
import { AdjustItemDialog } from '../../src/components/customer-payments/actions/adjust-item-dialog'
import { CancelSubscriptionDialog } from '../../src/components/customer-payments/actions/cancel-subscription-dialog'
import { RefundTransactionDialog } from '../../src/components/customer-payments/actions/refund-transaction-dialog'
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

const signal = () => new AbortController().signal

/** Renders one action dialog over the hostile adapter and resolves with it once open and settled. */
async function openDialog(name: string | RegExp, dialog: ReactNode) {
  render(<PaymentsProvider adapter={hostileAdapter()}>{dialog}</PaymentsProvider>)
  const element = await screen.findByRole('dialog', { name })
  await waitFor(() => expect(element.getAnimations({ subtree: true })).toEqual([]))
  return element
}

/** `after` is painted entirely after (to the right of) all of `name` in `root`. */
function expectPaintedAfter(root: Element, name: string, after: string) {
  expect(textRect(root, after).left).toBeGreaterThanOrEqual(textRect(root, name).right - 1)
}

// The stories are the fixtures: rendered with the project's decorators (the hostile adapter's provider).
const stories = composeStories(HostileStories, preview)

function renderIn(width: number, children: ReactNode) {
  return render(<div style={{ inlineSize: width }}>{children}</div>)
}

async function expectNoAxeViolations() {
  expect((await axe.run(document.body, noRegion)).violations).toEqual([])
}

describe('hostile adapter text', () => {
  it('keeps a transaction line in order when a product name holds a right-to-left override', async () => {
    const { container } = renderIn(900, <stories.PaymentsSection />)
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
    const { container } = renderIn(720, <stories.PaymentsSection />)
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
    render(<stories.CreateCheckout />)
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
    const { container } = renderIn(900, <stories.CustomersTable />)
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

  it('keeps sentences of the action dialogs in order around a right-to-left override', async () => {
    const adapter = hostileAdapter()
    const transactions = await adapter.listTransactions({ customer: HOSTILE, limit: 100, signal: signal() })
    const purchase = transactions.items.find((transaction) => transaction.id === 'tx-rlo')
    const owned = (await adapter.listOwnedProducts({ customer: HOSTILE, limit: 100, signal: signal() })).items.find(
      (product) => product.id === 'rlo',
    )
    if (!purchase || !owned) throw new Error('The hostile ledger has no RLO purchase')

    const refund = await openDialog('Refund transaction?', <RefundTransactionDialog customer={HOSTILE} transaction={purchase} open onOpenChange={() => {}} />)
    const summary = refund.querySelector('[data-slot="refund-transaction-summary"]') as HTMLElement
    // "Pro plan × 2", not "Pro 2 × nalp".
    expectPaintedAfter(summary, RLO_NAME, '× 2')
    await page.screenshot({ path: `${SHOTS}/refund-dialog.png` })
    await expectNoAxeViolations()
    cleanup()

    const cancel = await openDialog('Cancel subscription?', <CancelSubscriptionDialog customer={HOSTILE} product={owned} open onOpenChange={() => {}} />)
    const description = within(cancel).getByText(/stays active/)
    expectPaintedAfter(description, RLO_NAME, 'stays active until')
    await expectNoAxeViolations()
  })

  it('keeps a dialog title with a 10,000-character name short, in the dialog, with the full name on hover', async () => {
    const item = { itemId: 'long-item', displayName: LONG_NAME, quantity: 501 }
    const dialog = await openDialog(/^Adjust EnterpriseWWW/, <AdjustItemDialog customer={HOSTILE} item={item} open onOpenChange={() => {}} />)
    const title = within(dialog).getByRole('heading')
    // A few lines in the narrowest dialog, not the ~600 lines the whole name would take.
    const lines = title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight)
    expect(lines).toBeLessThanOrEqual(8)
    expect(title.textContent?.length).toBeLessThan(100)
    expect(title.querySelector(`[title="${LONG_NAME}"]`)).not.toBeNull()
    expect(overflowX(dialog)).toBe(0)
    expect(dialog.getBoundingClientRect().right).toBeLessThanOrEqual(window.innerWidth)
    // Its accessible name is short too: a screen reader does not read 10,000 characters.
    expect(dialog.getAttribute('aria-labelledby')).not.toBeNull()
    expect(title.textContent?.endsWith('…')).toBe(true)
    await page.screenshot({ path: `${SHOTS}/adjust-dialog.png` })
    await expectNoAxeViolations()
  })
})
