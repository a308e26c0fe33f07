import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { describe, expect, it, vi } from 'vitest'
import { PaymentsError } from '../../src/adapter/errors'
import { AsyncFrame } from '../../src/ui/async-frame'
import type { AsyncStatus } from '../../src/lib/async-status'

function Frame({ status, slots, retry }: { status: AsyncStatus; slots?: Parameters<typeof AsyncFrame>[0]['slots']; retry?: () => void }) {
  return (
    <AsyncFrame
      status={status}
      error={new PaymentsError('network', { message: 'socket hang up' })}
      retry={retry}
      errorTitle="Could not load things"
      loading={<p>Default skeleton</p>}
      empty={<p>Nothing yet</p>}
      slots={slots}
    >
      {() => <p>The content</p>}
    </AsyncFrame>
  )
}

describe('AsyncFrame', () => {
  it('renders one state per status, and nothing while idle', () => {
    const { rerender, container } = render(<Frame status="loading" />)
    expect(screen.getByText('Default skeleton')).toBeInTheDocument()
    rerender(<Frame status="empty" />)
    expect(screen.getByText('Nothing yet')).toBeInTheDocument()
    rerender(<Frame status="success" />)
    expect(screen.getByText('The content')).toBeInTheDocument()
    rerender(<Frame status="idle" />)
    expect(container).toBeEmptyDOMElement()
  })

  it('shows a failure as an alert with the mapped message and a working Retry', async () => {
    const retry = vi.fn()
    render(<Frame status="error" retry={retry} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Could not load things')
    // The contract's message for a network failure, not the raw transport text.
    expect(alert).not.toHaveTextContent('socket hang up')
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(retry).toHaveBeenCalledTimes(1)
  })

  it('lets the host replace each state, with the error and a retry for its own button', async () => {
    const retry = vi.fn()
    const slots = {
      loading: <p>Host spinner</p>,
      empty: <p>Host empty</p>,
      error: (error: Error, again: () => void) => (
        <button type="button" onClick={again}>
          Host retry ({(error as PaymentsError).code})
        </button>
      ),
    }
    const { rerender } = render(<Frame status="loading" slots={slots} retry={retry} />)
    expect(screen.getByText('Host spinner')).toBeInTheDocument()
    expect(screen.queryByText('Default skeleton')).toBeNull()
    rerender(<Frame status="empty" slots={slots} retry={retry} />)
    expect(screen.getByText('Host empty')).toBeInTheDocument()
    rerender(<Frame status="error" slots={slots} retry={retry} />)
    await userEvent.click(screen.getByRole('button', { name: 'Host retry (network)' }))
    expect(retry).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('renders nothing for a slot set to null', () => {
    const { container } = render(<Frame status="empty" slots={{ empty: null }} />)
    expect(container).toBeEmptyDOMElement()
  })
})
