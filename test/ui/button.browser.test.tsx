import { useState } from 'react'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { describe, expect, it, vi } from 'vitest'
import { Button } from '../../src/ui/button'
import { IconButton } from '../../src/ui/icon-button'
import { PlusIcon } from '../../src/ui/icons'
import { describeConformance, expectNoAxeViolations } from '../conformance'

describeConformance('Button', {
  render: (props) => <Button {...props}>Save</Button>,
  slot: 'button',
  baseClass: 'hx-button',
  refType: HTMLButtonElement,
})

describeConformance('IconButton', {
  render: (props) => (
    <IconButton label="Add" {...props}>
      <PlusIcon />
    </IconButton>
  ),
  slot: 'icon-button',
  baseClass: 'hx-icon-button',
  refType: HTMLButtonElement,
})

describe('Button', () => {
  it('mirrors variant and size to data attributes', () => {
    render(
      <Button variant="destructive" size="lg">
        Delete
      </Button>,
    )
    const button = screen.getByRole('button', { name: 'Delete' })
    expect(button).toHaveAttribute('data-variant', 'destructive')
    expect(button).toHaveAttribute('data-size', 'lg')
    expect(button).toHaveClass('hx-button--destructive', 'hx-button--lg')
  })

  it('defaults to type="button" so it never submits a form by accident', () => {
    render(<Button>Save</Button>)
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('type', 'button')
  })

  it('ignores clicks while pending but keeps focus and its name', async () => {
    const onClick = vi.fn()
    function Harness() {
      const [pending, setPending] = useState(false)
      return (
        <Button
          isPending={pending}
          onClick={() => {
            onClick()
            setPending(true)
          }}
        >
          Create link
        </Button>
      )
    }
    render(<Harness />)
    const button = screen.getByRole('button', { name: 'Create link' })
    await userEvent.click(button)
    expect(onClick).toHaveBeenCalledTimes(1)
    expect(button).toHaveAttribute('aria-busy', 'true')
    expect(button).toHaveAttribute('data-pending')
    expect(button).not.toBeDisabled()
    expect(button).toHaveFocus()

    // Pending buttons are aria-disabled, which Playwright's actionability check honours: force it.
    await userEvent.click(button, { force: true })
    await userEvent.keyboard('{Enter}')
    await userEvent.keyboard(' ')
    expect(onClick).toHaveBeenCalledTimes(1)
    expect(button).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Create link' })).toBe(button)
  })

  it('does not submit its form while pending, and does once it is done', async () => {
    const onSubmit = vi.fn()
    const form = (pending: boolean) => (
      <form
        aria-label="Checkout"
        onSubmit={(event) => {
          event.preventDefault()
          onSubmit()
        }}
      >
        <label>
          Return URL <input name="url" />
        </label>
        <Button type="submit" isPending={pending}>
          Create
        </Button>
      </form>
    )
    const { rerender } = render(form(true))
    await userEvent.click(screen.getByRole('button', { name: 'Create' }), { force: true })
    await userEvent.type(screen.getByRole('textbox', { name: 'Return URL' }), 'x{Enter}')
    expect(onSubmit).not.toHaveBeenCalled()

    rerender(form(false))
    await userEvent.click(screen.getByRole('button', { name: 'Create' }))
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('is disabled with the disabled prop and never fires onClick', async () => {
    const onClick = vi.fn()
    render(
      <Button disabled onClick={onClick}>
        Save
      </Button>,
    )
    const button = screen.getByRole('button', { name: 'Save' })
    expect(button).toBeDisabled()
    expect(button).toHaveAttribute('data-disabled')
    await userEvent.click(button, { force: true })
    expect(onClick).not.toHaveBeenCalled()
  })

  it('names an icon button by its label and shows it as a tooltip', () => {
    render(
      <IconButton label="Add product">
        <PlusIcon />
      </IconButton>,
    )
    const button = screen.getByRole('button', { name: 'Add product' })
    expect(button).toHaveAttribute('title', 'Add product')
    expect(button).toHaveAttribute('data-size', 'md')
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme}`, async () => {
      const { container } = render(
        <div className="hx-root" data-hx-color-scheme={scheme}>
          {(['primary', 'secondary', 'ghost', 'destructive', 'outline'] as const).map((variant) => (
            <Button key={variant} variant={variant}>
              {variant}
            </Button>
          ))}
          <Button isPending>Pending</Button>
          <Button disabled>Disabled</Button>
          <IconButton label="Add">
            <PlusIcon />
          </IconButton>
        </div>,
      )
      await expectNoAxeViolations(container)
    })
  }
})
