/**
 * The UI's English messages, by key: the catalogue a host translates through
 * `PaymentsProvider`'s `messages` prop. The messages are written by area in `messages/` (common,
 * customer, table, selector, products, checkout, payments, actions, export); each part loads only
 * its areas' catalogues (`usePaymentsContext(name, ...catalogues)`), so a page carries only the
 * texts of the parts it imports. This file merges them all: only a page that imports
 * `defaultMessages` (or `createTranslator`: the `/messages` entry) pays for every message, so no
 * module of the components imports it. The message syntax and the translator are in `messages.ts`.
 */
import { actionMessages } from './messages/actions'
import { checkoutMessages } from './messages/checkout'
import { commonMessages, errorMessages } from './messages/common'
import { customerMessages } from './messages/customer'
import { exportMessages } from './messages/export'
import { paymentsMessages } from './messages/payments'
import { productMessages } from './messages/products'
import { selectorMessages } from './messages/selector'
import { tableMessages } from './messages/table'

type AllMessages = typeof commonMessages &
  typeof errorMessages &
  typeof customerMessages &
  typeof tableMessages &
  typeof selectorMessages &
  typeof productMessages &
  typeof checkoutMessages &
  typeof paymentsMessages &
  typeof actionMessages &
  typeof exportMessages

/**
 * Every English message of the UI, by key: the merge of every area's catalogue. Error messages
 * (`error.<code>`) are derived from `DEFAULT_ERROR_MESSAGES`, one per `PaymentsErrorCode`.
 *
 * @example
 * <PaymentsProvider adapter={adapter} locale="de-DE" messages={{ 'state.retry': 'Erneut versuchen' }} />
 */
export const defaultMessages: Readonly<AllMessages> = Object.freeze(
  // Object.assign, not a spread: a bundler drops an unused pure call only when its arguments
  // cannot run code, and a spread can (a getter): `{ ...a, ...b }` would keep every message.
  /* @__PURE__ */ Object.assign(
    {},
    commonMessages,
    errorMessages,
    customerMessages,
    tableMessages,
    selectorMessages,
    productMessages,
    checkoutMessages,
    paymentsMessages,
    actionMessages,
    exportMessages,
  ),
)

/** A message key, e.g. `'state.retry'` or `'error.product_already_owned'`. */
export type MessageKey = keyof typeof defaultMessages

/** A full set of messages; the provider's `messages` prop takes a `Partial<Messages>`. */
export type Messages = Record<MessageKey, string>
