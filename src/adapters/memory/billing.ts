/** Deterministic billing state: most users and teams have a card, some a customer without one, some nothing. */
import type { BillingInfo, CustomerRef } from '../../adapter/types'
import { createRandom, hashString } from '../../lib/random'
import { randomHex } from './ids'
import { CARD_BRANDS } from './names'
import type { MemoryState } from './state'
import { seedInput } from './store'

const NO_CUSTOMER: BillingInfo = { hasCustomer: false, defaultPaymentMethod: null }

export function billingOf(state: MemoryState, customer: CustomerRef): BillingInfo {
  const { options } = state
  if (customer.type === 'custom' || !options.paymentsConfigured || state.people.indexOf(customer) === null) {
    return { ...NO_CUSTOMER }
  }
  const random = createRandom(hashString(`billing\u0000${seedInput(customer)}`, options.seed))
  const roll = random()
  if (roll < 0.2) return { ...NO_CUSTOMER }
  if (roll < 0.3) return { hasCustomer: true, defaultPaymentMethod: null }
  const year = new Date(options.referenceMs).getUTCFullYear()
  return {
    hasCustomer: true,
    defaultPaymentMethod: {
      id: `pm_${randomHex(random, 24)}`,
      brand: CARD_BRANDS[Math.floor(random() * CARD_BRANDS.length)] ?? null,
      last4: String(Math.floor(random() * 10000)).padStart(4, '0'),
      expMonth: 1 + Math.floor(random() * 12),
      expYear: year + 1 + Math.floor(random() * 5),
    },
  }
}
