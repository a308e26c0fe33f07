import type { ReactNode } from 'react'
import type { CustomerType } from '../../../adapter/types'
import { usePaymentsContext } from '../../../data/payments-context'
import { cn } from '../../../lib/cn'
import { errorMessage } from '../../../lib/messages'
import { AdapterText } from '../../../ui/adapter-text'
import { Badge } from '../../../ui/badge'
import { Button } from '../../../ui/button'
import { AlertTriangleIcon, BuildingIcon, RefreshIcon, TagIcon, UserIcon } from '../../../ui/icons'
import { Skeleton } from '../../../ui/skeleton'
import { CustomerAvatar, customerName, customerTypeLabel } from '../../customer-identity/customer-identity'
import type { CustomerPaymentsState } from '../use-customer-payments'
import { Heading } from './section-frame'
import { useThemeRoot } from '../../theme-root'

const TYPE_ICONS: Record<CustomerType, ReactNode> = {
  user: <UserIcon />,
  team: <BuildingIcon />,
  custom: <TagIcon />,
}

/** Props of {@link CustomerPaymentsHeader}. */
export interface CustomerPaymentsHeaderProps {
  /** The state from `useCustomerPayments`. */
  payments: CustomerPaymentsState
  /** Host buttons shown at the end of the header (e.g. "Create checkout"). */
  actions?: ReactNode
  /** Heading level of the customer's name. @default 2 */
  headingLevel?: number
  /** Extra class on the header element. */
  className?: string
}

/**
 * The customer's identity (avatar or initials, name or id, email, id, type badge) and a slot for
 * host actions. While the identity loads or fails, the id still shows.
 *
 * @selector [data-slot="customer-payments-header"][data-status][data-type]
 * @selector [data-slot="customer-payments-name" | "customer-payments-email" | "customer-payments-id" | "customer-payments-type" | "customer-payments-actions"]
 * @example
 * <CustomerPaymentsHeader payments={payments} actions={<Button>Create checkout</Button>} />
 */
export function CustomerPaymentsHeader({ payments, actions, headingLevel = 2, className }: CustomerPaymentsHeaderProps) {
  const { t } = usePaymentsContext('CustomerPaymentsHeader')
  const { identity, customer } = payments
  const loading = identity.status === 'loading'
  const known = identity.data
  const unknown = identity.status !== 'loading' && identity.status !== 'error' && known === null
  const name = known ? customerName(known) : unknown ? t('customer.unknown') : customer.id
  const email = known?.email?.trim() || null
  const showEmail = email !== null && email !== name
  const showId = customer.id !== name
  const themeRoot = useThemeRoot(cn('hx-cp-header', className))

  return (
    <header
      data-slot="customer-payments-header"
      data-status={identity.status}
      data-type={customer.type}
      aria-busy={loading || undefined}
      {...themeRoot}
    >
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
        {identity.status === 'error' ? (
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
      {actions ? (
        <div className="hx-cp-header__actions" data-slot="customer-payments-actions">
          {actions}
        </div>
      ) : null}
    </header>
  )
}
