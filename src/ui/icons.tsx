import { forwardRef, type ReactNode, type SVGProps } from 'react'
import { cn } from '../lib/cn'

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'ref'> {
  /** Width and height (number = px). Without it the icon is `1em`, or sized by its parent part's CSS. */
  size?: number | string
}

/** The names of the built-in icons (mirrored to `data-icon`). */
export type IconName =
  | 'search'
  | 'x'
  | 'info'
  | 'chevron-down'
  | 'more-horizontal'
  | 'copy'
  | 'check'
  | 'external-link'
  | 'alert-triangle'
  | 'refresh'
  | 'user'
  | 'users'
  | 'building'
  | 'tag'
  | 'credit-card'
  | 'arrow-left'
  | 'plus'
  | 'minus'
  | 'receipt'

function createIcon(name: IconName, displayName: string, children: ReactNode) {
  const Icon = forwardRef<SVGSVGElement, IconProps>(function Icon({ size, className, style, ...props }, ref) {
    const labelled = props['aria-label'] !== undefined || props['aria-labelledby'] !== undefined
    return (
      <svg
        ref={ref}
        xmlns="http://www.w3.org/2000/svg"
        viewBox="0 0 24 24"
        width="1em"
        height="1em"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        focusable="false"
        role={labelled ? 'img' : undefined}
        aria-hidden={labelled ? undefined : true}
        data-slot="icon"
        data-icon={name}
        style={size === undefined ? style : { width: size, height: size, ...style }}
        {...props}
        className={cn('hx-icon', className)}
      >
        {children}
      </svg>
    )
  })
  Icon.displayName = displayName
  return Icon
}

/**
 * Inline SVG icons (24×24 grid, 2px stroke, `currentColor`). Decorative by default
 * (`aria-hidden`); pass `aria-label` to make one an image with a name.
 *
 * @selector [data-slot="icon"] — every icon
 * @selector [data-icon="<name>"] — one icon by name
 * @example
 * <SearchIcon />
 * <AlertTriangleIcon aria-label="Warning" size={20} />
 */
export const SearchIcon = createIcon(
  'search',
  'SearchIcon',
  <>
    <circle cx="11" cy="11" r="7" />
    <path d="m20 20-4-4" />
  </>,
)

/** A cross, for close and clear buttons. @selector [data-icon="x"] */
export const XIcon = createIcon('x', 'XIcon', <path d="M18 6 6 18M6 6l12 12" />)

/** @selector [data-icon="chevron-down"] */
export const ChevronDownIcon = createIcon('chevron-down', 'ChevronDownIcon', <path d="m6 9 6 6 6-6" />)

/** Three dots, for "more actions" menus. @selector [data-icon="more-horizontal"] */
export const MoreHorizontalIcon = createIcon(
  'more-horizontal',
  'MoreHorizontalIcon',
  <>
    <circle cx="5" cy="12" r="1" fill="currentColor" />
    <circle cx="12" cy="12" r="1" fill="currentColor" />
    <circle cx="19" cy="12" r="1" fill="currentColor" />
  </>,
)

/** @selector [data-icon="copy"] */
export const CopyIcon = createIcon(
  'copy',
  'CopyIcon',
  <>
    <rect x="9" y="9" width="12" height="12" rx="2" />
    <path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" />
  </>,
)

/** @selector [data-icon="check"] */
export const CheckIcon = createIcon('check', 'CheckIcon', <path d="M20 6 9 17l-5-5" />)

/** @selector [data-icon="external-link"] */
export const ExternalLinkIcon = createIcon(
  'external-link',
  'ExternalLinkIcon',
  <>
    <path d="M15 3h6v6" />
    <path d="M10 14 21 3" />
    <path d="M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6" />
  </>,
)

/** @selector [data-icon="alert-triangle"] */
export const AlertTriangleIcon = createIcon(
  'alert-triangle',
  'AlertTriangleIcon',
  <>
    <path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />
    <path d="M12 9v4" />
    <path d="M12 17h.01" />
  </>,
)

/** A circled "i", for notes such as something this backend cannot do. @selector [data-icon="info"] */
export const InfoIcon = createIcon(
  'info',
  'InfoIcon',
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 16v-4" />
    <path d="M12 8h.01" />
  </>,
)

/** Circular arrows, for retry and reload. @selector [data-icon="refresh"] */
export const RefreshIcon = createIcon(
  'refresh',
  'RefreshIcon',
  <>
    <path d="M21 12a9 9 0 0 1-15.5 6.2L3 16" />
    <path d="M3 21v-5h5" />
    <path d="M3 12a9 9 0 0 1 15.5-6.2L21 8" />
    <path d="M21 3v5h-5" />
  </>,
)

/** A person: the `user` customer type. @selector [data-icon="user"] */
export const UserIcon = createIcon(
  'user',
  'UserIcon',
  <>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21a8 8 0 0 1 16 0" />
  </>,
)

/** Two people. @selector [data-icon="users"] */
export const UsersIcon = createIcon(
  'users',
  'UsersIcon',
  <>
    <circle cx="9" cy="8" r="4" />
    <path d="M2 21a7 7 0 0 1 14 0" />
    <path d="M16 4.1a4 4 0 0 1 0 7.8" />
    <path d="M22 21a7 7 0 0 0-4-6.3" />
  </>,
)

/** A building: the `team` customer type. @selector [data-icon="building"] */
export const BuildingIcon = createIcon(
  'building',
  'BuildingIcon',
  <>
    <rect x="4" y="2" width="16" height="20" rx="2" />
    <path d="M9 22v-4h6v4" />
    <path d="M8 6h.01M12 6h.01M16 6h.01M8 10h.01M12 10h.01M16 10h.01M8 14h.01M12 14h.01M16 14h.01" />
  </>,
)

/** A tag: the `custom` customer type. @selector [data-icon="tag"] */
export const TagIcon = createIcon(
  'tag',
  'TagIcon',
  <>
    <path d="M12.6 2.6A2 2 0 0 0 11.2 2H4a2 2 0 0 0-2 2v7.2a2 2 0 0 0 .6 1.4l8.7 8.7a2.4 2.4 0 0 0 3.4 0l6.6-6.6a2.4 2.4 0 0 0 0-3.4Z" />
    <circle cx="7.5" cy="7.5" r="1.5" fill="currentColor" />
  </>,
)

/** @selector [data-icon="credit-card"] */
export const CreditCardIcon = createIcon(
  'credit-card',
  'CreditCardIcon',
  <>
    <rect x="2" y="5" width="20" height="14" rx="2" />
    <path d="M2 10h20" />
  </>,
)

/** @selector [data-icon="arrow-left"] */
export const ArrowLeftIcon = createIcon(
  'arrow-left',
  'ArrowLeftIcon',
  <>
    <path d="M19 12H5" />
    <path d="m12 19-7-7 7-7" />
  </>,
)

/** @selector [data-icon="plus"] */
export const PlusIcon = createIcon('plus', 'PlusIcon', <path d="M12 5v14M5 12h14" />)

/** @selector [data-icon="minus"] */
export const MinusIcon = createIcon('minus', 'MinusIcon', <path d="M5 12h14" />)

/** @selector [data-icon="receipt"] */
export const ReceiptIcon = createIcon(
  'receipt',
  'ReceiptIcon',
  <>
    <path d="M4 2v20l2.7-1.8L9.3 22l2.7-1.8 2.7 1.8 2.6-1.8L20 22V2l-2.7 1.8L14.7 2 12 3.8 9.3 2 6.7 3.8Z" />
    <path d="M8 8h8M8 12h8M8 16h5" />
  </>,
)

/** Every icon by name (for galleries and name-driven rendering). */
export const icons = {
  search: SearchIcon,
  x: XIcon,
  'chevron-down': ChevronDownIcon,
  'more-horizontal': MoreHorizontalIcon,
  copy: CopyIcon,
  check: CheckIcon,
  'external-link': ExternalLinkIcon,
  'alert-triangle': AlertTriangleIcon,
  info: InfoIcon,
  refresh: RefreshIcon,
  user: UserIcon,
  users: UsersIcon,
  building: BuildingIcon,
  tag: TagIcon,
  'credit-card': CreditCardIcon,
  'arrow-left': ArrowLeftIcon,
  plus: PlusIcon,
  minus: MinusIcon,
  receipt: ReceiptIcon,
} as const satisfies Record<IconName, unknown>
