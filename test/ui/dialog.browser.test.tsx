import { useState } from 'react'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { describe, expect, it } from 'vitest'
import { PaymentsProvider } from '../../src/payments-provider'
import { createTestAdapter } from '../../src/testing/test-adapter'
import { Button } from '../../src/ui/button'
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  type DialogContentProps,
} from '../../src/ui/dialog'
import { Input, SearchInput } from '../../src/ui/input'
import { describeConformance, expectNoAxeViolations } from '../conformance'

function Example(props: Partial<DialogContentProps>) {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>Create checkout</Button>
      </DialogTrigger>
      <DialogContent {...props}>
        <DialogHeader>
          <DialogTitle>Create checkout</DialogTitle>
          <DialogDescription>Send this customer a link to pay.</DialogDescription>
        </DialogHeader>
        <label htmlFor="return-url">Return URL</label>
        <Input id="return-url" />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button>Create link</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}

function Open({ children }: { children: React.ReactNode }) {
  return (
    <Dialog open>
      <DialogContent>
        <DialogTitle>Title</DialogTitle>
        <DialogDescription>Description</DialogDescription>
        {children}
      </DialogContent>
    </Dialog>
  )
}

describeConformance('DialogContent', {
  render: (props) => (
    <Dialog open>
      <DialogContent {...props}>
        <DialogTitle>Title</DialogTitle>
        <DialogDescription>Description</DialogDescription>
      </DialogContent>
    </Dialog>
  ),
  slot: 'dialog-content',
  baseClass: 'hx-dialog-content',
  refType: HTMLDivElement,
})

describeConformance('DialogHeader', {
  render: (props) => (
    <Open>
      <DialogHeader {...props} />
    </Open>
  ),
  slot: 'dialog-header',
  baseClass: 'hx-dialog-header',
  refType: HTMLDivElement,
})

describeConformance('DialogFooter', {
  render: (props) => (
    <Open>
      <DialogFooter {...props} />
    </Open>
  ),
  slot: 'dialog-footer',
  baseClass: 'hx-dialog-footer',
  refType: HTMLDivElement,
})

describeConformance('DialogTitle', {
  render: (props) => (
    <Dialog open>
      {/* A host that gives the title its own id labels the dialog with it. */}
      <DialogContent aria-describedby={undefined} aria-labelledby={props.id}>
        <DialogTitle {...props}>Title</DialogTitle>
      </DialogContent>
    </Dialog>
  ),
  slot: 'dialog-title',
  baseClass: 'hx-dialog-title',
  refType: HTMLHeadingElement,
})

describeConformance('DialogDescription', {
  render: (props) => (
    <Dialog open>
      <DialogContent>
        <DialogTitle>Title</DialogTitle>
        <DialogDescription {...props}>Description</DialogDescription>
      </DialogContent>
    </Dialog>
  ),
  slot: 'dialog-description',
  baseClass: 'hx-dialog-description',
  refType: HTMLParagraphElement,
})

describe('Dialog', () => {
  it('opens from its trigger and moves focus inside', async () => {
    render(<Example />)
    await userEvent.click(screen.getByRole('button', { name: 'Create checkout' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create checkout' })
    expect(dialog).toHaveAccessibleDescription('Send this customer a link to pay.')
    expect(dialog.contains(document.activeElement)).toBe(true)
  })

  it('traps focus: Tab and Shift+Tab cycle inside the dialog', async () => {
    render(<Example />)
    await userEvent.click(screen.getByRole('button', { name: 'Create checkout' }))
    const dialog = await screen.findByRole('dialog')
    for (let i = 0; i < 6; i++) {
      await userEvent.keyboard('{Tab}')
      expect(dialog.contains(document.activeElement)).toBe(true)
    }
    for (let i = 0; i < 6; i++) {
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
      expect(dialog.contains(document.activeElement)).toBe(true)
    }
  })

  it('closes on Escape and returns focus to the trigger', async () => {
    render(<Example />)
    const trigger = screen.getByRole('button', { name: 'Create checkout' })
    await userEvent.click(trigger)
    await screen.findByRole('dialog')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(trigger).toHaveFocus()
  })

  it('closes from the named close button and from DialogClose', async () => {
    render(<Example closeLabel="Close dialog" />)
    const trigger = screen.getByRole('button', { name: 'Create checkout' })
    await userEvent.click(trigger)
    await userEvent.click(await screen.findByRole('button', { name: 'Close dialog' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(trigger).toHaveFocus()

    await userEvent.click(trigger)
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it('clears a search field on the first Escape and closes on the second', async () => {
    function WithSearch() {
      const [search, setSearch] = useState('')
      return (
        <Dialog defaultOpen>
          <DialogContent aria-describedby={undefined}>
            <DialogTitle>Pick a product</DialogTitle>
            <SearchInput aria-label="Search products" value={search} onValueChange={setSearch} />
          </DialogContent>
        </Dialog>
      )
    }
    render(<WithSearch />)
    const input = await screen.findByRole('searchbox', { name: 'Search products' })
    await userEvent.type(input, 'pro')
    expect(input).toHaveValue('pro')
    await userEvent.keyboard('{Escape}')
    expect(input).toHaveValue('')
    expect(input).toHaveFocus()
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it('mirrors size to data-size', async () => {
    render(
      <Open>
        <p>Body</p>
      </Open>,
    )
    expect(await screen.findByRole('dialog')).toHaveAttribute('data-size', 'md')
  })

  it('portals into the provider container and carries its colour scheme', async () => {
    function Host() {
      const [container, setContainer] = useState<HTMLElement | null>(null)
      return (
        <PaymentsProvider adapter={createTestAdapter()} portalContainer={container} colorScheme="dark">
          <div ref={setContainer} data-testid="portal-host" />
          {container ? <Example /> : null}
        </PaymentsProvider>
      )
    }
    render(<Host />)
    await userEvent.click(await screen.findByRole('button', { name: 'Create checkout' }))
    const dialog = await screen.findByRole('dialog')
    expect(screen.getByTestId('portal-host').contains(dialog)).toBe(true)
    expect(dialog).toHaveClass('hx-root')
    expect(dialog).toHaveAttribute('data-hx-color-scheme', 'dark')
  })

  it('portals into document.body with data-hx-color-scheme="inherit" outside a provider', async () => {
    render(<Example />)
    await userEvent.click(screen.getByRole('button', { name: 'Create checkout' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog.parentElement).toBe(document.body)
    expect(dialog).toHaveAttribute('data-hx-color-scheme', 'inherit')
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations while open in ${scheme}`, async () => {
      render(<Example colorScheme={scheme} />)
      await userEvent.click(screen.getByRole('button', { name: 'Create checkout' }))
      const dialog = await screen.findByRole('dialog')
      await waitFor(() => expect(dialog.getAnimations()).toEqual([]))
      await expectNoAxeViolations(document.body)
    })
  }
})
