import { useState } from 'react'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { describe, expect, it, vi } from 'vitest'
import { PaymentsProvider } from '../../src/payments-provider'
import { createTestAdapter } from '../../src/testing/test-adapter'
import { ErrorState } from '../../src/ui/error-state'
import { describeConformance, expectNoAxeViolations } from '../conformance'

describeConformance('ErrorState', {
  render: (props) => <ErrorState {...props} />,
  slot: 'error-state',
  baseClass: 'hx-error-state',
  refType: HTMLDivElement,
})

describe('ErrorState', () => {
  it('is announced as an alert with its title and message', () => {
    render(<ErrorState message="The network is unreachable." />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Something went wrong')
    expect(alert).toHaveTextContent('The network is unreachable.')
  })

  it('calls onRetry when Retry is clicked', async () => {
    const onRetry = vi.fn()
    render(<ErrorState message="Timed out." onRetry={onRetry} />)
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('shows Retry as pending while retrying and ignores further clicks', async () => {
    const onRetry = vi.fn()
    function Harness() {
      const [retrying, setRetrying] = useState(false)
      return (
        <ErrorState
          onRetry={() => {
            onRetry()
            setRetrying(true)
          }}
          isRetrying={retrying}
        />
      )
    }
    render(<Harness />)
    const retry = screen.getByRole('button', { name: 'Retry' })
    await userEvent.click(retry)
    expect(retry).toHaveAttribute('aria-busy', 'true')
    expect(retry).toHaveFocus()
    expect(screen.getByRole('alert')).toHaveAttribute('data-retrying')
    await userEvent.click(retry, { force: true })
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('has no Retry button without onRetry, and takes a localised label', () => {
    const { rerender } = render(<ErrorState />)
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    rerender(<ErrorState onRetry={() => {}} retryLabel="Erneut versuchen" title="Fehler" />)
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Fehler')
  })

  it("uses the provider's messages for its own text", () => {
    render(
      <PaymentsProvider
        adapter={createTestAdapter()}
        messages={{ 'state.retry': 'Erneut versuchen', 'state.error.title': 'Laden fehlgeschlagen' }}
      >
        <ErrorState onRetry={() => {}} />
      </PaymentsProvider>,
    )
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Laden fehlgeschlagen')
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme}`, async () => {
      const { container } = render(
        <div className="hx-root" data-hx-color-scheme={scheme}>
          <ErrorState message="The adapter could not be reached." onRetry={() => {}} />
        </div>,
      )
      await expectNoAxeViolations(container)
    })
  }
})
