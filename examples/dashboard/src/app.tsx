import { PaymentsProvider } from '@hexclave/payments-ui'
import { useState, type ReactNode } from 'react'
import { adapterMode, createDemoAdapter, hrefForMode, purchasesBlocked, type AdapterMode } from './adapter'
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

const ADAPTER_LABEL: Record<AdapterMode, string> = { memory: 'Memory adapter', rest: 'REST adapter', sdk: 'SDK adapter' }

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
        <span className="muted" data-testid="adapter-mode">
          {ADAPTER_LABEL[adapterMode]}
          {purchasesBlocked && ' · purchases blocked'}
        </span>
        <AdapterSwitch />
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

const MODES: { mode: AdapterMode; label: string; title: string }[] = [
  { mode: 'memory', label: 'Memory', title: 'In-browser memory adapter' },
  { mode: 'rest', label: 'REST', title: 'REST adapter over HTTP, against the reference API server' },
  { mode: 'sdk', label: 'SDK', title: 'SDK adapter (the published Hexclave SDK) in the host backend, against the reference API server' },
]

/** Reloads the demo on the other adapter (a full load: the adapter is chosen once per page). */
function AdapterSwitch() {
  return (
    <div className="adapter-switch" role="group" aria-label="Data source">
      {MODES.map(({ mode, label, title }) => (
        <a key={mode} href={hrefForMode(mode)} title={title} className="adapter-switch__option" aria-current={mode === adapterMode ? 'true' : undefined}>
          {label}
        </a>
      ))}
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
        <PaymentsProvider adapter={adapter} locale="en-US" colorScheme="inherit">
          <Route path={location.path} />
        </PaymentsProvider>
      </main>
    </div>
  )
}
