import { useState, type ComponentPropsWithoutRef } from 'react'
import type { Customer, CustomerType } from '../../adapter/types'
import { cn } from '../../lib/cn'
import { safeHref } from '../../lib/url'
import type { Translator } from '../../lib/messages'

/** What a customer is called: display name, then email, then id. */
export function customerName(customer: Pick<Customer, 'displayName' | 'email' | 'id'>): string {
  return customer.displayName?.trim() || customer.email?.trim() || customer.id
}

/** The line under the name: email for users, id for teams and custom customers. */
export function customerSecondary(customer: Customer): string | null {
  const name = customerName(customer)
  const secondary = customer.type === 'user' ? customer.email || customer.id : customer.id
  return secondary && secondary !== name ? secondary : null
}

/** Up to two initials of a name ("Ada Lovelace" → "AL"), or the first character. */
export function initials(name: string): string {
  const words = name.split(/[\s._@/-]+/u).filter(Boolean)
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [name]
  return letters
    .map((w) => Array.from(w ?? '')[0] ?? '')
    .join('')
    .toLocaleUpperCase()
}

export interface CustomerAvatarProps extends ComponentPropsWithoutRef<'span'> {
  name: string
  src?: string | null
  type: CustomerType
  size?: 'sm' | 'md' | 'lg'
}

/**
 * An avatar image, or initials when there is none or it fails to load. Decorative: the name
 * next to it carries the meaning.
 *
 * @selector [data-slot="customer-avatar"][data-type][data-size]
 */
export function CustomerAvatar({ name, src, type, size = 'md', className, ...props }: CustomerAvatarProps) {
  const href = safeHref(src)
  const [failed, setFailed] = useState<string | null>(null)
  const showImage = href !== undefined && failed !== href
  return (
    <span
      aria-hidden="true"
      data-slot="customer-avatar"
      data-type={type}
      data-size={size}
      {...props}
      className={cn('hx-avatar', className)}
    >
      {showImage ? (
        <img src={href} alt="" loading="lazy" decoding="async" onError={() => setFailed(href)} />
      ) : (
        initials(name)
      )}
    </span>
  )
}

/** The badge text of a customer type. */
export function customerTypeLabel(t: Translator, type: CustomerType): string {
  return t(`customerType.${type}`)
}
