/** The host dashboard's own small UI kit (not the library's): page header, tabs, cards, menus, icons. */
import * as Menu from '@radix-ui/react-dropdown-menu'
import type { ReactNode } from 'react'
import { Link } from './router'

export function PageHeader({
  title,
  description,
  breadcrumbs,
  actions,
  leading,
}: {
  title: ReactNode
  description?: ReactNode
  breadcrumbs?: { label: string; to: string }[]
  actions?: ReactNode
  leading?: ReactNode
}) {
  return (
    <header className="page-header">
      {breadcrumbs && (
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          {breadcrumbs.map((crumb) => (
            <span key={crumb.to}>
              <Link to={crumb.to}>{crumb.label}</Link>
              <span aria-hidden="true"> / </span>
            </span>
          ))}
        </nav>
      )}
      <div className="page-header__row">
        {leading}
        <div className="page-header__text">
          <h1>{title}</h1>
          {description && <p className="muted">{description}</p>}
        </div>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
    </header>
  )
}

export function Tabs({ label, tabs, active }: { label: string; tabs: { id: string; label: string; to: string }[]; active: string }) {
  return (
    <nav className="tabs" aria-label={label}>
      {tabs.map((tab) => (
        <Link key={tab.id} to={tab.to} className="tabs__tab" aria-current={tab.id === active ? 'page' : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  )
}

export function Card({ title, children, className }: { title?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={`card ${className ?? ''}`}>
      {title && <h2 className="card__title">{title}</h2>}
      {children}
    </section>
  )
}

export function Badge({ children }: { children: ReactNode }) {
  return <span className="badge">{children}</span>
}

export function Initials({ name }: { name: string }) {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('')
  return (
    <span className="initials" aria-hidden="true">
      {letters || '?'}
    </span>
  )
}

/** A ⋯ button opening a Radix dropdown menu; put host items and `CreateCheckoutMenuItem` inside. */
export function EllipsisMenu({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger className="icon-button" aria-label={label}>
        <MoreIcon />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className="menu" align="end" sideOffset={4}>
          {children}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  )
}

export function MenuItem({ children, onSelect, destructive }: { children: ReactNode; onSelect?: () => void; destructive?: boolean }) {
  return (
    <Menu.Item className={`menu__item${destructive ? ' menu__item--destructive' : ''}`} onSelect={onSelect}>
      {children}
    </Menu.Item>
  )
}

export const MenuSeparator = () => <Menu.Separator className="menu__separator" />

function Svg({ children }: { children: ReactNode }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {children}
    </svg>
  )
}

export const MoreIcon = () => (
  <Svg>
    <circle cx="5" cy="12" r="1" />
    <circle cx="12" cy="12" r="1" />
    <circle cx="19" cy="12" r="1" />
  </Svg>
)
export const UsersIcon = () => (
  <Svg>
    <circle cx="9" cy="7" r="4" />
    <path d="M2 21v-2a4 4 0 0 1 4-4h6a4 4 0 0 1 4 4v2M16 3.1a4 4 0 0 1 0 7.8M22 21v-2a4 4 0 0 0-3-3.9" />
  </Svg>
)
export const TeamsIcon = () => (
  <Svg>
    <rect x="3" y="3" width="7" height="7" rx="1" />
    <rect x="14" y="3" width="7" height="7" rx="1" />
    <rect x="3" y="14" width="7" height="7" rx="1" />
    <rect x="14" y="14" width="7" height="7" rx="1" />
  </Svg>
)
export const BoxIcon = () => (
  <Svg>
    <path d="M21 8 12 3 3 8v8l9 5 9-5z" />
    <path d="m3 8 9 5 9-5M12 13v8" />
  </Svg>
)
export const CardIcon = () => (
  <Svg>
    <rect x="2" y="5" width="20" height="14" rx="2" />
    <path d="M2 10h20" />
  </Svg>
)
export const HomeIcon = () => (
  <Svg>
    <path d="m3 10 9-7 9 7v10a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z" />
  </Svg>
)
export const SunIcon = () => (
  <Svg>
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
  </Svg>
)
export const MoonIcon = () => (
  <Svg>
    <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
  </Svg>
)
