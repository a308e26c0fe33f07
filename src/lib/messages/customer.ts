/**
 * Customers and customer types: names, ids, type labels and the type filter. Loaded by every part
 * that shows a customer (table, selector, selected customer, payments header, type select,
 * checkout's customer field).
 */
export const customerMessages = {
  'customerType.user': 'User',
  'customerType.team': 'Team',
  'customerType.custom': 'Custom',
  'customerType.all': 'All',
  'customerType.label': 'Customer type',
  'customerType.filter.all': 'All',
  'customerType.filter.user': 'Users',
  'customerType.filter.team': 'Teams',
  'customerType.filter.custom': 'Custom',
  'customer.unknown': 'Unknown customer',
  'customer.id': 'ID',
  'customer.copyId': 'Copy ID',
  'customer.idCopied': 'ID copied',
  'checkout.customer': 'Customer',
}
