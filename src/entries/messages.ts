/**
 * `@hexclave/payments-ui/messages`: every English message of the UI (`defaultMessages`) and a
 * translator over all of them (`createTranslator`), for a host that formats texts of its own with
 * the library's messages (a price summary in its own layout, an error message in its own toast).
 *
 * Apart from `/provider` because they merge every area's catalogue: the components load only the
 * areas they show (see `lib/messages.ts`), and a bundler that splits by file would otherwise load
 * every catalogue on every page that imports `PaymentsProvider`. No React: usable on the server
 * too. The main entry (`@hexclave/payments-ui`) exports the same values. Issue 13, point 3.
 */
export { createTranslator } from '../lib/create-translator'
export { defaultMessages } from '../lib/message-catalog'
export type { MessageKey, Messages, MessageValues, Translator } from '../lib/messages'
