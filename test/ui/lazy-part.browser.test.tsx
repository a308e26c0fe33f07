import { StrictMode, useState, type ComponentType } from 'react'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { describe, expect, it, vi } from 'vitest'
import { lazyPart, useLazyPart, type LazyPart } from '../../src/ui/lazy-part'
import { LazyNotice } from '../../src/ui/lazy-notice'
import { expectNoAxeViolations } from '../conformance'

/** A loader the test settles by hand: each call waits for `resolve()` or `reject()`. */
function heldLoader() {
  const calls: { resolve: (component: ComponentType<{ name: string }>) => void; reject: (error: Error) => void }[] = []
  const load = vi.fn(
    () =>
      new Promise<ComponentType<{ name: string }>>((resolve, reject) => {
        calls.push({ resolve, reject })
      }),
  )
  return { load, calls }
}

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>
}

/** What a provider does with a part: the component once loaded, the notice before. */
function Host({ part, onClose = () => {} }: { part: LazyPart<{ name: string }>; onClose?: () => void }) {
  const { status, component: Loaded, error, retry } = useLazyPart(part)
  if (Loaded) return <Loaded name="Ada" />
  return (
    <LazyNotice status={status} label="Opening greeting…" message={error instanceof Error ? error.message : undefined} onRetry={retry} onClose={onClose} />
  )
}

describe('lazyPart and LazyNotice', () => {
  it('shows a pending status while the code loads, then the part, loading once under StrictMode', async () => {
    const { load, calls } = heldLoader()
    const part = lazyPart(load)
    render(
      <StrictMode>
        <Host part={part} />
        <Host part={part} />
      </StrictMode>,
    )
    expect(await screen.findAllByRole('status', { name: 'Opening greeting…' })).toHaveLength(2)
    await expectNoAxeViolations(document.body)
    expect(load).toHaveBeenCalledTimes(1)
    calls[0]!.resolve(Greeting)
    expect(await screen.findAllByText('Hello, Ada')).toHaveLength(2)
    expect(screen.queryByRole('status', { name: 'Opening greeting…' })).toBeNull()
  })

  it('starts loading on prefetch, so a later use shows the part at once', async () => {
    const { load, calls } = heldLoader()
    const part = lazyPart(load)
    part.prefetch()
    part.prefetch()
    expect(load).toHaveBeenCalledTimes(1)
    calls[0]!.resolve(Greeting)
    await waitFor(() => expect(part.getState().status).toBe('success'))
    render(<Host part={part} />)
    expect(screen.getByText('Hello, Ada')).toBeVisible()
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('says when the code failed to load, focuses Retry, and loads again on Retry', async () => {
    const { load, calls } = heldLoader()
    const part = lazyPart(load)
    render(<Host part={part} />)
    await waitFor(() => expect(calls).toHaveLength(1))
    calls[0]!.reject(new Error('Failed to fetch dynamically imported module'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load this part of the page')
    expect(alert).toHaveTextContent('Failed to fetch dynamically imported module')
    const retry = screen.getByRole('button', { name: 'Retry' })
    await waitFor(() => expect(retry).toHaveFocus())
    await expectNoAxeViolations(document.body)
    await userEvent.click(retry)
    expect(load).toHaveBeenCalledTimes(2)
    expect(await screen.findByRole('status', { name: 'Opening greeting…' })).toBeVisible()
    calls[1]!.resolve(Greeting)
    expect(await screen.findByText('Hello, Ada')).toBeVisible()
  })

  it('gives up on Dismiss', async () => {
    const { load, calls } = heldLoader()
    const onClose = vi.fn()
    render(<Host part={lazyPart(load)} onClose={onClose} />)
    await waitFor(() => expect(calls).toHaveLength(1))
    calls[0]!.reject(new Error('offline'))
    await userEvent.click(await screen.findByRole('button', { name: 'Dismiss' }))
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('tries a failed load again when the part is asked for again (after Dismiss), not while it stays up', async () => {
    const { load, calls } = heldLoader()
    const part = lazyPart(load)
    function Opener() {
      const [open, setOpen] = useState(true)
      return open ? <Host part={part} onClose={() => setOpen(false)} /> : <button onClick={() => setOpen(true)}>Open again</button>
    }
    render(<Opener />)
    await waitFor(() => expect(calls).toHaveLength(1))
    calls[0]!.reject(new Error('offline'))
    await screen.findByRole('alert')
    expect(load).toHaveBeenCalledTimes(1)
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    await userEvent.click(screen.getByRole('button', { name: 'Open again' }))
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2))
    calls[1]!.resolve(Greeting)
    expect(await screen.findByText('Hello, Ada')).toBeVisible()
  })
})
