/**
 * The customer selector (`CustomerSelector`): its trigger and its picker dialog.
 */
export const selectorMessages = {
  'selector.none': 'No customer selected',
  'selector.choose': 'Choose customer',
  'selector.change': 'Change',
  'selector.title': 'Choose a customer',
  'selector.description': 'Search and select the customer.',
  'selector.descriptionOfType': 'Search and select one of the {type}.',
  'selector.useCustom': "Use customer '{id}'",
}
