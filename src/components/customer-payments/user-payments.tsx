import { forwardRef } from 'react'
import { CustomerPaymentsSection, type CustomerPaymentsSectionProps } from './customer-payments-section'

/** Props of {@link UserPayments}: those of `CustomerPaymentsSection`, with the user's id instead of type and id. */
export interface UserPaymentsProps extends Omit<CustomerPaymentsSectionProps, 'customerType' | 'customerId'> {
  /** The user's id (UUID). */
  userId: string
}

/**
 * The payments tab of a user's detail page: `CustomerPaymentsSection` for `{ type: 'user', id: userId }`.
 * Every other prop passes through.
 *
 * @selector [data-slot="customer-payments"][data-type="user"]
 * @example
 * <UserPayments userId={user.id} actions={<Button onClick={openCheckout}>Create checkout</Button>} />
 */
export const UserPayments = forwardRef<HTMLDivElement, UserPaymentsProps>(function UserPayments({ userId, ...props }, ref) {
  return <CustomerPaymentsSection ref={ref} customerType="user" customerId={userId} {...props} />
})

/** Props of {@link TeamPayments}: those of `CustomerPaymentsSection`, with the team's id instead of type and id. */
export interface TeamPaymentsProps extends Omit<CustomerPaymentsSectionProps, 'customerType' | 'customerId'> {
  /** The team's id (UUID). */
  teamId: string
}

/**
 * The payments tab of a team's detail page: `CustomerPaymentsSection` for `{ type: 'team', id: teamId }`.
 * Every other prop passes through.
 *
 * @selector [data-slot="customer-payments"][data-type="team"]
 * @example
 * <TeamPayments teamId={team.id} readOnly />
 */
export const TeamPayments = forwardRef<HTMLDivElement, TeamPaymentsProps>(function TeamPayments({ teamId, ...props }, ref) {
  return <CustomerPaymentsSection ref={ref} customerType="team" customerId={teamId} {...props} />
})
