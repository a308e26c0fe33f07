// The public entry of @hexclave/payments-ui: every component, hook and type, re-exported from the
// per-component entries (src/entries/), which a page can import instead to load only what it uses.
import './styles.css'

export * from './entries/provider'
export * from './entries/customer-table'
export * from './entries/create-checkout'
export * from './entries/create-checkout-menu-item'
export * from './entries/customer-selector'
export * from './entries/customers-browser'
export * from './entries/customer-payments'
export * from './entries/customer-payments-actions'
export * from './entries/csv-export'
export * from './entries/messages'
