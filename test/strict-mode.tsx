import { render } from '@testing-library/react'
import { expect, it } from 'vitest'
import { createEffectProbe } from './effect-probe'

/** Registers the check that this project's setup file turned StrictMode on for every render. */
export function itRendersUnderStrictMode() {
  it('renders every component under StrictMode: effects mount, clean up and mount again', () => {
    const { events, EffectProbe } = createEffectProbe()
    const { unmount } = render(<EffectProbe />)
    expect(events).toEqual(['mount', 'cleanup', 'mount'])
    unmount()
    expect(events).toEqual(['mount', 'cleanup', 'mount', 'cleanup'])
  })
}
