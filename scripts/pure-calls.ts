/**
 * Build step (an esbuild plugin for tsup): marks the module-level calls that only build a value
 * (`forwardRef`, `memo`, `createContext`, `cva`, `lazyPart()`, `lazyDialog()`, `createColumnHelper()`, `tableFeatures()`,
 * `helper.columns()`, `createIcon()`, `createPartContext()`, `new Set/Map/WeakMap()`,
 * `Object.fromEntries()`, `Array.from()`) with a `/*#__PURE__*\/` annotation in the built files.
 * A host's bundler cannot know such a call is side-effect free, so without the annotation every
 * component of the main entry stays in every page that imports any of them (issue 13, point 3).
 *
 * Only top-level `const`/`let` declarations starting a line are touched (nested code runs on
 * render, where dropping is not a question), and only the listed callees, so a call with a real
 * effect is never annotated by accident. Writing the annotation in the source works too; the
 * plugin is there so that no new component has to remember it.
 *
 *   import { pureCallsPlugin } from './scripts/pure-calls.ts'   // tsup.config.ts esbuildPlugins
 */
import { readFile } from 'node:fs/promises'
import type { Options } from 'tsup'

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number]

export const PURE_CALLEES = [
  'forwardRef', 'memo', 'createContext', 'lazy', 'cva', 'createColumnHelper', 'tableFeatures', 'helper.columns',
  'createIcon', 'createPartContext', 'lazyPart', 'lazyDialog', 'Object.fromEntries', 'Object.freeze', 'Array.from',
  'new Set', 'new Map', 'new WeakMap', 'new WeakSet',
]

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const DECLARATION = new RegExp(
  // `export const Name: Type = ` / `const [A, B] = ` at the start of a line, then a listed callee
  String.raw`^((?:export )?(?:const|let) (?:[\w$]+|\[[\w$, ]+\])(?:\s*:[^=\n]+)?\s*=\s*)(?!\/\*)((?:${PURE_CALLEES.map(escape).join('|')})\b)`,
  'gm',
)

/** The source with `/*#__PURE__*\/` before each listed module-level call. */
export function annotatePureCalls(source: string): string {
  return source.replace(DECLARATION, '$1/*#__PURE__*/ $2')
}

/** esbuild plugin: applies `annotatePureCalls` to every .ts/.tsx file under `src/`. */
export function pureCallsPlugin(): EsbuildPlugin {
  return {
    name: 'pure-calls',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async (args) => ({
        contents: annotatePureCalls(await readFile(args.path, 'utf8')),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      }))
    },
  }
}
