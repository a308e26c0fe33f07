import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { describe, expect, it, vi } from 'vitest'
import { Button } from '../../src/ui/button'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
  type DropdownMenuContentProps,
} from '../../src/ui/dropdown-menu'
import { describeConformance, expectNoAxeViolations } from '../conformance'

function Example({
  onCheckout = () => {},
  onDelete = () => {},
  ...content
}: Partial<DropdownMenuContentProps> & { onCheckout?: () => void; onDelete?: () => void }) {
  return (
    <>
      <p>Customer row</p>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline">Actions</Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent {...content}>
          <DropdownMenuLabel>Customer</DropdownMenuLabel>
          <DropdownMenuItem onSelect={onCheckout}>Create checkout</DropdownMenuItem>
          <DropdownMenuItem disabled>Grant product</DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" onSelect={onDelete}>
            Cancel subscription
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <a href="#after">A link after the menu</a>
    </>
  )
}

function Open({ children }: { children: React.ReactNode }) {
  return (
    <DropdownMenu open>
      <DropdownMenuTrigger>Open</DropdownMenuTrigger>
      <DropdownMenuContent>{children}</DropdownMenuContent>
    </DropdownMenu>
  )
}

describeConformance('DropdownMenuContent', {
  render: (props) => (
    <DropdownMenu open>
      <DropdownMenuTrigger>Open</DropdownMenuTrigger>
      <DropdownMenuContent {...props}>
        <DropdownMenuItem>One</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  ),
  slot: 'dropdown-menu-content',
  baseClass: 'hx-menu-content',
  refType: HTMLDivElement,
})

describeConformance('DropdownMenuItem', {
  render: (props) => (
    <Open>
      <DropdownMenuItem {...props}>One</DropdownMenuItem>
    </Open>
  ),
  slot: 'dropdown-menu-item',
  baseClass: 'hx-menu-item',
  refType: HTMLDivElement,
})

describeConformance('DropdownMenuLabel', {
  render: (props) => (
    <Open>
      <DropdownMenuLabel {...props}>Label</DropdownMenuLabel>
      <DropdownMenuItem>One</DropdownMenuItem>
    </Open>
  ),
  slot: 'dropdown-menu-label',
  baseClass: 'hx-menu-label',
  refType: HTMLDivElement,
})

describeConformance('DropdownMenuSeparator', {
  render: (props) => (
    <Open>
      <DropdownMenuSeparator {...props} />
    </Open>
  ),
  slot: 'dropdown-menu-separator',
  baseClass: 'hx-menu-separator',
  refType: HTMLDivElement,
})

describe('DropdownMenu', () => {
  it('opens with Enter, focuses the first item and activates it with Enter', async () => {
    const onCheckout = vi.fn()
    render(<Example onCheckout={onCheckout} />)
    screen.getByRole('button', { name: 'Actions' }).focus()
    await userEvent.keyboard('{Enter}')
    const menu = await screen.findByRole('menu')
    await waitFor(() => expect(screen.getByRole('menuitem', { name: 'Create checkout' })).toHaveFocus())
    expect(menu).toHaveClass('hx-root')
    await userEvent.keyboard('{Enter}')
    expect(onCheckout).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument())
    expect(screen.getByRole('button', { name: 'Actions' })).toHaveFocus()
  })

  it('opens with ArrowDown, skips disabled items and activates the destructive item', async () => {
    const onDelete = vi.fn()
    render(<Example onDelete={onDelete} />)
    screen.getByRole('button', { name: 'Actions' }).focus()
    await userEvent.keyboard('{ArrowDown}')
    await waitFor(() => expect(screen.getByRole('menuitem', { name: 'Create checkout' })).toHaveFocus())
    await userEvent.keyboard('{ArrowDown}')
    const destructive = screen.getByRole('menuitem', { name: 'Cancel subscription' })
    expect(destructive).toHaveFocus()
    expect(destructive).toHaveAttribute('data-variant', 'destructive')
    expect(destructive).toHaveAttribute('data-highlighted')
    await userEvent.keyboard(' ')
    expect(onDelete).toHaveBeenCalledTimes(1)
  })

  it('closes on Escape and returns focus to the trigger', async () => {
    render(<Example />)
    const trigger = screen.getByRole('button', { name: 'Actions' })
    await userEvent.click(trigger)
    await screen.findByRole('menu')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument())
    expect(trigger).toHaveFocus()
  })

  it('is non-modal by default: the rest of the page is not aria-hidden', async () => {
    render(<Example />)
    await userEvent.click(screen.getByRole('button', { name: 'Actions' }))
    await screen.findByRole('menu')
    expect(screen.getByText('Customer row').closest('[aria-hidden="true"]')).toBeNull()
  })

  it('lets an onSelect handler keep the menu open with preventDefault', async () => {
    render(
      <DropdownMenu>
        <DropdownMenuTrigger>More</DropdownMenuTrigger>
        <DropdownMenuContent>
          <DropdownMenuGroup aria-label="Copy">
            <DropdownMenuItem onSelect={(event) => event.preventDefault()}>Copy id</DropdownMenuItem>
          </DropdownMenuGroup>
        </DropdownMenuContent>
      </DropdownMenu>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'More' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Copy id' }))
    expect(screen.getByRole('menu')).toBeInTheDocument()
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations while open in ${scheme}`, async () => {
      render(
        <div className="hx-root" data-hx-color-scheme={scheme}>
          <Example colorScheme={scheme} />
        </div>,
      )
      await userEvent.click(screen.getByRole('button', { name: 'Actions' }))
      const menu = await screen.findByRole('menu')
      expect(menu).toHaveAttribute('data-hx-color-scheme', scheme)
      await userEvent.keyboard('{ArrowDown}')
      await waitFor(() => expect(menu.getAnimations()).toEqual([]))
      await expectNoAxeViolations(document.body)
    })
  }
})
