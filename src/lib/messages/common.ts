/**
 * The messages every part can use, loaded with the provider: the UI primitives' own texts (spinner,
 * error state, dialog close, the lazy-load notice, the input's clear button), generic actions, the
 * create-checkout and export triggers, and
 * the error messages `errorMessage` shows (`error.<code>`, one per `PaymentsErrorCode`, from
 * `DEFAULT_ERROR_MESSAGES`). Every translator looks here after its own area's catalogues.
 */
import { DEFAULT_ERROR_MESSAGES, PAYMENTS_ERROR_CODES, type PaymentsErrorCode } from '../../adapter/errors'

/** The common messages written here; the `error.<code>` ones are {@link errorMessages}. */
export const commonMessages = {
  // Async states (the spinner, the error state and its Retry)
  'state.loading': 'Loading…',
  'state.retry': 'Retry',
  'state.error.title': 'Could not load',
  // A part that loads on first use and failed (the lazy notice)
  'lazy.loadFailed': 'Could not load this part of the page',
  'lazy.dismiss': 'Dismiss',

  // Generic actions, the dialog's close button, the input's clear button
  'action.close': 'Close',
  'action.cancel': 'Cancel',
  'action.copy': 'Copy',
  'action.copied': 'Copied',
  'action.open': 'Open',
  'action.back': 'Back',
  'dialog.close': 'Close dialog',
  'table.search.clear': 'Clear search',

  // What opens the create-checkout dialog (the provider's host shows "Opening checkout…" on every
  // page) and the "Export CSV" buttons of the default toolbars: a few words, not worth an area
  'checkout.create': 'Create checkout',
  'checkout.opening': 'Opening checkout…',
  'export.customers': 'Export CSV',
  'export.transactions': 'Export CSV',

  // Errors with details (the plain `error.<code>` messages are errorMessages below)
  'error.unknownWithDetails': 'Something went wrong: {details}',
  'error.validationWithDetails': 'Some values are not valid: {details}',
}

/** `error.<code>` for every `PaymentsErrorCode`. */
export type ErrorMessages = { [Code in PaymentsErrorCode as `error.${Code}`]: string }

/** The message of each error code, `error.<code>`, taken from `DEFAULT_ERROR_MESSAGES`. */
export const errorMessages = Object.fromEntries(
  PAYMENTS_ERROR_CODES.map((code) => [`error.${code}`, DEFAULT_ERROR_MESSAGES[code]]),
) as ErrorMessages
