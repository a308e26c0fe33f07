/**
 * Joins class names, skipping falsy entries.
 *
 * @example
 * cn('hx-button', isPending && 'hx-button--pending', className) // 'hx-button hx-button--pending'
 */
export function cn(...classes: Array<string | false | null | undefined>): string {
  let out = ''
  for (const name of classes) {
    if (name) out = out ? `${out} ${name}` : name
  }
  return out
}
