import type * as v from 'valibot'

/**
 * Formats a valibot issue path as `items[3].type`. Its own module, apart from `./validate`: the
 * REST adapter names wire fields with it, and importing it from `./validate` pulled in every
 * contract schema (`./schema`, evaluated at load) that the adapter never uses.
 */
export function formatIssuePath(issue: v.BaseIssue<unknown>): string {
  let out = ''
  for (const item of issue.path ?? []) {
    const key = item.key
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}
