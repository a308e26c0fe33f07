import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import type { CustomerType } from '../../../adapter/types'
import { usePaymentsContext } from '../../../data/payments-context'
import { customerMessages } from '../../../lib/messages/customer'
import { paymentsMessages } from '../../../lib/messages/payments'
import { cn } from '../../../lib/cn'
import { errorMessage } from '../../../lib/messages'
import { AdapterText } from '../../../ui/adapter-text'
import { AsyncFrame, type AsyncSlots } from '../../../ui/async-frame'
import { Badge } from '../../../ui/badge'
import { Button } from '../../../ui/button'
import { AlertTriangleIcon, BuildingIcon, RefreshIcon, TagIcon, UserIcon } from '../../../ui/icons'
import { Skeleton } from '../../../ui/skeleton'
import { CustomerAvatar, customerName, customerTypeLabel } from '../../customer-identity/customer-identity'
import type { CustomerPaymentsState } from '../use-customer-payments'
import { Heading } from './section-frame'
import { mergeSlots } from './slots'
import { useThemeRoot } from '../../theme-root'

const TYPE_ICONS: Record<CustomerType, ReactNode> = {
  user: <UserIcon />,
  team: <BuildingIcon />,
  custom: <TagIcon />,
}

/** Props of {@link CustomerPaymentsHeader}; other props go to its `<header>` element. */
export interface CustomerPaymentsHeaderProps extends Omit<ComponentPropsWithoutRef<'header'>, 'children'> {
  /** The state from `useCustomerPayments`. */
  payments: CustomerPaymentsState
  /** Host buttons shown at the end of the header (e.g. "Create checkout"). */
  actions?: ReactNode
  /** Heading level of the customer's name. @default 2 */
  headingLevel?: number
  /** Extra class on the header element (merged last). */
  className?: string
  /**
   * Replaces the identity's loading (avatar and name placeholders), error (the inline alert with
   * Retry) or empty ("Unknown customer") state; the header element and `actions` stay. Wins over
   * the `slots` of `CustomerPaymentsSection`.
   */
  slots?: AsyncSlots
}

type IdentityView = 'loading' | 'error' | 'empty' | 'success'

/** Avatar, name, meta line (type, email, id) and, on failure, the inline alert with Retry. */
function Identity({ payments, view, headingLevel }: { payments: CustomerPaymentsState; view: IdentityView; headingLevel: number }) {
  const { t } = usePaymentsContext('CustomerPaymentsHeader', paymentsMessages, customerMessages)
  const { identity, customer } = payments
  const loading = view === 'loading'
  const known = view === 'success' ? identity.data : null
  const name = known ? customerName(known) : view === 'empty' ? t('customer.unknown') : customer.id
  const email = known?.email?.trim() || null
  const showEmail = email !== null && email !== name
  const showId = customer.id !== name
  return (
    <>
      {loading ? (
        <Skeleton className="hx-cp-header__avatar" width={48} height={48} radius="full" />
      ) : (
        <CustomerAvatar className="hx-cp-header__avatar" name={name} src={known?.avatarUrl} type={customer.type} size="lg" />
      )}
      <div className="hx-cp-header__text">
        <Heading level={headingLevel} className="hx-cp-header__name">
          {loading ? (
            <>
              <span className="hx-sr-only">{customer.id}</span>
              <Skeleton width="12rem" height="1.25em" />
            </>
          ) : (
            <AdapterText overflow="truncate" data-slot="customer-payments-name">{name}</AdapterText>
          )}
        </Heading>
        <div className="hx-cp-header__meta">
          <Badge variant={customer.type} data-slot="customer-payments-type">
            {TYPE_ICONS[customer.type]}
            {customerTypeLabel(t, customer.type)}
          </Badge>
          {loading ? <Skeleton width="10rem" /> : null}
          {showEmail ? (
            <AdapterText overflow="truncate" className="hx-cp-header__email" data-slot="customer-payments-email">
              {email}
            </AdapterText>
          ) : null}
          {showId ? (
            <span className="hx-cp-header__id" data-slot="customer-payments-id">
              <span className="hx-sr-only">{t('customer.id')}: </span>
              <AdapterText overflow="truncate">{customer.id}</AdapterText>
            </span>
          ) : null}
        </div>
        {view === 'error' ? (
          <p className="hx-cp-header__error" role="alert" data-slot="customer-payments-identity-error">
            <AlertTriangleIcon />
            <span>
              {t('payments.header.error')} {identity.error ? errorMessage(t, identity.error) : null}
            </span>
            <Button variant="ghost" size="sm" onClick={identity.retry} isPending={identity.isFetching}>
              <RefreshIcon />
              {t('state.retry')}
            </Button>
          </p>
        ) : null}
      </div>
    </>
  )
}

/**
 * The customer's identity (avatar or initials, name or id, email, id, type badge) and a slot for
 * host actions. While the identity loads or fails, the id still shows; a user or team the adapter
 * does not know is `empty` ("Unknown customer"). Its states go through the same frame as every
 * sub-section, so `slots` can replace them.
 *
 * @selector [data-slot="customer-payments-header"][data-status="loading" | "error" | "empty" | "success"][data-type]
 * @selector [data-slot="customer-payments-name" | "customer-payments-email" | "customer-payments-id" | "customer-payments-type" | "customer-payments-actions"]
 * @selector [data-slot="customer-payments-identity-error"] — the inline alert with Retry
 * @example
 * <CustomerPaymentsHeader payments={payments} actions={<Button>Create checkout</Button>} />
 */
export const CustomerPaymentsHeader = forwardRef<HTMLElement, CustomerPaymentsHeaderProps>(function CustomerPaymentsHeader(
  { payments, actions, headingLevel = 2, slots, className, ...props },
  ref,
) {
  const { identity, customer } = payments
  const themeRoot = useThemeRoot(cn('hx-cp-header', className))
  const view = (state: IdentityView) => <Identity payments={payments} view={state} headingLevel={headingLevel} />
  return (
    <header
      ref={ref}
      data-slot="customer-payments-header"
      data-status={identity.status}
      data-type={customer.type}
      aria-busy={identity.status === 'loading' || undefined}
      {...props}
      {...themeRoot}
    >
      <AsyncFrame
        status={identity.status}
        error={identity.error}
        retry={identity.retry}
        isRetrying={identity.isFetching}
        loading={view('loading')}
        empty={view('empty')}
        // The header's own error state (an inline alert, the id still shown) is its default slot.
        slots={mergeSlots({ error: view('error') }, slots)}
      >
        {() => view('success')}
      </AsyncFrame>
      {actions ? (
        <div className="hx-cp-header__actions" data-slot="customer-payments-actions">
          {actions}
        </div>
      ) : null}
    </header>
  )
})
