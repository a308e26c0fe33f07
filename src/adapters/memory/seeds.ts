/** Turns the explicit ledgers of `options.data.ledgers` into ledgers. */
import type { ProductGrantEntry, Transaction } from '../../adapter/types'
import { createRandom, hashString } from '../../lib/random'
import type { Catalog } from './catalog'
import { randomUuid } from './ids'
import { emptyLedger, grantEntryOf, grantInto, insertTransaction, recordItemChange, type Ledger } from './ledger'
import type { MemoryLedgerSeed, MemoryProductSeed, MemorySubscriptionSeed } from './options'
import { seedInput } from './store'
import { iso, nextBoundaryAfter } from './time'

interface SeedContext {
  seed: number
  catalog: Catalog
  referenceMs: number
}

/** The subscription a seeded purchase starts: active, renewing after the reference date. */
function registerSubscription(ledger: Ledger, transaction: Transaction, entry: ProductGrantEntry, referenceMs: number): void {
  const id = entry.subscriptionId
  if (!id) return
  const price = entry.product.prices.find((p) => p.id === entry.priceId) ?? entry.product.prices[0]
  const startMs = Date.parse(transaction.createdAt)
  const ended = transaction.refund?.kind === 'full' ? (transaction.refund.refundedAt ?? transaction.createdAt) : null
  ledger.subscriptions.set(id, {
    id,
    productId: entry.productId,
    productLineId: entry.product.productLineId,
    status: 'active',
    currentPeriodEnd: price?.interval ? iso(nextBoundaryAfter(startMs, price.interval, Math.max(startMs, referenceMs))) : null,
    cancelAtPeriodEnd: false,
    endedAt: ended,
  })
}

function applySubscriptionSeed(ledger: Ledger, seed: MemorySubscriptionSeed, referenceMs: number): void {
  const record = ledger.subscriptions.get(seed.id)
  if (!record) throw new RangeError(`Seeded subscription ${seed.id} is not started by any seeded transaction`)
  const { id: _id, ended, ...state } = seed
  Object.assign(record, state)
  if (ended !== undefined) record.endedAt = ended ? (record.endedAt ?? iso(referenceMs)) : null
}

function grantSeed(ledger: Ledger, seed: MemoryProductSeed, ctx: SeedContext, random: () => number): void {
  const { productId, quantity = 1 } = typeof seed === 'string' ? { productId: seed } : seed
  const product = ctx.catalog.product(productId)
  if (!product) throw new RangeError(`Seeded product ${productId} is not in the catalog`)
  grantInto(ledger, product, quantity, ctx.referenceMs, randomUuid(random))
}

/** A ledger built from a seed: its transactions, then its product grants and item changes at the reference date. */
export function ledgerFromSeed(seed: MemoryLedgerSeed, ctx: SeedContext): Ledger {
  const ledger = emptyLedger(seed.customer)
  const random = createRandom(hashString(`seed\u0000${seedInput(seed.customer)}`, ctx.seed))
  for (const transaction of seed.transactions ?? []) {
    const copy = { ...structuredClone(transaction), createdAt: iso(Date.parse(transaction.createdAt)) }
    insertTransaction(ledger, copy)
    const entry = copy.type === 'purchase' ? grantEntryOf(copy) : undefined
    if (entry) registerSubscription(ledger, copy, entry, ctx.referenceMs)
  }
  for (const subscription of seed.subscriptions ?? []) applySubscriptionSeed(ledger, subscription, ctx.referenceMs)
  for (const product of seed.products ?? []) grantSeed(ledger, product, ctx, random)
  for (const [itemId, delta] of Object.entries(seed.itemChanges ?? {})) {
    if (!ctx.catalog.item(itemId)) throw new RangeError(`Seeded item ${itemId} is not in the catalog`)
    recordItemChange(ledger, randomUuid(random), itemId, delta, iso(ctx.referenceMs))
  }
  return ledger
}
