import { useCustomerTypeTotals, type CustomerTypeTotal } from '@hexclave/payments-ui'
import { Link } from '../router'
import { Card, PageHeader } from '../ui'

/** The stat's value and, when there is no number to show, why. */
function fmt(state: CustomerTypeTotal | undefined): { value: string; note?: string } {
  if (!state || state.status === 'loading') return { value: '…' }
  if (state.status === 'error') return { value: '—', note: 'Could not load' }
  if (!state.total) return { value: '—', note: 'Not reported by this backend' }
  return { value: `${new Intl.NumberFormat('en-US').format(state.total.count)}${state.total.approximate ? '+' : ''}` }
}

export function OverviewPage() {
  const totals = useCustomerTypeTotals(['user', 'team', 'custom'])
  const stats = [
    { label: 'Users', ...fmt(totals.user), to: '/users' },
    { label: 'Teams', ...fmt(totals.team), to: '/teams' },
    { label: 'Custom customers', ...fmt(totals.custom), to: '/payments/customers?type=custom' },
  ]
  return (
    <>
      <PageHeader title="Overview" description="Your project at a glance. Every payments surface here comes from @hexclave/payments-ui." />
      <div className="stat-grid">
        {stats.map((stat) => (
          <Link key={stat.label} to={stat.to} className="card stat">
            <span className="muted">{stat.label}</span>
            <strong className="stat__value" aria-busy={stat.value === '…' || undefined}>
              {stat.value}
            </strong>
            {stat.note ? <span className="muted stat__note">{stat.note}</span> : null}
          </Link>
        ))}
      </div>
      <Card title="Where to create a checkout">
        <ul className="plain-list">
          <li>
            <Link to="/users">Users</Link> and <Link to="/teams">Teams</Link>: the row menu of the table, the detail page header and the
            Payments tab.
          </li>
          <li>
            <Link to="/products">Products</Link>: each product card&apos;s ⋯ menu and the product page&apos;s ellipsis menu.
          </li>
          <li>
            <Link to="/payments/customers">Payments → Customers</Link>: every customer&apos;s payments view.
          </li>
        </ul>
      </Card>
    </>
  )
}
