/**
 * The UI's English messages, by key: the catalogue a host translates through
 * `PaymentsProvider`'s `messages` prop. The message syntax and the translator are in
 * `messages.ts`.
 */
import { DEFAULT_ERROR_MESSAGES, PAYMENTS_ERROR_CODES, type PaymentsErrorCode } from '../adapter/errors'

const baseMessages = {
  // Customer types
  'customerType.user': 'User',
  'customerType.team': 'Team',
  'customerType.custom': 'Custom',
  'customerType.all': 'All',
  'customerType.label': 'Customer type',
  'customerType.filter.all': 'All',
  'customerType.filter.user': 'Users',
  'customerType.filter.team': 'Teams',
  'customerType.filter.custom': 'Custom',

  // Customers
  'customer.unknown': 'Unknown customer',
  'customer.id': 'ID',
  'customer.copyId': 'Copy ID',
  'customer.idCopied': 'ID copied',

  // Customers table
  'table.label': 'Customers',
  'table.search.label': 'Search customers',
  'table.search.placeholder': 'Search customers…',
  'table.search.clear': 'Clear search',
  'table.filters.clear': 'Clear filters',
  'table.column.customer': 'Customer',
  'table.column.type': 'Type',
  'table.column.email': 'Email',
  'table.column.created': 'Created',
  'table.column.id': 'ID',
  'table.column.actions': 'Actions',
  'table.rowActions': 'Actions for {name}',
  'table.open': 'Open customer',
  'table.select': 'Select',
  'table.selectCustomer': 'Select {name}',
  'table.count': '{count, plural, one {# customer} other {# customers}}',
  'table.countApprox': '{count}+ customers',
  'table.loadingEarlier': 'Loading earlier customers…',
  'table.endOfListCount': 'End of list · {count, plural, one {# customer} other {# customers}}',
  'table.loadMoreFailed': 'Could not load more customers.',
  'table.loadEarlierFailed': 'Could not load earlier customers.',
  'table.refreshFailed': 'Could not refresh the customers.',
  'table.keyboardHint': 'Arrow keys move between customers, Enter opens, Shift+F10 opens the row menu.',
  'table.loadMore': 'Load more',
  'table.loadingMore': 'Loading more customers…',
  'table.endOfList': 'End of list',
  'table.loadedMore': '{count, plural, one {# more customer loaded} other {# more customers loaded}}',

  // Async states
  'state.loading': 'Loading…',
  'state.retry': 'Retry',
  'state.error.title': 'Could not load',
  'state.empty.noCustomers': 'No customers yet',
  'state.empty.noMatches': "No customers match '{search}'",
  'state.empty.noMatchesOfType': 'No {type} customers match the current filters',
  'state.empty.noCustomersDescription': 'Customers appear here once users, teams or custom customers exist.',
  'state.empty.noMatchesDescription': 'Try another search or customer type.',

  // Generic actions
  'action.close': 'Close',
  'action.cancel': 'Cancel',
  'action.copy': 'Copy',
  'action.copied': 'Copied',
  'action.open': 'Open',
  'action.back': 'Back',
  'dialog.close': 'Close dialog',

  // Prices and products
  'price.free': 'Free',
  'price.oneTime': 'One-time',
  'price.perInterval': '/ {interval}',
  'price.freeTrial': '{days}-day trial',
  'product.alreadyOwned': 'Already owned',
  'product.serverOnly': 'Server-only',
  'product.none': 'No products',

  // Transactions
  'transaction.testMode': 'Test mode',
  'transaction.refunded': 'Refunded',
  'transaction.partiallyRefunded': 'Refunded (partial)',

  // Customers browser
  'browser.back': 'Back to customers',

  // Customer selector
  'selector.none': 'No customer selected',
  'selector.choose': 'Choose customer',
  'selector.change': 'Change',
  'selector.title': 'Choose a customer',
  'selector.description': 'Search and select the customer.',
  'selector.descriptionOfType': 'Search and select one of the {type}.',
  'selector.useCustom': "Use customer '{id}'",

  // Customer payments
  'payments.quantity': '×{quantity}',
  'payments.price.trialMonths': '{count, plural, one {#-month trial} other {#-month trial}}',
  'payments.price.trialYears': '{count, plural, one {#-year trial} other {#-year trial}}',
  'payments.header.error': "Could not load the customer's details.",
  'payments.metrics.title': 'Overview',
  'payments.metrics.error': 'Could not load the overview',
  'payments.metrics.empty': 'No payment activity yet',
  'payments.metrics.totalSpent': 'Total spent',
  'payments.metrics.nothingSpent': 'Nothing yet',
  'payments.metrics.activeSubscriptions': 'Active subscriptions',
  'payments.metrics.productsOwned': 'Products owned',
  'payments.metrics.transactions': 'Transactions',
  'payments.metrics.lastActivity': 'Last activity',
  'payments.metrics.never': 'Never',
  'payments.products.title': 'Products & subscriptions',
  'payments.products.error': 'Could not load products',
  'payments.products.empty': 'No products yet',
  'payments.products.emptyDescription': 'Products appear here once the customer buys or is granted one.',
  'payments.products.grant': 'Grant product',
  'payments.products.granted': 'Granted',
  'payments.products.subscription': 'Subscription',
  'payments.products.inline': 'Inline',
  'payments.products.active': 'Active',
  'payments.products.trial': 'Trial',
  'payments.products.cancelling': 'Cancelling',
  'payments.products.renewsOn': 'Renews on {date}',
  'payments.products.cancelsOn': 'Cancels on {date}',
  'payments.products.trialEndsOn': 'Trial ends on {date}',
  'payments.products.cancel': 'Cancel subscription',
  'payments.products.cancelLabel': 'Cancel subscription: {name}',
  'payments.transactions.title': 'Transactions',
  'payments.transactions.error': 'Could not load transactions',
  'payments.transactions.empty': 'No transactions yet',
  'payments.transactions.emptyDescription': 'Purchases, renewals and balance changes appear here.',
  'payments.transactions.type.purchase': 'Purchase',
  'payments.transactions.type.renewal': 'Renewal',
  'payments.transactions.type.itemChange': 'Balance change',
  'payments.transactions.type.cancellation': 'Cancellation',
  'payments.transactions.type.chargeback': 'Chargeback',
  'payments.transactions.type.productChange': 'Plan change',
  'payments.transactions.type.other': 'Transaction',
  'payments.transactions.revoked': '{count, plural, one {# product revoked} other {# products revoked}}',
  'payments.transactions.noCharge': 'No charge',
  'payments.transactions.refundedAmount': '{amount} refunded',
  'payments.transactions.refund': 'Refund',
  'payments.transactions.refundLabel': 'Refund: {details}, {date}',
  'payments.transactions.loadMore': 'Load more',
  'payments.transactions.shown': '{count, plural, one {# transaction shown} other {# transactions shown}}',
  'payments.items.title': 'Item balances',
  'payments.items.error': 'Could not load item balances',
  'payments.items.empty': 'No items for this customer type',
  'payments.items.adjust': 'Adjust',
  'payments.items.adjustLabel': 'Adjust {name}',
  'payments.items.negative': 'Negative balance: the customer used more than they had.',
  'payments.billing.title': 'Billing',
  'payments.billing.error': 'Could not load billing',
  'payments.billing.none': 'No payment method',
  'payments.billing.noCustomer': 'The customer has not been set up for billing yet.',
  'payments.billing.card': 'Card',
  'payments.billing.cardEnding': '{brand} ending in {last4}',
  'payments.billing.expires': 'Expires {month}/{year}',

  // Create checkout
  'checkout.create': 'Create checkout',
  'checkout.title': 'Create checkout link',
  'checkout.customer': 'Customer',
  'checkout.product': 'Product',
  'checkout.returnUrl': 'Return URL (optional)',
  'checkout.submit': 'Create link',
  'checkout.pending': 'Creating link…',
  'checkout.link': 'Checkout link',
  'checkout.expires': 'Expires {date}',
  'checkout.titleForCustomer': 'Create checkout link',
  'checkout.description': 'Create a payment link the customer can open to buy a product. Links are valid for 24 hours.',
  'checkout.price': 'Price',
  'checkout.quantity': 'Quantity',
  'checkout.returnUrlHint': 'Where the customer lands after paying. Must be an absolute http(s) URL on a trusted domain.',
  'checkout.noProducts': 'No products for {type}',
  'checkout.noProductsDescription': 'Add products for this customer type in the payments configuration.',
  'checkout.ungrouped': 'Other products',
  'checkout.addOn': 'Add-on',
  'checkout.stackable': 'Stackable',
  'checkout.copy': 'Copy link',
  'checkout.copied': 'Link copied',
  'checkout.copyFailed': 'Could not copy. Select the link and copy it yourself.',
  'checkout.openInNewTab': 'Open in new tab',
  'checkout.createAnother': 'Create another',
  'checkout.done': 'Done',
  'checkout.created': 'Checkout link created',
  'checkout.expiresIn': 'Expires {relative}',
  'checkout.expiresInHours': '{hours, plural, one {Expires in # hour} other {Expires in # hours}}',
  'checkout.retry': 'Try again',
  'checkout.productsLoadFailed': 'Could not load products.',
  'checkout.error.customerRequired': 'Choose a customer.',
  'checkout.error.productRequired': 'Choose a product.',
  'checkout.error.quantity': 'Enter a whole number of at least 1.',
  'checkout.error.returnUrl': 'Enter an absolute URL starting with https:// or http://.',

  // Customer actions: grant product, adjust item, cancel subscription, refund transaction
  'actions.grant.title': 'Grant product',
  'actions.grant.description': 'Give the customer a product without charging them.',
  'actions.grant.product': 'Product',
  'actions.grant.quantity': 'Quantity',
  'actions.grant.quantityHint': 'This product is stackable: the customer can own several.',
  'actions.grant.submit': 'Grant product',
  'actions.grant.pending': 'Granting…',
  'actions.grant.error.product': 'Choose a product.',
  'actions.grant.error.quantity': 'Enter a whole number of at least 1.',
  'actions.adjust.title': 'Adjust {item}',
  'actions.adjust.description': "Add to or take from the customer's balance. The change is recorded as a transaction.",
  'actions.adjust.change': 'Change',
  'actions.adjust.changeHint': 'A positive number adds, a negative number takes away.',
  'actions.adjust.decrease': 'Decrease by 1',
  'actions.adjust.increase': 'Increase by 1',
  'actions.adjust.note': 'Description (optional)',
  'actions.adjust.noteHint': 'Shown with the transaction, e.g. why the balance changed.',
  'actions.adjust.expiresAt': 'Expires (optional)',
  'actions.adjust.expiresAtHint': 'In your local time. Leave empty if the change never expires.',
  'actions.adjust.current': 'Current balance',
  'actions.adjust.result': 'After the change',
  'actions.adjust.negativeWarning': 'The balance will be negative ({quantity}). The change is applied anyway.',
  'actions.adjust.submit': 'Apply change',
  'actions.adjust.pending': 'Applying…',
  'actions.adjust.error.change': 'Enter a whole number other than 0.',
  'actions.adjust.error.expiresAt': 'Enter a date and time in the future.',
  'actions.cancelSubscription.title': 'Cancel subscription?',
  'actions.cancelSubscription.description': '{name} stays active until {date}, then ends.',
  'actions.cancelSubscription.descriptionNoDate': '{name} stays active until the end of the current period, then ends.',
  'actions.cancelSubscription.keep': 'Keep subscription',
  'actions.cancelSubscription.submit': 'Cancel subscription',
  'actions.cancelSubscription.pending': 'Cancelling…',
  'actions.refund.title': 'Refund transaction?',
  'actions.refund.description': 'The money goes back to the customer. A full refund also takes the product away.',
  'actions.refund.purchase': 'Purchase',
  'actions.refund.line': '{name} × {quantity}',
  'actions.refund.charged': 'Charged',
  'actions.refund.date': 'Date',
  'actions.refund.nothingCharged': 'Nothing was charged',
  'actions.refund.amount': 'Amount to refund ({currency}, optional)',
  'actions.refund.amountHint': 'Leave empty to refund the full {amount}.',
  'actions.refund.submit': 'Refund',
  'actions.refund.submitAmount': 'Refund {amount}',
  'actions.refund.pending': 'Refunding…',
  'actions.refund.error.amountFormat': 'Enter an amount such as {example}.',
  'actions.refund.error.amountPositive': 'Enter an amount above 0.',
  'actions.refund.error.amountTooHigh': 'Enter at most {amount}, the amount charged.',

  // Errors with details (the plain `error.<code>` messages come from DEFAULT_ERROR_MESSAGES)
  'error.unknownWithDetails': 'Something went wrong: {details}',
  'error.validationWithDetails': 'Some values are not valid: {details}',

  // CSV export (customers list, one customer's transactions)
  'export.customers': 'Export CSV',
  'export.transactions': 'Export CSV',
  'export.exporting': 'Exporting…',
  'export.progressLabel': 'Export progress',
  'export.progress': '{total, plural, one {{rows} of # row} other {{rows} of # rows}}',
  'export.progressApprox': '{rows} of {total}+ rows',
  'export.progressUnknown': '{count, plural, one {# row} other {# rows}}',
  'export.cancel': 'Cancel',
  'export.cancelled': 'Export cancelled',
  'export.failed': 'The export stopped after {count, plural, one {# row} other {# rows}}. {error} Retry goes on from there.',
  'export.done': '{count, plural, one {Exported # row} other {Exported # rows}}',
  'export.downloadAgain': 'Download again',
}

type ErrorMessages = { [Code in PaymentsErrorCode as `error.${Code}`]: string }

const errorMessages = Object.fromEntries(
  PAYMENTS_ERROR_CODES.map((code) => [`error.${code}`, DEFAULT_ERROR_MESSAGES[code]]),
) as ErrorMessages

/**
 * Every English message of the UI, by key. Error messages (`error.<code>`) are derived from
 * `DEFAULT_ERROR_MESSAGES`, one per `PaymentsErrorCode`.
 *
 * @example
 * <PaymentsProvider adapter={adapter} locale="de-DE" messages={{ 'state.retry': 'Erneut versuchen' }} />
 */
export const defaultMessages: Readonly<typeof baseMessages & ErrorMessages> = Object.freeze({
  ...baseMessages,
  ...errorMessages,
})

/** A message key, e.g. `'state.retry'` or `'error.product_already_owned'`. */
export type MessageKey = keyof typeof defaultMessages

/** A full set of messages; the provider's `messages` prop takes a `Partial<Messages>`. */
export type Messages = Record<MessageKey, string>
