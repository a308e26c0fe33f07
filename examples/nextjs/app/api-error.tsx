import type { PaymentsErrorCode } from '@hexclave/payments-ui/core'

/** What a server page shows when the payments API failed with a `PaymentsError`. */
export function ApiError({ code }: { code: PaymentsErrorCode }) {
  return (
    <p role="alert" className="host-alert">
      The payments API could not be read ({code}). Try again in a moment.
    </p>
  )
}
