// The public entry of @hexclave/payments-ui: the components, hooks and types, re-exported from the
// per-component entries (src/entries/), which a page can import instead to load only what it uses.
// Two entries are not re-exported, because their code is what the dialogs load on first use, or a
// peer's (issue 13, point 3: everything from this entry up front stays small):
// - /create-checkout-parts: the create-checkout dialog's building blocks (the dialog's own code);
// - /create-checkout-menu-item: an item for the host's Radix menu (it brings Radix DropdownMenu).
import './styles.css'

export * from './entries/provider'
export * from './entries/customer-table'
export * from './entries/create-checkout'
export * from './entries/customer-selector'
export * from './entries/customers-browser'
export * from './entries/customer-payments'
export * from './entries/customer-payments-actions'
export * from './entries/csv-export'
export * from './entries/messages'
