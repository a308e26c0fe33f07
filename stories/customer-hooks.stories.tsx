import { useRef } from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { useCustomerSelector } from '../src/components/customer-selector/use-customer-selector'
import { useCustomersBrowser } from '../src/components/customers-browser/use-customers-browser'
import { CustomerTable } from '../src/components/customer-table/customer-table'
import { CustomerPaymentsSection } from '../src/components/customer-payments/customer-payments-section'
import { SelectedCustomer } from '../src/components/selected-customer/selected-customer'
import type { CustomerRef } from '../src/adapter/types'
import { Button } from '../src/ui/button'
import { page } from './ui/frame'

/** A host's own account picker on `useCustomerSelector`: an inline list instead of our dialog. */
function HostPicker({ onValueChange }: { onValueChange?: (value: CustomerRef | null) => void }) {
  const toggleRef = useRef<HTMLButtonElement>(null)
  const selector = useCustomerSelector({
    types: ['team', 'custom'],
    onValueChange: (value) => {
      onValueChange?.(value)
      toggleRef.current?.focus()
    },
  })
  return (
    <section aria-labelledby="host-picker-title" style={{ display: 'grid', gap: 12, maxInlineSize: 720 }}>
      <h2 id="host-picker-title" style={{ margin: 0, fontSize: 18 }}>
        Billing account
      </h2>
      <div data-testid="host-picker-value">
        {selector.value ? <SelectedCustomer customer={selector.value} /> : <span>No account chosen</span>}
      </div>
      <div>
        <Button ref={toggleRef} variant="outline" aria-expanded={selector.open} onClick={() => selector.setOpen(!selector.open)}>
          {selector.open ? 'Close the list' : 'Pick an account'}
        </Button>
      </div>
      {selector.open ? (
        <CustomerTable
          mode="picker"
          height={300}
          types={selector.types}
          search={selector.search}
          onSearchChange={selector.setSearch}
          onCustomerSelect={selector.pick}
          toolbar={
            selector.freeFormId ? (
              <Button size="sm" onClick={selector.pickFreeForm}>
                Bill {selector.freeFormId}
              </Button>
            ) : null
          }
        />
      ) : null}
    </section>
  )
}

/** A host's own customers page on `useCustomersBrowser`: teams only, a breadcrumb as Back. */
function HostBrowser() {
  const { rootRef, backRef, ...browser } = useCustomersBrowser({ defaultType: 'team' })
  const selected = browser.selectedCustomer
  return (
    <div ref={rootRef} style={{ display: 'grid', gap: 12 }}>
      {selected ? (
        <>
          <nav aria-label="Breadcrumb" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <Button ref={backRef} variant="ghost" size="sm" onClick={browser.back}>
              All teams
            </Button>
            <span aria-current="page">{selected.id}</span>
          </nav>
          <CustomerPaymentsSection customerType={selected.type} customerId={selected.id} readOnly />
        </>
      ) : (
        <CustomerTable height={360} types={['team']} {...browser.tableProps} />
      )}
    </div>
  )
}

/**
 * The picker's and the browser's hooks under a host's own UI: `useCustomerSelector` (value, open,
 * search, the typed custom id) and `useCustomersBrowser` (selected customer, filters, saved
 * scroll offset, Back with focus on the opened row).
 */
const meta = {
  title: 'Components/Customer hooks',
  component: HostPicker,
  decorators: [page],
  args: { onValueChange: fn() },
} satisfies Meta<typeof HostPicker>

export default meta
type Story = StoryObj<typeof meta>

/** An inline list instead of a dialog: pick a row, or type an id and bill that custom customer. */
export const HostBuiltPicker: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Pick an account' }))
    await userEvent.type(await canvas.findByRole('searchbox'), 'acme-new')
    await userEvent.click(await canvas.findByRole('button', { name: 'Bill acme-new' }))
    await waitFor(() => expect(args.onValueChange).toHaveBeenCalledWith({ type: 'custom', id: 'acme-new' }))
    await expect(canvas.getByTestId('host-picker-value')).toHaveTextContent('acme-new')
    await expect(canvas.getByRole('button', { name: 'Pick an account' })).toHaveFocus()
  },
}

/** The customers page rebuilt: teams only, a breadcrumb back, focus back on the opened row. */
export const HostBuiltBrowser: Story = {
  render: () => <HostBrowser />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="customer-table-row"]')).not.toBeNull())
    const row = canvasElement.querySelector<HTMLElement>('[data-slot="customer-table-row"]') as HTMLElement
    const key = row.dataset.key
    await userEvent.click(row)
    const back = await canvas.findByRole('button', { name: 'All teams' })
    await waitFor(() => expect(back).toHaveFocus())
    await userEvent.click(back)
    await waitFor(() => expect(canvasElement.ownerDocument.activeElement).toHaveAttribute('data-key', key))
  },
}
