/**
 * Prices, products and transaction badges, shared by the create-checkout dialog, the customer
 * payments section and its action dialogs (`price-summary.ts` words its lines with these).
 */
export const productMessages = {
  'price.free': 'Free',
  'price.oneTime': 'One-time',
  'price.perInterval': '/ {interval}',
  'price.freeTrial': '{days}-day trial',
  'product.alreadyOwned': 'Already owned',
  'product.serverOnly': 'Server-only',
  'product.none': 'No products',
  'transaction.testMode': 'Test mode',
  'transaction.refunded': 'Refunded',
  'transaction.partiallyRefunded': 'Refunded (partial)',
  'payments.price.trialMonths': '{count, plural, one {#-month trial} other {#-month trial}}',
  'payments.price.trialYears': '{count, plural, one {#-year trial} other {#-year trial}}',
  'payments.products.granted': 'Granted',
  'checkout.addOn': 'Add-on',
  'checkout.stackable': 'Stackable',
}
