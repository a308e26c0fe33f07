import { useState } from 'react'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { describe, expect, it, vi } from 'vitest'
import { Input, SearchInput } from '../../src/ui/input'
import { describeConformance, expectNoAxeViolations } from '../conformance'

describeConformance('Input', {
  render: (props) => <Input aria-label="Name" {...props} />,
  slot: 'input',
  baseClass: 'hx-input',
  refType: HTMLInputElement,
})

describeConformance('SearchInput', {
  render: (props) => <SearchInput aria-label="Search" {...props} />,
  slot: 'search-input',
  baseClass: 'hx-search-input',
  refType: HTMLInputElement,
  propsSlot: 'search-input-input',
})

describe('Input', () => {
  it('passes its label through and marks an invalid value', () => {
    render(
      <>
        <label htmlFor="url">Return URL</label>
        <Input id="url" invalid aria-describedby="url-error" />
        <p id="url-error">Use an https URL</p>
      </>,
    )
    const input = screen.getByRole('textbox', { name: 'Return URL' })
    expect(input).toBeInvalid()
    expect(input).toHaveAttribute('data-invalid')
    expect(input).toHaveAccessibleDescription('Use an https URL')
  })

  it('is valid by default', () => {
    render(<Input aria-label="Name" />)
    const input = screen.getByRole('textbox', { name: 'Name' })
    expect(input).not.toHaveAttribute('aria-invalid')
    expect(input).not.toHaveAttribute('data-invalid')
  })
})

describe('SearchInput', () => {
  it('shows a clear button only while it has text, and the button clears and refocuses', async () => {
    const onValueChange = vi.fn()
    const onClear = vi.fn()
    render(<SearchInput aria-label="Search customers" onValueChange={onValueChange} onClear={onClear} />)
    const input = screen.getByRole('searchbox', { name: 'Search customers' })
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument()

    await userEvent.type(input, 'acme')
    expect(input).toHaveValue('acme')
    expect(onValueChange).toHaveBeenLastCalledWith('acme')

    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }))
    expect(input).toHaveValue('')
    expect(input).toHaveFocus()
    expect(onValueChange).toHaveBeenLastCalledWith('')
    expect(onClear).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument()
  })

  it('clears on Escape', async () => {
    render(<SearchInput aria-label="Search customers" defaultValue="acme" />)
    const input = screen.getByRole('searchbox', { name: 'Search customers' })
    expect(input.closest('[data-slot="search-input"]')).not.toHaveAttribute('data-empty')
    input.focus()
    await userEvent.keyboard('{Escape}')
    expect(input).toHaveValue('')
    expect(input.closest('[data-slot="search-input"]')).toHaveAttribute('data-empty')
  })

  it('works controlled', async () => {
    function Controlled() {
      const [value, setValue] = useState('team')
      return (
        <>
          <SearchInput aria-label="Search" value={value} onValueChange={setValue} />
          <output>{value || 'empty'}</output>
        </>
      )
    }
    render(<Controlled />)
    const input = screen.getByRole('searchbox', { name: 'Search' })
    await userEvent.type(input, 's')
    expect(screen.getByRole('status')).toHaveTextContent('teams')
    await userEvent.keyboard('{Escape}')
    expect(screen.getByRole('status')).toHaveTextContent('empty')
  })

  it('lets a consumer onKeyDown prevent the Escape clear', async () => {
    render(
      <SearchInput aria-label="Search" defaultValue="acme" onKeyDown={(event) => event.key === 'Escape' && event.preventDefault()} />,
    )
    const input = screen.getByRole('searchbox', { name: 'Search' })
    input.focus()
    await userEvent.keyboard('{Escape}')
    expect(input).toHaveValue('acme')
  })

  it('runs a consumer onChange before updating', async () => {
    const onChange = vi.fn()
    render(<SearchInput aria-label="Search" onChange={onChange} />)
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'a')
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  it('uses a localised clear label', async () => {
    render(<SearchInput aria-label="Suche" clearLabel="Suche leeren" defaultValue="x" />)
    expect(screen.getByRole('button', { name: 'Suche leeren' })).toBeInTheDocument()
  })

  it('has no clear button when read-only or disabled', () => {
    render(
      <>
        <SearchInput aria-label="A" defaultValue="x" readOnly />
        <SearchInput aria-label="B" defaultValue="x" disabled />
      </>,
    )
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument()
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme}`, async () => {
      const { container } = render(
        <div className="hx-root" data-hx-color-scheme={scheme}>
          <label htmlFor="name">Name</label>
          <Input id="name" placeholder="Ada Lovelace" />
          <Input aria-label="Invalid" invalid defaultValue="not a url" />
          <SearchInput aria-label="Search customers" placeholder="Search customers" defaultValue="acme" />
        </div>,
      )
      await expectNoAxeViolations(container)
    })
  }
})
