/** Users and Teams: the host's own list and detail pages, with the library's table and payments section inside. */
import {
  CreateCheckoutButton,
  CustomerTable,
  TeamPayments,
  UserPayments,
  useCustomer,
  type Customer,
} from '@hexclave/payments-ui'
import { useMemo, useState } from 'react'
import { Link, navigate } from '../router'
import { Badge, Card, Initials, PageHeader, Tabs } from '../ui'

type AccountType = 'user' | 'team'

const base = (type: AccountType) => (type === 'user' ? '/users' : '/teams')
const hrefOf = (type: AccountType, id: string) => `${base(type)}/${encodeURIComponent(id)}`
const title = (type: AccountType) => (type === 'user' ? 'Users' : 'Teams')

export function AccountsPage({ type }: { type: AccountType }) {
  const [notice, setNotice] = useState<string | null>(null)
  const types = useMemo(() => [type], [type])
  return (
    <>
      <PageHeader
        title={title(type)}
        description={
          type === 'user'
            ? 'Everyone who signed up to your project. Open a user for their profile and payments.'
            : 'Teams in your project. Open a team for its members and payments.'
        }
      />
      {notice && (
        <p className="toast" role="status">
          {notice}
        </p>
      )}
      <div className="table-card">
        <CustomerTable
          types={types}
          height={600}
          getCustomerHref={(customer) => hrefOf(type, customer.id)}
          onCustomerOpen={(customer) => navigate(hrefOf(type, customer.id))}
          rowActions={(customer: Customer) =>
            type === 'user'
              ? [{ id: 'impersonate', label: 'Impersonate', onSelect: () => setNotice(`Impersonating ${customer.displayName ?? customer.id} (demo only)`) }]
              : [{ id: 'members', label: 'View members', onSelect: () => navigate(hrefOf(type, customer.id)) }]
          }
        />
      </div>
    </>
  )
}

export function AccountDetailPage({ type, id, tab }: { type: AccountType; id: string; tab: 'overview' | 'payments' }) {
  const ref = useMemo(() => ({ type, id }), [type, id])
  const { data: customer, status } = useCustomer(ref)
  const name = customer?.displayName ?? (status === 'pending' ? 'Loading…' : id)
  const href = hrefOf(type, id)
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: title(type), to: base(type) }]}
        leading={<Initials name={customer?.displayName ?? ''} />}
        title={name}
        description={customer?.email ?? (type === 'team' ? 'Team' : null)}
        actions={<CreateCheckoutButton customer={ref} />}
      />
      <Tabs
        label={`${type === 'user' ? 'User' : 'Team'} sections`}
        active={tab}
        tabs={[
          { id: 'overview', label: 'Overview', to: href },
          { id: 'payments', label: 'Payments', to: `${href}/payments` },
        ]}
      />
      {tab === 'payments' ? (
        type === 'user' ? (
          <UserPayments userId={id} />
        ) : (
          <TeamPayments teamId={id} />
        )
      ) : status === 'success' && customer === null ? (
        <Card>
          <p>
            No {type} with id <code>{id}</code>. <Link to={base(type)}>Back to {title(type).toLowerCase()}</Link>
          </p>
        </Card>
      ) : (
        <div className="detail-grid">
          <Card title="Profile">
            <dl className="facts">
              <dt>Name</dt>
              <dd>{customer?.displayName ?? '—'}</dd>
              {type === 'user' && (
                <>
                  <dt>Email</dt>
                  <dd>{customer?.email ?? '—'}</dd>
                </>
              )}
              <dt>ID</dt>
              <dd>
                <code>{id}</code>
              </dd>
              <dt>Created</dt>
              <dd>{customer?.createdAt ? new Date(customer.createdAt).toLocaleDateString('en-US', { dateStyle: 'medium' }) : '—'}</dd>
            </dl>
          </Card>
          <Card title="Status">
            <p>
              <Badge>Active</Badge>
            </p>
            <p className="muted">
              Billing, products and transactions live in the <Link to={`${href}/payments`}>Payments tab</Link>.
            </p>
          </Card>
        </div>
      )}
    </>
  )
}
