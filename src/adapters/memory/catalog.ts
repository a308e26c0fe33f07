/** The default product catalog and lookups over a catalog. */
import type {
  CustomerType,
  IncludedItem,
  Interval,
  ItemDefinition,
  Price,
  Product,
  ProductCatalog,
  ProductLine,
  ProductSnapshot,
} from '../../adapter/types'

const MONTH: Interval = [1, 'month']
const YEAR: Interval = [1, 'year']
const TRIAL_14_DAYS: Interval = [14, 'day']

function price(id: string, amounts: Record<string, string>, interval: Interval | null = null, freeTrial: Interval | null = null): Price {
  return { id, amounts, interval, freeTrial }
}

function included(itemId: string, quantity: number, repeat: Interval | 'never' = 'never'): IncludedItem {
  return { itemId, quantity, repeat, expires: repeat === 'never' ? 'never' : 'when-repeated' }
}

type ProductOptions = Partial<Omit<ProductSnapshot, 'displayName' | 'customerType'>>

function product(id: string, displayName: string, customerType: CustomerType, options: ProductOptions = {}): Product {
  return {
    id,
    displayName,
    customerType,
    productLineId: null,
    serverOnly: false,
    stackable: false,
    isAddOnTo: [],
    prices: [],
    includedItems: [],
    ...options,
  }
}

const DEFAULT_PRODUCT_LINES: ProductLine[] = [
  { id: 'plans', displayName: 'Plans', customerType: 'user' },
  { id: 'team-plans', displayName: 'Team plans', customerType: 'team' },
  { id: 'api-plans', displayName: 'API plans', customerType: 'custom' },
]

const DEFAULT_ITEMS: ItemDefinition[] = [
  { id: 'credits', displayName: 'Credits', customerType: 'user' },
  { id: 'storage-gb', displayName: 'Storage (GB)', customerType: 'user' },
  { id: 'seats', displayName: 'Seats', customerType: 'team' },
  { id: 'team-credits', displayName: 'Team credits', customerType: 'team' },
  { id: 'projects', displayName: 'Projects', customerType: 'team' },
  { id: 'api-calls', displayName: 'API calls', customerType: 'custom' },
  { id: 'licenses', displayName: 'Licenses', customerType: 'custom' },
]

const DEFAULT_PRODUCTS: Product[] = [
  product('free', 'Free', 'user', { productLineId: 'plans', includedItems: [included('credits', 100, MONTH)] }),
  product('pro', 'Pro', 'user', {
    productLineId: 'plans',
    prices: [
      price('monthly', { USD: '29.99', EUR: '27.99', JPY: '4400' }, MONTH, TRIAL_14_DAYS),
      price('yearly', { USD: '299', EUR: '279', JPY: '44000' }, YEAR),
    ],
    includedItems: [included('credits', 1000, MONTH), included('storage-gb', 50)],
  }),
  product('max', 'Max', 'user', {
    productLineId: 'plans',
    prices: [
      price('monthly', { USD: '99', EUR: '92', JPY: '14800' }, MONTH),
      price('yearly', { USD: '990', EUR: '920', JPY: '148000' }, YEAR),
    ],
    includedItems: [included('credits', 5000, MONTH), included('storage-gb', 500)],
  }),
  product('priority-support', 'Priority support', 'user', {
    isAddOnTo: ['pro', 'max'],
    prices: [price('monthly', { USD: '15', EUR: '14' }, MONTH)],
  }),
  product('lifetime', 'Lifetime licence', 'user', {
    prices: [price('one-time', { USD: '199', EUR: '189', JPY: '29800' })],
    includedItems: [included('storage-gb', 20)],
  }),
  product('credit-pack', 'Credit pack (1,000)', 'user', {
    stackable: true,
    prices: [price('pack', { USD: '10', EUR: '9.50', JPY: '1200' })],
    includedItems: [included('credits', 1000)],
  }),
  product('founder-deal', 'Founder deal', 'user', {
    serverOnly: true,
    prices: [price('one-time', { USD: '49' })],
    includedItems: [included('credits', 2500)],
  }),
  product('team-free', 'Team free', 'team', { productLineId: 'team-plans', includedItems: [included('projects', 3)] }),
  product('team-starter', 'Team starter', 'team', {
    productLineId: 'team-plans',
    prices: [price('monthly', { USD: '49', EUR: '45', JPY: '7300' }, MONTH, TRIAL_14_DAYS)],
    includedItems: [included('seats', 5), included('projects', 10)],
  }),
  product('team-business', 'Team business', 'team', {
    productLineId: 'team-plans',
    prices: [
      price('monthly', { USD: '199', EUR: '185', JPY: '29800' }, MONTH),
      price('yearly', { USD: '1990', EUR: '1850', JPY: '298000' }, YEAR),
    ],
    includedItems: [included('seats', 25), included('projects', 100), included('team-credits', 10000, MONTH)],
  }),
  product('extra-seats', 'Extra seats', 'team', {
    stackable: true,
    prices: [price('monthly', { USD: '12', EUR: '11', JPY: '1800' }, MONTH)],
    includedItems: [included('seats', 1)],
  }),
  product('sso', 'Single sign-on', 'team', {
    isAddOnTo: ['team-business'],
    prices: [price('monthly', { USD: '50', EUR: '46' }, MONTH)],
  }),
  product('team-credit-pack', 'Team credit pack (10,000)', 'team', {
    stackable: true,
    prices: [price('pack', { USD: '80', EUR: '75', JPY: '12000' })],
    includedItems: [included('team-credits', 10000)],
  }),
  product('onboarding', 'Enterprise onboarding', 'team', {
    serverOnly: true,
    prices: [price('one-time', { USD: '2500', EUR: '2300' })],
  }),
  product('sandbox', 'Sandbox', 'custom', { includedItems: [included('api-calls', 1000)] }),
  product('api-basic', 'API basic', 'custom', {
    productLineId: 'api-plans',
    prices: [price('monthly', { USD: '99', EUR: '92', JPY: '14800' }, MONTH)],
    includedItems: [included('api-calls', 100000, MONTH)],
  }),
  product('api-scale', 'API scale', 'custom', {
    productLineId: 'api-plans',
    prices: [price('yearly', { USD: '9900', EUR: '9200', JPY: '1480000' }, YEAR, [30, 'day'])],
    includedItems: [included('api-calls', 5000000, MONTH)],
  }),
  product('api-credits', 'API call pack (100,000)', 'custom', {
    stackable: true,
    prices: [price('pack', { USD: '100', EUR: '95', JPY: '15000' })],
    includedItems: [included('api-calls', 100000)],
  }),
  product('enterprise', 'Enterprise', 'custom', {
    serverOnly: true,
    prices: [price('flat', { USD: '5000' })],
    includedItems: [included('licenses', 50)],
  }),
]

/** A deep copy of the default catalog: three customer types, every kind of product. */
export function defaultCatalog(): ProductCatalog {
  return structuredClone({ products: DEFAULT_PRODUCTS, productLines: DEFAULT_PRODUCT_LINES, items: DEFAULT_ITEMS })
}

/** Fast lookups over one catalog. */
export interface Catalog {
  readonly data: ProductCatalog
  product(id: string): Product | undefined
  item(id: string): ItemDefinition | undefined
  productsOf(type: CustomerType): Product[]
  itemsOf(type: CustomerType): ItemDefinition[]
}

export function createCatalog(data: ProductCatalog): Catalog {
  const products = new Map(data.products.map((p) => [p.id, p]))
  const items = new Map(data.items.map((i) => [i.id, i]))
  return {
    data,
    product: (id) => products.get(id),
    item: (id) => items.get(id),
    productsOf: (type) => data.products.filter((p) => p.customerType === type),
    itemsOf: (type) => data.items.filter((i) => i.customerType === type),
  }
}

/** The catalog (or the part of it for one customer type), as a fresh copy. */
export function catalogFor(catalog: Catalog, type: CustomerType | undefined): ProductCatalog {
  const keep = <T extends { customerType: CustomerType }>(list: T[]) =>
    type === undefined ? list : list.filter((entry) => entry.customerType === type)
  return structuredClone({
    products: keep(catalog.data.products),
    productLines: keep(catalog.data.productLines),
    items: keep(catalog.data.items),
  })
}

/** A catalog product, or an inline one (`id: null`) that a server created on the fly. */
export type PurchasableProduct = ProductSnapshot & { id: string | null }

/** A purchase-time snapshot of a product (a deep copy without the id). */
export function snapshotOf(product: PurchasableProduct): ProductSnapshot {
  const { id: _id, ...snapshot } = product
  return structuredClone(snapshot)
}
