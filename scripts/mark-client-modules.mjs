#!/usr/bin/env node
/**
 * Post-build step (tsup `onSuccess`): puts `"use client";` at the top of every built JS file in
 * dist/ (ESM .js and CJS .cjs, shared chunks included) that uses React, directly or through a
 * chunk or package that does. Files that never reach React (the adapters, `core`, the chunks they
 * share with the main entry) stay unmarked, so a React Server Component can import them and get
 * the real functions and classes instead of client references.
 *
 * Why not tsup's `banner`: with `treeshake: true`, tsup runs the output through rollup, which
 * drops module-level directives ("Module level directives cause errors when bundled").
 *
 * The directive takes one new first line, so the file's source map gets one more empty generated
 * line (its `mappings` is prefixed with `;`). Running it twice changes nothing.
 *
 *   node scripts/mark-client-modules.mjs [distDir]   # default: dist
 *
 * scripts/check-built-files.mjs imports the graph helpers below to check the result.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const USE_CLIENT = '"use client";'
const JS_FILE = /\.(?:js|cjs|mjs)$/
const REACT = new Set(['react', 'react-dom'])

/** Every JS file below `dir`, as paths relative to it with `/` separators, sorted. */
export function listJsFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && JS_FILE.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** True when the file's first statement is the `use client` directive (either quote style). */
export function startsWithUseClient(code) {
  return /^(?:#![^\n]*\n)?\s*(['"])use client\1/.test(code)
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

const reactPackageCache = new Map()
/**
 * Whether a package the built files import is React or needs it (React in its dependencies or
 * peer dependencies, as with @tanstack/react-query or @radix-ui/*), read from node_modules.
 */
function needsReact(name) {
  if (REACT.has(name)) return true
  if (reactPackageCache.has(name)) return reactPackageCache.get(name)
  const manifest = path.join(repoRoot, 'node_modules', name, 'package.json')
  if (!existsSync(manifest)) {
    throw new Error(`Cannot tell whether "${name}" (imported by dist/) uses React: ${manifest} is missing. Run npm ci.`)
  }
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'))
  const result = [pkg.dependencies, pkg.peerDependencies].some((deps) => deps && [...REACT].some((r) => r in deps))
  reactPackageCache.set(name, result)
  return result
}

/**
 * The import graph of the built files: for each file its local imports (resolved, relative to
 * `dir`) and its package imports. `reactPath(file)` is null when the file never reaches React,
 * else the chain that does (`['index.js', 'chunk-X.js', '@tanstack/react-query']`).
 */
export function readImportGraph(dir) {
  const files = listJsFiles(dir)
  const known = new Set(files)
  const nodes = new Map()
  for (const file of files) {
    const code = readFileSync(path.join(dir, file), 'utf8')
    const local = []
    const packages = []
    for (const { fileName: specifier } of ts.preProcessFile(code, true, true).importedFiles) {
      if (specifier.startsWith('.')) {
        const target = path.posix.join(path.posix.dirname(file), specifier)
        if (!known.has(target)) throw new Error(`dist/${file} imports ${specifier}, which is not a built JS file (dist/${target}).`)
        local.push(target)
      } else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) {
        packages.push(packageName(specifier))
      }
    }
    nodes.set(file, { code, local, packages })
  }

  const memo = new Map()
  const reactPath = (file, visiting = new Set()) => {
    if (memo.has(file)) return memo.get(file)
    if (visiting.has(file)) return null // a cycle: the other files on it are checked on their own
    visiting.add(file)
    const node = nodes.get(file)
    const direct = node.packages.find(needsReact)
    let found = direct ? [file, direct] : null
    for (const next of node.local) {
      if (found) break
      const via = reactPath(next, visiting)
      if (via) found = [file, ...via]
    }
    visiting.delete(file)
    memo.set(file, found)
    return found
  }
  return { files, nodes, reactPath: (file) => reactPath(file) }
}

/** Marks the client files of `dir`; returns the files it changed. */
export function markClientModules(dir) {
  const graph = readImportGraph(dir)
  const changed = []
  for (const file of graph.files) {
    const { code } = graph.nodes.get(file)
    if (!graph.reactPath(file) || startsWithUseClient(code)) continue
    const full = path.join(dir, file)
    writeFileSync(full, `${USE_CLIENT}\n${code}`)
    const mapFile = `${full}.map`
    if (existsSync(mapFile)) {
      const map = JSON.parse(readFileSync(mapFile, 'utf8'))
      map.mappings = `;${map.mappings}`
      writeFileSync(mapFile, JSON.stringify(map))
    }
    changed.push(file)
  }
  return { changed, clientCount: graph.files.filter((f) => graph.reactPath(f)).length, total: graph.files.length }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'dist'))
  try {
    const { changed, clientCount, total } = markClientModules(dir)
    console.log(`"use client": ${clientCount} of ${total} JS files in ${path.relative(repoRoot, dir) || '.'} are client modules (${changed.length} marked now)`)
  } catch (error) {
    console.error(`mark-client-modules: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
