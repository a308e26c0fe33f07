import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Field } from '../../src/ui/field'
import { Input } from '../../src/ui/input'
import { expectNoAxeViolations } from '../conformance'

describe('Field', () => {
  it('labels its control and links the hint and the error to it', async () => {
    const { container } = render(
      <Field label="Return URL" hint="Where the customer lands." error="Enter an absolute URL." describedBy="extra">
        {(control) => <Input id={control.id} aria-describedby={control['aria-describedby']} aria-invalid={control.invalid || undefined} />}
      </Field>,
    )
    const input = screen.getByLabelText('Return URL')
    expect(input).toHaveAccessibleDescription('Enter an absolute URL. Where the customer lands.')
    expect(input.getAttribute('aria-describedby')?.split(' ')).toHaveLength(3)
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(container.querySelector('[data-slot="field"]')).toHaveAttribute('data-invalid', '')
    expect(screen.getByText('Enter an absolute URL.')).toHaveAttribute('data-slot', 'field-error')
    await expectNoAxeViolations(container)
  })

  it('has no description and no invalid state when there is nothing to say', () => {
    const { container } = render(
      <Field label="Quantity" slot="quantity-field">
        {(control) => <Input id={control.id} aria-describedby={control['aria-describedby']} />}
      </Field>,
    )
    const input = screen.getByLabelText('Quantity')
    expect(input).not.toHaveAttribute('aria-describedby')
    expect(container.querySelector('[data-slot="quantity-field"]')).not.toHaveAttribute('data-invalid')
  })
})
