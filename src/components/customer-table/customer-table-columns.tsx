import { forwardRef, useEffect, useSyncExternalStore, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { columnVisibilityFeature, createColumnHelper, tableFeatures } from '@tanstack/react-table'
import type { Customer } from '../../adapter/types'
import type { Formatters } from '../../lib/format'
import type { Translator } from '../../lib/messages'
import { Badge, badgeVariants } from '../../ui/badge'
import { Button, buttonVariants } from '../../ui/button'
import { iconButtonVariants } from '../../ui/icon-button'
import { Spinner } from '../../ui/spinner'
import { cn } from '../../lib/cn'
import { LazyNotice } from '../../ui/lazy-notice'
import { lazyPart } from '../../ui/lazy-part'
import { errorMessage } from '../../lib/messages'
import { CustomerAvatar, customerName, customerSecondary, initials } from '../customer-identity/customer-identity'
import { inlineText } from '../../lib/text'
import { customerKey } from '../../lib/customer-key'

/** A host action in a row's ⋯ menu. */
export interface CustomerRowAction {
  /** Stable key. */
  id: string
  label: ReactNode
  onSelect: (customer: Customer) => void
  icon?: ReactNode
  /** @default 'default' */
  variant?: 'default' | 'destructive'
  disabled?: boolean
}

/** Columns a host can hide. The customer column always shows. */
export type CustomerTableColumnId = 'type' | 'id' | 'createdAt' | 'actions'

/** What cells need from the table, passed as TanStack Table meta. */
export interface CustomerTableMeta {
  t: Translator
  format: Formatters
  mode: 'browse' | 'picker'
  getCustomerHref?: (customer: Customer) => string | undefined
  /** Plain left clicks on the name link open in place when the host handles opening. */
  onLinkActivate?: (customer: Customer) => void
  onSelect?: (customer: Customer) => void
  rowActions?: (customer: Customer) => CustomerRowAction[]
  /** The id of the open row menu (one menu is open at a time). */
  menuId: string
  /** The row whose menu is open (Shift+F10 opens it from the keyboard). */
  menuOpenKey: string | null
  setMenuOpenKey: (key: string | null) => void
  /** The row that owns the roving tab stop: its controls are tabbable, the others are not. */
  activeKey: string | null
  /** Moves focus back to a row (after its menu closes). */
  focusRow: (key: string) => void
  /** Whether rows' menus offer "Create checkout" (the provider's shared dialog). */
  createCheckout: boolean
  /** The row whose id was just copied. */
  copiedKey: string | null
  /** Copies a customer's id and shows the confirmation on its row. */
  copyId: (customer: Customer) => void
}

export const customerTableFeatures = tableFeatures({
  columnVisibilityFeature,
  tableMeta: {} as CustomerTableMeta,
})

/** The open row menu, split from the table's code (issue 13, point 3). */
const rowMenuPart = lazyPart(() => import('../lazy-parts').then((module) => module.CustomerRowMenu))

const helper = createColumnHelper<typeof customerTableFeatures, Customer>()

/** A row's id: the customer's key (`type:id`). */
export const rowKey = (customer: Customer) => customerKey(customer)

/** CSS grid track of each column. */
export const COLUMN_TRACKS: Record<string, string> = {
  customer: 'minmax(12rem, 2.2fr)',
  type: '6.5rem',
  id: 'minmax(9rem, 1.5fr)',
  createdAt: '8rem',
  actions: '4.5rem',
}

function CustomerCell({ customer, meta }: { customer: Customer; meta: CustomerTableMeta }) {
  const name = customerName(customer)
  const secondary = customerSecondary(customer)
  const href = meta.getCustomerHref?.(customer)
  return (
    <div className="hx-ct-customer">
      <CustomerAvatar name={name} src={customer.avatarUrl} type={customer.type} />
      <div className="hx-ct-customer__text">
        {href ? (
          <a
            className="hx-ct-customer__name"
            title={name}
            href={href}
            tabIndex={-1}
            onClick={(event) => {
              const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
              if (plain && meta.onLinkActivate) {
                event.preventDefault()
                meta.onLinkActivate(customer)
              }
            }}
          >
            {name}
          </a>
        ) : (
          <span className="hx-ct-customer__name" title={name}>
            {name}
          </span>
        )}
        {secondary ? (
          <span className="hx-ct-customer__secondary" title={secondary}>
            {secondary}
          </span>
        ) : null}
      </div>
    </div>
  )
}

/** The icons a row's buttons draw with the stylesheet (customer-table.css, `data-icon`). */
type RowIcon = 'copy' | 'check' | 'more-horizontal'

interface RowIconButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'aria-label' | 'children'> {
  icon: RowIcon
  /** Accessible name and native tooltip, as `IconButton`'s. */
  label: string
  /** Shows a spinner in place of the icon (the ⋯ menu while its code loads), as `Button`'s. */
  isPending?: boolean
}

/** A small ghost `IconButton`'s classes. */
const ROW_ICON_BUTTON_CLASS = /* @__PURE__ */ cn(
  buttonVariants({ variant: 'ghost', size: 'icon' }),
  iconButtonVariants({ size: 'sm' }),
  'hx-ct-icon-button',
)

/**
 * A row's icon-only button (Copy ID, the ⋯ menu): a small ghost `IconButton` in one element, its
 * icon drawn by the stylesheet (borders picked by `data-icon`) instead of an inline SVG in a
 * label span. The first page mounts two per row, 100 buttons: as `IconButton`s they were 11 of a
 * row's 28 elements and most of its attributes. Same slots, name, tooltip and focus ring. Pending
 * (the ⋯ menu's code still loading), it shows `Button`'s spinner and is the same element, so
 * focus stays on it while the menu loads.
 */
const RowIconButton = forwardRef<HTMLButtonElement, RowIconButtonProps>(function RowIconButton(
  { icon, label, isPending = false, className, ...props },
  ref,
) {
  return (
    <button
      ref={ref}
      type="button"
      aria-label={label}
      title={label}
      aria-busy={isPending || undefined}
      aria-disabled={isPending || undefined}
      data-slot="icon-button"
      data-variant="ghost"
      data-size="sm"
      data-icon={icon}
      data-pending={isPending ? '' : undefined}
      {...props}
      className={className ? cn(ROW_ICON_BUTTON_CLASS, className) : ROW_ICON_BUTTON_CLASS}
    >
      {isPending ? (
        <span className="hx-button__spinner" data-slot="button-spinner">
          <Spinner decorative size="sm" />
        </span>
      ) : null}
    </button>
  )
})

function CopyIdButton({ customer, meta, tabbable }: { customer: Customer; meta: CustomerTableMeta; tabbable: boolean }) {
  const copied = meta.copiedKey === rowKey(customer)
  return (
    <RowIconButton
      icon={copied ? 'check' : 'copy'}
      tabIndex={tabbable ? 0 : -1}
      label={copied ? meta.t('customer.idCopied') : meta.t('customer.copyId')}
      data-copied={copied ? '' : undefined}
      onClick={() => meta.copyId(customer)}
    />
  )
}

/**
 * The ⋯ button of a row: a plain button until its menu opens (a Radix menu per row is costly to
 * mount while scrolling). The menu's code (Radix DropdownMenu and its positioning) loads on first
 * use: hovering or focusing the button starts the load, the button shows a spinner if the menu is
 * not there yet when it opens, and a failed load offers Retry.
 */
function RowMenu({ customer, meta }: { customer: Customer; meta: CustomerTableMeta }) {
  const key = rowKey(customer)
  const open = meta.menuOpenKey === key
  const label = meta.t('table.rowActions', { name: inlineText(customerName(customer)) })
  const triggerProps = {
    tabIndex: meta.activeKey === key ? 0 : -1,
    'aria-haspopup': 'menu',
    'aria-controls': open ? meta.menuId : undefined,
    'data-slot': 'customer-table-row-menu-trigger',
    onPointerEnter: rowMenuPart.prefetch,
    onFocus: rowMenuPart.prefetch,
    onClick: open ? undefined : () => meta.setMenuOpenKey(key),
  } as const
  const trigger = (pending: boolean) => (
    <RowIconButton icon="more-horizontal" label={label} aria-expanded={open && !pending} isPending={pending} {...triggerProps} />
  )
  // Only the open row reads the menu's code state (rows mount and unmount while scrolling).
  const menu = useRowMenuCode(open)
  const Menu = open ? menu.component : null
  if (Menu) return <Menu customer={customer} meta={meta} trigger={trigger(false)} />
  if (!open) return trigger(false)
  // Its code on the way: the same button, first as it was when closed, so React keeps the element
  // and focus stays on it (a keyboard user who pressed Enter is not dropped on the page's body);
  // pending, with the lazy notice beside it when the load failed.
  return (
    <>
      {trigger(menu.status === 'loading')}
      <LazyNotice
        status={menu.status}
        label={meta.t('state.loading')}
        message={errorMessage(meta.t, menu.error)}
        onRetry={menu.retry}
        onClose={() => {
          meta.setMenuOpenKey(null)
          meta.focusRow(key)
        }}
      />
    </>
  )
}

const IDLE_PART_STATE: ReturnType<typeof rowMenuPart.getState> = { status: 'idle', component: null, error: null }
const subscribeNothing = () => () => {}

/**
 * The row menu's code state while `open` (loading it then), and nothing to subscribe to while
 * closed: every row has a menu button, and only the open one needs to hear about the code.
 */
function useRowMenuCode(open: boolean) {
  const state = useSyncExternalStore(
    open ? rowMenuPart.subscribe : subscribeNothing,
    open ? rowMenuPart.getState : () => IDLE_PART_STATE,
    open ? rowMenuPart.getState : () => IDLE_PART_STATE,
  )
  useEffect(() => {
    if (open) rowMenuPart.prefetch()
  }, [open])
  return { ...state, retry: rowMenuPart.prefetch }
}

/**
 * A cell while the table scrolls fast: the same text and layout without buttons, menus or images,
 * so each frame mounts a few elements per row instead of a few dozen. Full cells return when the
 * scrolling stops.
 */
export function renderLiteCell(columnId: string, customer: Customer, meta: CustomerTableMeta): ReactNode {
  switch (columnId) {
    case 'customer': {
      const name = customerName(customer)
      const secondary = customerSecondary(customer)
      return (
        <div className="hx-ct-customer">
          <span className="hx-avatar" data-type={customer.type} data-size="md" aria-hidden="true">
            {initials(name)}
          </span>
          <div className="hx-ct-customer__text">
            <span className="hx-ct-customer__name">{name}</span>
            {secondary ? <span className="hx-ct-customer__secondary">{secondary}</span> : null}
          </div>
        </div>
      )
    }
    case 'type':
      return (
        <span className={badgeVariants({ variant: customer.type })} data-slot="badge" data-variant={customer.type}>
          {meta.t(`customerType.${customer.type}`)}
        </span>
      )
    case 'id':
      return (
        <div className="hx-ct-id">
          <code className="hx-ct-id__value">{customer.id}</code>
        </div>
      )
    case 'createdAt':
      return customer.createdAt ? (
        <span className="hx-ct-date">{meta.format.date(customer.createdAt, 'medium')}</span>
      ) : (
        <span className="hx-ct-muted">—</span>
      )
    default:
      return null
  }
}

/** Column definitions, at module scope so the row model is never rebuilt for a new array. */
export const customerTableColumns = helper.columns([
  helper.display({
    id: 'customer',
    header: (ctx) => ctx.table.options.meta?.t('table.column.customer'),
    cell: (ctx) => {
      const meta = ctx.table.options.meta
      return meta ? <CustomerCell customer={ctx.row.original} meta={meta} /> : null
    },
  }),
  helper.accessor('type', {
    id: 'type',
    header: (ctx) => ctx.table.options.meta?.t('table.column.type'),
    cell: (ctx) => {
      const t = ctx.table.options.meta?.t
      const type = ctx.row.original.type
      return <Badge variant={type}>{t ? t(`customerType.${type}`) : type}</Badge>
    },
  }),
  helper.accessor('id', {
    id: 'id',
    header: (ctx) => ctx.table.options.meta?.t('table.column.id'),
    cell: (ctx) => {
      const meta = ctx.table.options.meta
      const customer = ctx.row.original
      return (
        <div className="hx-ct-id">
          <code className="hx-ct-id__value" title={customer.id}>
            {customer.id}
          </code>
          {meta ? <CopyIdButton customer={customer} meta={meta} tabbable={meta.activeKey === rowKey(customer)} /> : null}
        </div>
      )
    },
  }),
  helper.accessor((c) => c.createdAt ?? null, {
    id: 'createdAt',
    header: (ctx) => ctx.table.options.meta?.t('table.column.created'),
    cell: (ctx) => {
      const meta = ctx.table.options.meta
      const iso = ctx.row.original.createdAt
      if (!iso || !meta) return <span className="hx-ct-muted">—</span>
      // The relative time ("3 months ago") is the hover title, set on first hover: formatting it
      // for every row would put Intl.RelativeTimeFormat's set-up on the first rows' paint.
      const format = meta.format
      return (
        <time
          dateTime={iso}
          className="hx-ct-date"
          onPointerEnter={(event) => {
            if (!event.currentTarget.title) event.currentTarget.title = format.relative(iso)
          }}
        >
          {format.date(iso, 'medium')}
        </time>
      )
    },
  }),
  helper.display({
    id: 'actions',
    header: (ctx) => <span className="hx-sr-only">{ctx.table.options.meta?.t('table.column.actions')}</span>,
    cell: (ctx) => {
      const meta = ctx.table.options.meta
      if (!meta) return null
      const customer = ctx.row.original
      if (meta.mode === 'picker') {
        return (
          <Button
            size="sm"
            variant="outline"
            tabIndex={meta.activeKey === rowKey(customer) ? 0 : -1}
            aria-label={meta.t('table.selectCustomer', { name: inlineText(customerName(customer)) })}
            onClick={() => meta.onSelect?.(customer)}
          >
            {meta.t('table.select')}
          </Button>
        )
      }
      return <RowMenu customer={customer} meta={meta} />
    },
  }),
])
