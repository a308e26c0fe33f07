import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import type { CheckoutResult, CustomerRef, OwnedProduct, Price, Product, ProductCatalog } from '../../adapter/types'
import { PaymentsError, isAbortError } from '../../adapter/errors'
import { usePaymentsContext } from '../../data/payments-context'
import { checkoutMessages } from '../../lib/messages/checkout'
import { refreshStaleView, useOwnedProducts, useProductCatalog } from '../../data/customer-queries'
import { useSingleFlight } from '../../ui/use-single-flight'
import { createIdempotencyKey } from '../../lib/ids'
import { mutationStatus, readStatus, type MutationStatus, type ReadStatus } from '../../lib/async-status'
import { isHttpUrl, isSafeCheckoutUrl } from '../../lib/url'

/**
 * What one create-checkout form is for: the one options type of create checkout. The hook, the
 * shared dialog's `open()`, `CreateCheckoutDialog`, `CreateCheckoutRoot` and the entry points all
 * take it (or a `Pick` of it).
 *
 * - `customer` set: the customer is fixed and the user chooses a product.
 * - `productId` set: the product is fixed and the user chooses a customer of its type.
 * - neither: the user chooses both.
 *
 * @example
 * const options: CreateCheckoutOptions = { customer: { type: 'team', id }, onCreated: (r) => copy(r.url) }
 * useCreateCheckoutDialog().open(options)
 * <CreateCheckoutDialog defaultOpen {...options} />
 */
export interface CreateCheckoutOptions {
  /** Preselected customer: the customer is fixed and the user chooses a product. */
  customer?: CustomerRef
  /** Locked product: the product is fixed and the user chooses a customer of its type. */
  productId?: string
  /** Initial return URL. @default '' */
  defaultReturnUrl?: string
  /** Called with the result of every successful attempt. */
  onCreated?: (result: CheckoutResult, request: CheckoutRequest) => void
  /**
   * Where focus goes when the dialog closes (e.g. the menu trigger that opened it). The headless
   * hook ignores it. @default the element focused before the dialog opened
   */
  returnFocusTo?: HTMLElement | null
}

/**
 * The options of {@link useCreateCheckout}: {@link CreateCheckoutOptions} without the dialog's
 * focus target.
 */
export type UseCreateCheckoutOptions = Omit<CreateCheckoutOptions, 'returnFocusTo'>

/** What a successful attempt was made for. */
export interface CheckoutRequest {
  customer: CustomerRef
  productId: string
  priceId?: string
  quantity?: number
  returnUrl?: string
  idempotencyKey: string
}

/**
 * Where the checkout attempt stands, in the library's one status vocabulary: `idle` (editing),
 * `loading` (the request is in flight), `error` (it failed; selections are kept), `success` (the
 * link is shown). Before 0.2 these were `'editing' | 'pending' | 'error' | 'success'`.
 *
 * @deprecated Use `MutationStatus`, the same union.
 */
export type CreateCheckoutStatus = MutationStatus

/** Field errors shown next to the fields (client-side checks and `validation` errors). */
export type CheckoutFieldErrors = Partial<Record<'customer' | 'product' | 'price' | 'quantity' | 'returnUrl', string>>

export interface CreateCheckoutState {
  mode: 'customer' | 'product' | 'both'
  customer: CustomerRef | null
  setCustomer: (customer: CustomerRef | null) => void
  productId: string | null
  setProductId: (productId: string | null) => void
  /** The selected product (from the catalog), once loaded. */
  product: Product | null
  /** Products for the customer's type (all types while no customer is chosen). */
  catalog: ProductCatalog | undefined
  /**
   * Where the catalog stands (`loading`, `error`, `empty`: no product for the customer's type,
   * `success`); a loaded catalog stays `success` while a refresh runs or fails.
   */
  catalogStatus: ReadStatus
  /** Why the catalog could not be loaded (while `catalogStatus` is `error`). */
  catalogError: Error | null
  /** Loads the catalog again; resolves when that request settles (a repeat call joins it). */
  retryCatalog: () => Promise<void>
  /** Product ids the customer already owns and cannot buy again (non-stackable). */
  ownedIds: ReadonlySet<string>
  priceId: string | null
  setPriceId: (priceId: string | null) => void
  /** The selected price, or `null` for free products. */
  price: Price | null
  quantity: number
  setQuantity: (quantity: number) => void
  returnUrl: string
  setReturnUrl: (url: string) => void
  /** `idle` while editing, `loading` while the attempt is in flight, then `error` or `success`. */
  status: MutationStatus
  error: Error | null
  fieldErrors: CheckoutFieldErrors
  result: CheckoutResult | null
  /**
   * Why the adapter cannot create a checkout for the chosen customer's type (its
   * `unavailable['createCheckoutUrl:<type>']`), or `null`. While set, `submit` sends nothing.
   */
  unavailable: string | null
  /** Validates and sends one attempt; ignored while an attempt is pending. */
  submit: () => void
  /** Back to the form with the same selections and a new attempt ("Create another"). */
  reset: () => void
  /** Aborts the pending attempt, if any (closing the dialog). */
  abort: () => void
}

function ownedIdsOf(owned: OwnedProduct[]): Set<string> {
  return new Set(owned.filter((o) => o.id !== null && !o.product.stackable).map((o) => o.id as string))
}

/**
 * The state of one create-checkout form: customer and product (either may be locked), price,
 * quantity (stackable products only), return URL, and the attempt itself. Exactly one adapter
 * call per attempt, with an idempotency key that stays the same while the user retries the same
 * attempt and changes when a selection changes.
 *
 * @example
 * const checkout = useCreateCheckout({ customer: { type: 'user', id } })
 * checkout.setProductId('pro')
 * checkout.submit()
 */
export function useCreateCheckout(options: UseCreateCheckoutOptions = {}): CreateCheckoutState {
  const { adapter, queryClient, queryScope, t, capabilities } = usePaymentsContext('useCreateCheckout', checkoutMessages)
  const mode = options.customer ? 'customer' : options.productId ? 'product' : 'both'

  const [customerState, setCustomerState] = useState<CustomerRef | null>(options.customer ?? null)
  const customer = options.customer ?? customerState
  const [productState, setProductState] = useState<string | null>(options.productId ?? null)
  const productId = options.productId ?? productState
  const [priceState, setPriceState] = useState<string | null>(null)
  const [quantity, setQuantityState] = useState(1)
  const [returnUrl, setReturnUrlState] = useState(options.defaultReturnUrl ?? '')
  const [fieldErrors, setFieldErrors] = useState<CheckoutFieldErrors>({})
  const [attemptKey, setAttemptKey] = useState(createIdempotencyKey)

  // Any change of what is bought is a new attempt with a new key.
  const edit = useCallback(<T,>(set: (value: T) => void) => (value: T) => {
    set(value)
    setAttemptKey(createIdempotencyKey())
    setFieldErrors({})
  }, [])

  const catalogQuery = useProductCatalog(customer?.type)
  const catalog = catalogQuery.data
  const product = useMemo(() => catalog?.products.find((p) => p.id === productId) ?? null, [catalog, productId])
  const price = useMemo(() => {
    if (!product || product.prices.length === 0) return null
    return product.prices.find((p) => p.id === priceState) ?? product.prices[0] ?? null
  }, [product, priceState])

  const owned = useOwnedProducts(customer ?? { type: 'custom', id: '' }, { enabled: customer !== null })
  const ownedIds = useMemo(() => (customer ? ownedIdsOf(owned.items) : new Set<string>()), [customer, owned.items])

  const controllerRef = useRef<AbortController | null>(null)
  const onCreatedRef = useRef(options.onCreated)
  useEffect(() => {
    onCreatedRef.current = options.onCreated
  })

  const mutation = useMutation<CheckoutResult, Error, CheckoutRequest & { signal: AbortSignal }>(
    {
      mutationFn: async ({ signal, ...request }) => {
        const result = await adapter.createCheckoutUrl({ ...request, signal })
        if (!isSafeCheckoutUrl(result.url)) {
          throw new PaymentsError('unsafe_checkout_url', { method: 'createCheckoutUrl', details: { url: result.url } })
        }
        return result
      },
      retry: false,
      onSuccess: (result, { signal, ...request }) => {
        if (!signal.aborted) onCreatedRef.current?.(result, request)
      },
      // The backend knows better than our cached view: refresh what the error says is stale, so the
      // chooser agrees with the message (the selection itself is kept). The same policy as every
      // customer action.
      onError: (error, { customer: ref }) => refreshStaleView({ queryClient, queryScope }, ref, error),
    },
    queryClient,
  )

  // Single-flight by a ref, not by `mutation.isPending`: a second submit in the same task (before
  // React re-renders) would read the last render's `isPending` and send a second request.
  const flight = useSingleFlight()

  const abort = useCallback(() => {
    controllerRef.current?.abort()
    controllerRef.current = null
    flight.cancel()
    mutation.reset()
  }, [mutation, flight])

  // Unmounting (closing the dialog) aborts the attempt: nothing from it shows up later.
  useEffect(() => () => controllerRef.current?.abort(), [])

  const unavailable = (customer && capabilities.unavailable[`createCheckoutUrl:${customer.type}`]) || null
  const submit = useCallback(() => {
    if (mutation.isPending || unavailable) return
    const errors: CheckoutFieldErrors = {}
    if (!customer) errors.customer = t('checkout.error.customerRequired')
    if (!productId) errors.product = t('checkout.error.productRequired')
    else if (catalog && !product) errors.product = t('error.product_not_found')
    if (product?.stackable && (!Number.isInteger(quantity) || quantity < 1)) errors.quantity = t('checkout.error.quantity')
    const url = returnUrl.trim()
    if (url && !isHttpUrl(url)) errors.returnUrl = t('checkout.error.returnUrl')
    setFieldErrors(errors)
    if (Object.keys(errors).length > 0 || !customer || !productId) return
    const end = flight.start()
    if (!end) return
    const controller = new AbortController()
    controllerRef.current = controller
    mutation.mutate(
      {
        customer,
        productId,
        priceId: price?.id,
        quantity: product?.stackable ? quantity : undefined,
        returnUrl: url || undefined,
        idempotencyKey: attemptKey,
        signal: controller.signal,
      },
      { onSettled: end },
    )
  }, [mutation, unavailable, flight, customer, productId, catalog, product, quantity, returnUrl, price, attemptKey, t])

  const reset = useCallback(() => {
    mutation.reset()
    setAttemptKey(createIdempotencyKey())
    setFieldErrors({})
  }, [mutation])

  const error = mutation.error && !isAbortError(mutation.error) ? mutation.error : null
  const serverFieldErrors = error instanceof PaymentsError && error.code === 'validation' ? error.fieldErrors : undefined
  const status = mutationStatus({ isPending: mutation.isPending, error, isSuccess: mutation.isSuccess })
  const catalogStatus = readStatus({
    hasData: catalog !== undefined,
    isEmpty: catalog !== undefined && !catalog.products.some((p) => !customer || p.customerType === customer.type),
    error: catalogQuery.error,
  })

  return {
    mode,
    customer,
    setCustomer: edit(setCustomerState),
    productId,
    setProductId: edit((id: string | null) => {
      setProductState(id)
      setPriceState(null)
      setQuantityState(1)
    }),
    product,
    catalog,
    catalogStatus,
    catalogError: catalogStatus === 'error' ? catalogQuery.error : null,
    retryCatalog: () => catalogQuery.refetch({ cancelRefetch: false }).then(() => undefined),
    ownedIds,
    priceId: price?.id ?? null,
    setPriceId: edit(setPriceState),
    price,
    quantity,
    setQuantity: edit(setQuantityState),
    returnUrl,
    setReturnUrl: edit(setReturnUrlState),
    status,
    error,
    fieldErrors: { ...pickFieldErrors(serverFieldErrors), ...fieldErrors },
    result: mutation.isSuccess ? mutation.data : null,
    unavailable,
    submit,
    reset,
    abort,
  }
}

function pickFieldErrors(errors: Record<string, string> | undefined): CheckoutFieldErrors {
  if (!errors) return {}
  const out: CheckoutFieldErrors = {}
  for (const field of ['customer', 'product', 'price', 'quantity', 'returnUrl'] as const) {
    const message = errors[field] ?? (field === 'product' ? errors.productId : field === 'price' ? errors.priceId : undefined)
    if (message) out[field] = message
  }
  return out
}
