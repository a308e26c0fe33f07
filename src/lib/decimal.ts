/** Exact decimal arithmetic on money strings in major units ("9.99", "1200"), via bigint. */

/** Currency → decimal string. */
export type Money = Record<string, string>

const DECIMAL_RE = /^-?\d+(\.\d+)?$/

interface Scaled {
  units: bigint
  scale: number
}

/** True for a decimal string such as "9.99" or "-3". */
export function isDecimal(value: string): boolean {
  return DECIMAL_RE.test(value)
}

function scaleOf(value: string): number {
  const dot = value.indexOf('.')
  return dot === -1 ? 0 : value.length - dot - 1
}

function toUnits(value: string, scale: number): bigint {
  const negative = value.startsWith('-')
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.')
  const units = BigInt(whole + fraction.padEnd(scale, '0'))
  return negative ? -units : units
}

function format({ units, scale }: Scaled): string {
  const negative = units < 0n
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0')
  const whole = digits.slice(0, digits.length - scale)
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : ''
  return `${negative ? '-' : ''}${whole}${fraction}`
}

function combine(a: string, b: string, sign: 1n | -1n): string {
  const scale = Math.max(scaleOf(a), scaleOf(b))
  return format({ units: toUnits(a, scale) + sign * toUnits(b, scale), scale })
}

/** `a + b`, keeping the larger number of decimals ("9.99" + "0.01" = "10.00"). */
export function addDecimal(a: string, b: string): string {
  return combine(a, b, 1n)
}

/** `a - b`. */
export function subtractDecimal(a: string, b: string): string {
  return combine(a, b, -1n)
}

/** `value × factor` for an integer factor. */
export function multiplyDecimal(value: string, factor: number): string {
  const scale = scaleOf(value)
  return format({ units: toUnits(value, scale) * BigInt(factor), scale })
}

/** Negative, zero or positive as `a` is below, equal to or above `b`. */
export function compareDecimal(a: string, b: string): number {
  const scale = Math.max(scaleOf(a), scaleOf(b))
  const diff = toUnits(a, scale) - toUnits(b, scale)
  return diff < 0n ? -1 : diff > 0n ? 1 : 0
}

/** Adds (or with `sign` -1 subtracts) every currency of `amount` into `total`, in place. */
export function accumulate(total: Money, amount: Money, sign: 1 | -1 = 1): void {
  for (const [currency, value] of Object.entries(amount)) {
    const current = total[currency] ?? '0'
    total[currency] = sign === 1 ? addDecimal(current, value) : subtractDecimal(current, value)
  }
}

/** Every amount multiplied by an integer quantity. */
export function multiplyMoney(amount: Money, quantity: number): Money {
  const out: Money = {}
  for (const [currency, value] of Object.entries(amount)) out[currency] = multiplyDecimal(value, quantity)
  return out
}

/** `value × numerator / denominator`, rounded down at the value's own number of decimals. */
export function portionOfDecimal(value: string, numerator: number, denominator: number): string {
  const scale = scaleOf(value)
  return format({ units: (toUnits(value, scale) * BigInt(numerator)) / BigInt(denominator), scale })
}
