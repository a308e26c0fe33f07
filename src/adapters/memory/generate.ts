/**
 * Seeded generation of one customer's ledger: purchases (paid, test mode, granted), plan changes,
 * trials, renewals, cancellations at period end, full and partial refunds, and manual item
 * changes (some driving balances negative). Every draw comes from the customer's own generator.
 */
import type { CustomerRef, Interval, Price, Product, Transaction } from '../../adapter/types'
import type { Catalog, PurchasableProduct } from './catalog'
import { randomUuid } from './ids'
import {
  chargedAmountOf,
  chargeOf,
  emptyLedger,
  endSubscriptionsInLine,
  itemBalance,
  ownedProducts,
  recordItemChange,
  recordPurchase,
  recordRenewal,
  subscriptionIntervalOf,
  type Ledger,
  type SubscriptionRecord,
} from './ledger'
import { portionOfDecimal, type Money } from '../../lib/decimal'
import { addInterval, DAY_MS, iso, nextBoundaryAfter } from './time'

type Random = () => number

export interface GenerateInput {
  catalog: Catalog
  customer: CustomerRef
  /** When the customer was created or first seen; activity happens between it and `referenceMs`. */
  startMs: number
  referenceMs: number
  random: Random
  /** Always generate at least one purchase (custom customers exist only through activity). */
  force: boolean
}

/** A generated subscription, remembered to add its renewals once refunds and plan changes are known. */
interface RunningSubscription {
  record: SubscriptionRecord
  interval: Interval
  /** When the first period starts: the purchase, or the end of its free trial. */
  periodStartMs: number
  /** Whether it started with a free trial (its first charge is then a renewal). */
  trial: boolean
  /** The charge per period, when it renews with money. */
  charge: Money | null
}

interface Context extends GenerateInput {
  ledger: Ledger
  subscriptions: RunningSubscription[]
}

const MAX_RENEWALS = 48

function pickFrom<T>(random: Random, list: readonly T[]): T | undefined {
  return list[Math.floor(random() * list.length)]
}

function between(random: Random, from: number, to: number): number {
  return from + Math.floor(random() * Math.max(0, to - from))
}

function ownedIds(ctx: Context): Set<string> {
  return new Set(ownedProducts(ctx.ledger).flatMap((row) => (row.id === null ? [] : [row.id])))
}

/** Products the customer could buy next: priced, not already owned (unless stackable), add-ons only on their base. */
function candidates(ctx: Context): Product[] {
  const owned = ownedIds(ctx)
  return ctx.catalog
    .productsOf(ctx.customer.type)
    .filter((p) => p.prices.length > 0)
    .filter((p) => p.stackable || !owned.has(p.id))
    .filter((p) => p.isAddOnTo.length === 0 || p.isAddOnTo.some((base) => owned.has(base)))
}

function purchaseTimes(ctx: Context, count: number): number[] {
  const { random, startMs, referenceMs } = ctx
  const times = Array.from({ length: count }, () => between(random, startMs, referenceMs))
  // Some customers bought very recently: this is where free trials are still running.
  if (random() < 0.2) times.push(Math.max(startMs, referenceMs - between(random, 0, 10 * DAY_MS)))
  return times.sort((a, b) => a - b)
}

type Mode = 'paid' | 'test' | 'grant'

function drawMode(random: Random): Mode {
  const r = random()
  return r < 0.12 ? 'grant' : r < 0.22 ? 'test' : 'paid'
}

function addPurchase(ctx: Context, product: PurchasableProduct, atMs: number, mode: Mode): void {
  const { random } = ctx
  const price: Price | null = mode === 'grant' ? null : (pickFrom(random, product.prices) ?? null)
  const currency = price ? (pickFrom(random, Object.keys(price.amounts)) ?? null) : null
  const quantity = product.stackable ? 1 + Math.floor(random() * 4) : 1
  const interval = subscriptionIntervalOf(product, price)
  const trial = mode === 'paid' && price?.freeTrial && random() < 0.6 ? price.freeTrial : null
  const id = randomUuid(random)
  endSubscriptionsInLine(ctx.ledger, product.productLineId, iso(atMs))
  recordPurchase(ctx.ledger, {
    id,
    product,
    price,
    currency,
    quantity,
    at: iso(atMs),
    testMode: mode === 'test',
    charged: mode === 'paid' && !trial,
    subscription: interval ? { status: 'active', currentPeriodEnd: null, cancelAtPeriodEnd: false, endedAt: null } : undefined,
  })
  const record = ctx.ledger.subscriptions.get(id)
  if (record && interval) {
    ctx.subscriptions.push({
      record,
      interval,
      periodStartMs: trial ? addInterval(atMs, trial) : atMs,
      trial: trial !== null,
      charge: mode === 'paid' && price && currency ? chargeOf(price, currency, quantity) : null,
    })
  }
}

function addPurchases(ctx: Context): void {
  const count = 1 + Math.floor(ctx.random() * 4)
  for (const atMs of purchaseTimes(ctx, count)) {
    const product = pickFrom(ctx.random, candidates(ctx))
    if (product) addPurchase(ctx, product, atMs, drawMode(ctx.random))
  }
}

/** An inline product a server granted on the fly (custom customers only). */
function inlineContract(ctx: Context): PurchasableProduct {
  const item = ctx.catalog.itemsOf(ctx.customer.type)[0]
  return {
    id: null,
    displayName: 'Custom contract',
    customerType: ctx.customer.type,
    productLineId: null,
    serverOnly: true,
    stackable: false,
    isAddOnTo: [],
    prices: [{ id: 'contract', amounts: { USD: '12000' }, interval: null, freeTrial: null }],
    includedItems: item ? [{ itemId: item.id, quantity: 250, repeat: 'never', expires: 'never' }] : [],
  }
}

function refundAt(ctx: Context, transaction: Transaction): string {
  const createdMs = Date.parse(transaction.createdAt)
  return iso(Math.min(ctx.referenceMs, createdMs + between(ctx.random, DAY_MS, 30 * DAY_MS)))
}

/** Refunds some paid purchases: a full refund revokes the product (ends its subscription). */
function addRefunds(ctx: Context): void {
  for (const transaction of ctx.ledger.transactions) {
    const charged = chargedAmountOf(transaction)
    const [currency, value] = Object.entries(charged)[0] ?? []
    if (transaction.type !== 'purchase' || !currency || !value) continue
    const r = ctx.random()
    if (r < 0.08) {
      transaction.refund = { kind: 'full', amount: charged, refundedAt: refundAt(ctx, transaction) }
      const record = ctx.ledger.subscriptions.get(transaction.id)
      if (record) record.endedAt ??= transaction.refund.refundedAt ?? null
    } else if (r < 0.15) {
      const amount = portionOfDecimal(value, 1 + Math.floor(ctx.random() * 3), 4)
      if (amount !== '0') transaction.refund = { kind: 'partial', amount: { [currency]: amount }, refundedAt: refundAt(ctx, transaction) }
    }
  }
}

/** When a subscription charged again: at the end of its free trial, then at each period boundary. */
function renewalTimes(running: RunningSubscription, stopMs: number): number[] {
  const times: number[] = []
  let k = running.trial ? 0 : 1
  for (let at = addInterval(running.periodStartMs, running.interval, k); at <= stopMs && times.length < MAX_RENEWALS; ) {
    times.push(at)
    at = addInterval(running.periodStartMs, running.interval, ++k)
  }
  return times
}

/** Adds renewals up to the end (or the reference date) and settles the current period of each subscription. */
function settleSubscription(ctx: Context, running: RunningSubscription): void {
  const { record, interval, periodStartMs, charge } = running
  const stopMs = record.endedAt ? Date.parse(record.endedAt) : ctx.referenceMs
  if (charge) {
    for (const at of renewalTimes(running, stopMs)) recordRenewal(ctx.ledger, randomUuid(ctx.random), charge, iso(at))
  }
  const trialing = periodStartMs > ctx.referenceMs
  record.status = trialing ? 'trialing' : 'active'
  record.currentPeriodEnd = iso(trialing ? periodStartMs : nextBoundaryAfter(periodStartMs, interval, ctx.referenceMs))
  if (record.endedAt === null && ctx.random() < 0.2) record.cancelAtPeriodEnd = true
}

/** Manual changes of item balances; some customers consumed more than they had. */
function addItemChanges(ctx: Context): void {
  const items = ctx.catalog.itemsOf(ctx.customer.type)
  const changes = Math.floor(ctx.random() * 3)
  for (let n = 0; n < changes; n++) {
    const item = pickFrom(ctx.random, items)
    if (!item) return
    const delta = ctx.random() < 0.5 ? -(1 + Math.floor(ctx.random() * 200)) : 10 * (1 + Math.floor(ctx.random() * 50))
    recordItemChange(ctx.ledger, randomUuid(ctx.random), item.id, delta, iso(between(ctx.random, ctx.startMs, ctx.referenceMs)))
  }
  const item = pickFrom(ctx.random, items)
  if (item && ctx.random() < 0.18) {
    const overdraw = -(Math.max(0, itemBalance(ctx.ledger, item)) + 1 + Math.floor(ctx.random() * 100))
    recordItemChange(ctx.ledger, randomUuid(ctx.random), item.id, overdraw, iso(between(ctx.random, ctx.startMs, ctx.referenceMs)))
  }
}

/** Generates a customer's whole ledger; about one in five customers (never a forced one) has no activity. */
export function generateLedger(input: GenerateInput): Ledger {
  const ctx: Context = { ...input, ledger: emptyLedger(input.customer), subscriptions: [] }
  if (!input.force && input.random() < 0.2) return ctx.ledger
  addPurchases(ctx)
  if (input.customer.type === 'custom' && (ctx.ledger.transactions.length === 0 || input.random() < 0.15)) {
    addPurchase(ctx, inlineContract(ctx), input.startMs, 'grant')
  }
  addRefunds(ctx)
  for (const running of ctx.subscriptions) settleSubscription(ctx, running)
  addItemChanges(ctx)
  return ctx.ledger
}
