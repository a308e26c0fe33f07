import { useCustomerTypeCounts, type PageTotal } from '@hexclave/payments-ui'
import { Link } from '../router'
import { Card, PageHeader } from '../ui'

const fmt = (total: PageTotal | undefined) =>
  total ? `${new Intl.NumberFormat('en-US').format(total.count)}${total.approximate ? '+' : ''}` : '…'

export function OverviewPage() {
  const counts = useCustomerTypeCounts(['user', 'team', 'custom'])
  const stats = [
    { label: 'Users', value: fmt(counts.user), to: '/users' },
    { label: 'Teams', value: fmt(counts.team), to: '/teams' },
    { label: 'Custom customers', value: fmt(counts.custom), to: '/payments/customers?type=custom' },
  ]
  return (
    <>
      <PageHeader title="Overview" description="Your project at a glance. Every payments surface here comes from @hexclave/payments-ui." />
      <div className="stat-grid">
        {stats.map((stat) => (
          <Link key={stat.label} to={stat.to} className="card stat">
            <span className="muted">{stat.label}</span>
            <strong className="stat__value">{stat.value}</strong>
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
