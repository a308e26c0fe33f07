import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { PAYMENTS_ERROR_CODES } from '../../src/adapter/errors'
import { defaultMessages } from '../../src/lib/message-catalog'
import { actionMessages } from '../../src/lib/messages/actions'
import { checkoutMessages } from '../../src/lib/messages/checkout'
import { commonMessages, errorMessages } from '../../src/lib/messages/common'
import { customerMessages } from '../../src/lib/messages/customer'
import { exportMessages } from '../../src/lib/messages/export'
import { paymentsMessages } from '../../src/lib/messages/payments'
import { productMessages } from '../../src/lib/messages/products'
import { selectorMessages } from '../../src/lib/messages/selector'
import { tableMessages } from '../../src/lib/messages/table'
import { createLocaleMessages, englishMessages, type MessageCatalog } from '../../src/lib/messages'

/** Every area catalogue, by the name parts import it under. */
const AREAS: Record<string, MessageCatalog> = {
  actionMessages,
  checkoutMessages,
  customerMessages,
  exportMessages,
  paymentsMessages,
  productMessages,
  selectorMessages,
  tableMessages,
}
const COMMON: MessageCatalog = { ...commonMessages, ...errorMessages }

describe('message areas', () => {
  it('together are defaultMessages, each key in exactly one area', () => {
    const seen = new Map<string, string>()
    for (const [name, catalog] of Object.entries({ commonMessages, errorMessages, ...AREAS })) {
      for (const [key, text] of Object.entries(catalog)) {
        expect(seen.get(key), `${key} is in ${name} and ${seen.get(key)}`).toBeUndefined()
        seen.set(key, name)
        expect(defaultMessages[key as keyof typeof defaultMessages]).toBe(text)
      }
    }
    expect(seen.size).toBe(Object.keys(defaultMessages).length)
  })

  it('keep every error message in the common catalogue', () => {
    for (const code of PAYMENTS_ERROR_CODES) expect(COMMON[`error.${code}`]).toBe(defaultMessages[`error.${code}`])
    expect(COMMON['error.unknownWithDetails']).toBeDefined()
    expect(COMMON['error.validationWithDetails']).toBeDefined()
  })
})

describe('createLocaleMessages', () => {
  it('looks a key up in the host overrides, then the catalogues asked for, then the common one', () => {
    const messages = createLocaleMessages({ 'table.label': 'Kunden', 'state.retry': 'Nochmal' }, 'de-DE')
    const t = messages.using(tableMessages)
    expect(t('table.label')).toBe('Kunden')
    expect(t('table.column.email')).toBe('Email')
    expect(t('state.retry')).toBe('Nochmal')
    expect(t('error.network')).toBe(defaultMessages['error.network'])
    expect(messages.t('state.retry')).toBe('Nochmal')
    expect(t('table.loadedMore', { count: 1200 })).toBe('1.200 more customers loaded')
  })

  it('lets a host override win for any key, even one of an area the part did not load', () => {
    const overrides = Object.fromEntries(Object.keys(defaultMessages).map((key) => [key, `«${key}»`]))
    const messages = createLocaleMessages(overrides, 'en-US')
    for (const catalog of [undefined, ...Object.values(AREAS)]) {
      const t = catalog ? messages.using(catalog) : messages.t
      for (const key of Object.keys(defaultMessages)) expect((t as (key: string) => string)(key)).toBe(`«${key}»`)
    }
  })

  it('ignores undefined overrides and shows a key it does not know as written', () => {
    const t = createLocaleMessages({ 'checkout.title': undefined }, 'en-US').using(checkoutMessages)
    expect(t('checkout.title')).toBe('Create checkout link')
    expect((t as (key: string) => string)('payments.metrics.title')).toBe('payments.metrics.title')
  })

  it('gives the same translator for the same catalogues, so asking on every render costs nothing', () => {
    const messages = createLocaleMessages(undefined, 'en-US')
    expect(messages.using()).toBe(messages.t)
    expect(messages.using(tableMessages, customerMessages)).toBe(messages.using(tableMessages, customerMessages))
    expect(messages.using(tableMessages)).not.toBe(messages.using(tableMessages, customerMessages))
    expect(messages.using(customerMessages, tableMessages)).not.toBe(messages.using(tableMessages))
    expect(englishMessages()).toBe(englishMessages())
    expect(englishMessages().using(customerMessages)('customerType.filter.team')).toBe('Teams')
  })
})

// ---- every key a part uses is in the catalogues it loads ---------------------------------------

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const KEY_SHAPE = /^[a-z][A-Za-z]*(?:\.[A-Za-z_]+)+$/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return sourceFiles(file)
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [file] : []
  })
}

interface FileUse {
  /** Catalogue names loaded by `usePaymentsContext(name, …)`, `useLocaleTools(…)`; `[]` for `useUiText` (common). */
  loads: string[] | null
  /** Keys (and `prefix.*` patterns of template keys) the file uses. */
  keys: Set<string>
  patterns: RegExp[]
  /** Key-shaped strings passed to a translator that no catalogue has. */
  unknown: string[]
  /** Names imported from each module (resolved path, without extension). */
  imports: Map<string, string[]>
}

const isTranslatorCall = (node: ts.CallExpression) => {
  const callee = node.expression
  if (ts.isIdentifier(callee)) return callee.text === 't' || callee.text === 'useUiText'
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't'
}

function readUse(file: string): FileUse {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const use: FileUse = { loads: null, keys: new Set(), patterns: [], unknown: [], imports: new Map() }
  const load = (names: string[]) => (use.loads = [...(use.loads ?? []), ...names])
  const visit = (node: ts.Node, inKeyArgument: boolean) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
      const bindings = node.importClause?.namedBindings
      const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text) : []
      use.imports.set(path.resolve(path.dirname(file), node.moduleSpecifier.text), names)
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const catalogs = (args: readonly ts.Expression[]) => args.filter(ts.isIdentifier).map((arg) => arg.text)
      if (node.expression.text === 'usePaymentsContext') load(catalogs(node.arguments.slice(1)))
      if (node.expression.text === 'useLocaleTools') load(catalogs(node.arguments))
      if (node.expression.text === 'useUiText') load([])
      // The environment's translator (src/ui parts read it for common messages, as useUiText does).
      if (node.expression.text === 'useUiEnvironment') load([])
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (node.text in defaultMessages) use.keys.add(node.text)
      else if (inKeyArgument && KEY_SHAPE.test(node.text)) use.unknown.push(node.text)
    }
    if (ts.isTemplateExpression(node) && inKeyArgument) {
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const pattern = escape(node.head.text) + node.templateSpans.map((span) => `[^.]+${escape(span.literal.text)}`).join('')
      use.patterns.push(new RegExp(`^${pattern}$`))
    }
    if (ts.isCallExpression(node) && isTranslatorCall(node)) {
      visit(node.expression, inKeyArgument)
      node.arguments.forEach((arg, index) => visit(arg, index === 0))
      return
    }
    ts.forEachChild(node, (child) => visit(child, inKeyArgument))
  }
  visit(source, false)
  return use
}

const files = [...sourceFiles(path.join(root, 'src'))].filter((file) => !file.includes(`${path.sep}lib${path.sep}messages`) && !file.endsWith('message-catalog.ts'))
const uses = new Map(files.map((file) => [file, readUse(file)]))
const rel = (file: string) => path.relative(root, file).split(path.sep).join('/')
const byRel = (name: string) => path.join(root, name)

/**
 * Files that use a translator handed to them (a parameter, the table's meta) instead of asking
 * for one: the keys they use must be in the catalogues of every part that hands them one.
 */
const HANDED: Record<string, { from: string[] } | { functions: string[] }> = {
  // The table's cells, rows and row menu use `meta.t`, made by useCustomerTableView.
  'src/components/customer-table/customer-table-columns.tsx': { from: ['src/components/customer-table/use-customer-table-view.ts'] },
  'src/components/customer-table/customer-table-body.tsx': { from: ['src/components/customer-table/use-customer-table-view.ts'] },
  'src/components/customer-table/customer-table-row-menu.tsx': { from: ['src/components/customer-table/use-customer-table-view.ts'] },
  // Its loading label is a key that lazyDialog's notice translates (a common message).
  'src/components/create-checkout/lazy-create-checkout-dialog.tsx': { from: ['src/ui/lazy-dialog.tsx'] },
  // Every part that imports one of these functions passes its own translator.
  'src/lib/price-summary.ts': { functions: ['trialSummary', 'priceSummary', 'productPriceSummary', 'ownedPriceSummary'] },
  'src/components/customer-identity/customer-identity.tsx': { functions: ['customerTypeLabel'] },
}

/** The keys a file's translator knows: the common ones and those of the catalogues its parts load. */
function available(file: string, seen = new Set<string>()): Set<string> | null {
  const use = uses.get(file)
  if (!use) return null
  const handed = HANDED[rel(file)]
  if (!handed) {
    if (use.loads === null) return null
    return new Set([...Object.keys(COMMON), ...use.loads.flatMap((name) => Object.keys(AREAS[name] ?? {}))])
  }
  if (seen.has(file)) return null
  seen.add(file)
  const module = file.replace(/\.tsx?$/, '')
  const givers =
    'from' in handed
      ? handed.from.map(byRel)
      : files.filter((other) => uses.get(other)?.imports.get(module)?.some((name) => handed.functions.includes(name)))
  const sets = givers.map((giver) => available(giver, seen))
  if (givers.length === 0 || sets.some((set) => set === null)) return null
  return new Set([...(sets[0] ?? [])].filter((key) => sets.every((set) => set?.has(key))))
}

describe('the catalogues each part loads', () => {
  it('name only area catalogues', () => {
    for (const [file, use] of uses) {
      for (const name of use.loads ?? []) expect(AREAS[name], `${rel(file)} loads ${name}`).toBeDefined()
    }
  })

  it('hold every key the part uses (a missing one would show the raw key)', () => {
    const problems: string[] = []
    for (const [file, use] of uses) {
      const patternKeys = use.patterns.flatMap((pattern) => Object.keys(defaultMessages).filter((key) => pattern.test(key)))
      const keys = [...new Set([...use.keys, ...patternKeys])]
      problems.push(...use.unknown.map((key) => `${rel(file)}: '${key}' is in no catalogue`))
      for (const pattern of use.patterns) if (patternKeys.length === 0) problems.push(`${rel(file)}: no key matches ${pattern}`)
      if (keys.length === 0) continue
      const known = available(file)
      if (!known) {
        problems.push(`${rel(file)} uses message keys but loads no catalogue (usePaymentsContext(name, ...catalogues)); if its translator is handed to it, list it in HANDED`)
        continue
      }
      for (const key of keys) if (!known.has(key)) problems.push(`${rel(file)}: '${key}' is not in the catalogues it loads`)
    }
    expect(problems).toEqual([])
  })

  it('reads the parts it checks (a change of how parts ask for messages must change this test)', () => {
    const loaders = [...uses.values()].filter((use) => use.loads?.length)
    expect(loaders.length).toBeGreaterThan(20)
    const tableView = uses.get(byRel('src/components/customer-table/use-customer-table-view.ts'))
    expect(tableView?.loads).toEqual(['tableMessages', 'customerMessages'])
    expect(uses.get(byRel('src/components/customer-type-select/customer-type-select.tsx'))?.patterns.length).toBeGreaterThan(0)
  })
})
