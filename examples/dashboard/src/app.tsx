import { PaymentsProvider } from '@hexclave/payments-ui'
import { useState, type ReactNode } from 'react'
import { adapterMode, createDemoAdapter, purchasesBlocked } from './adapter'
import { CustomersPage } from './pages/customers'
import { OverviewPage } from './pages/overview'
import { ProductDetailPage, ProductsPage } from './pages/products'
import { AccountDetailPage, AccountsPage } from './pages/accounts'
import { Link, matchPath, useLocation } from './router'
import { useTheme } from './theme'
import { BoxIcon, CardIcon, HomeIcon, MoonIcon, SunIcon, TeamsIcon, UsersIcon } from './ui'

const NAV = [
  { to: '/', label: 'Overview', icon: <HomeIcon />, section: null },
  { to: '/users', label: 'Users', icon: <UsersIcon />, section: 'Project' },
  { to: '/teams', label: 'Teams', icon: <TeamsIcon />, section: 'Project' },
  { to: '/products', label: 'Products', icon: <BoxIcon />, section: 'Payments' },
  { to: '/payments/customers', label: 'Customers', icon: <CardIcon />, section: 'Payments' },
] as const

function Route({ path }: { path: string }): ReactNode {
  let params: Record<string, string> | null
  if (path === '/') return <OverviewPage />
  if (path === '/users') return <AccountsPage type="user" />
  if ((params = matchPath('/users/:id', path))) return <AccountDetailPage type="user" id={params.id as string} tab="overview" />
  if ((params = matchPath('/users/:id/payments', path))) return <AccountDetailPage type="user" id={params.id as string} tab="payments" />
  if (path === '/teams') return <AccountsPage type="team" />
  if ((params = matchPath('/teams/:id', path))) return <AccountDetailPage type="team" id={params.id as string} tab="overview" />
  if ((params = matchPath('/teams/:id/payments', path))) return <AccountDetailPage type="team" id={params.id as string} tab="payments" />
  if (path === '/products') return <ProductsPage />
  if ((params = matchPath('/products/:id', path))) return <ProductDetailPage id={params.id as string} />
  if (path === '/payments/customers') return <CustomersPage />
  return (
    <div className="empty-page">
      <h1>Page not found</h1>
      <p className="muted">
        Nothing lives at <code>{path}</code>. <Link to="/">Go to the overview</Link>.
      </p>
    </div>
  )
}

function Sidebar({ path }: { path: string }) {
  const [theme, setTheme] = useTheme()
  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">A</span>
        <span>
          Acme Admin
          <span className="sidebar__project">production</span>
        </span>
      </div>
      <nav aria-label="Main" className="sidebar__nav">
        {NAV.map((item, index) => {
          const heading = item.section && item.section !== NAV[index - 1]?.section ? item.section : null
          const active = item.to === '/' ? path === '/' : path === item.to || path.startsWith(`${item.to}/`)
          return (
            <div key={item.to}>
              {heading && <div className="sidebar__section">{heading}</div>}
              <Link to={item.to} className="sidebar__link" aria-current={active ? 'page' : undefined}>
                {item.icon}
                {item.label}
              </Link>
            </div>
          )
        })}
      </nav>
      <div className="sidebar__footer">
        <span className="muted">
          {adapterMode === 'rest' ? 'REST adapter' : 'Memory adapter'}
          {purchasesBlocked && ' · purchases blocked'}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
        </button>
      </div>
    </aside>
  )
}

/** REST-MODE SEAM (issue 6, in progress): replace this notice with the REST adapter once it lands. */
function RestModeNotice() {
  return (
    <div className="notice" role="status" data-testid="rest-mode-notice">
      <h1>REST mode needs the reference server (issue 6, in progress)</h1>
      <p className="muted">
        The REST adapter and its reference server are not wired into this demo yet.{' '}
        <a href="/?adapter=memory">Run the demo on the memory adapter</a> instead.
      </p>
    </div>
  )
}

export function App() {
  const location = useLocation()
  const [adapter] = useState(createDemoAdapter)
  return (
    <div className="shell">
      <Sidebar path={location.path} />
      <main className="main">
        {adapter ? (
          <PaymentsProvider adapter={adapter} locale="en-US" colorScheme="inherit">
            <Route path={location.path} />
          </PaymentsProvider>
        ) : (
          <RestModeNotice />
        )}
      </main>
    </div>
  )
}
