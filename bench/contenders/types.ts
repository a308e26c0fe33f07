import type { PaymentsAdapter } from '@hexclave/payments-ui'

/** What every contender gets from its page: the same adapter and the same layout. */
export interface ContenderProps {
  adapter: PaymentsAdapter
  /** Rows per adapter request. */
  pageSize: number
  /** Search debounce in ms (0: each keystroke queries). */
  debounceMs: number
  /** Height of the scrolling viewport in px. */
  height: number
  rowHeight: number
}
