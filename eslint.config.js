import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import globals from 'globals'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'

/** One `no-restricted-imports` block per layer: importing a layer above it is an error. */
function layers(definitions) {
  return definitions.map(({ name, files, above }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: above.map((layer) => ({
            group: [`**/${layer}`, `**/${layer}/**`],
            message: `Layers only point down: src/${name} must not import src/${layer}.`,
          })),
        },
      ],
    },
  }))
}

export default tseslint.config(
  { ignores: ['**/dist', 'storybook-static', 'node_modules', 'coverage', 'bench-results', 'examples/nextjs/.next', 'examples/nextjs/next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // A React Compiler hint; we ship uncompiled code and TanStack Virtual is the chosen virtualizer.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // No import circles in the library (type-only imports included: a circle is a design smell either way).
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    // A dynamic import() is a load on first use (issue 13, point 3), not a cycle at evaluation time.
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true }] },
  },
  // Layers only point down: contract (adapter) → lib → data → ui → components → public entry
  // (src/index.ts, src/payments-provider.tsx). Adapters sit on the contract and lib.
  ...layers([
    { name: 'adapter', files: ['src/adapter/**'], above: ['lib', 'data', 'ui', 'components', 'adapters', 'testing'] },
    { name: 'lib', files: ['src/lib/**'], above: ['data', 'ui', 'components', 'adapters'] },
    { name: 'data', files: ['src/data/**'], above: ['ui', 'components', 'adapters'] },
    { name: 'ui', files: ['src/ui/**'], above: ['data', 'components', 'adapters'] },
    { name: 'components', files: ['src/components/**'], above: ['adapters'] },
    { name: 'adapters', files: ['src/adapters/**'], above: ['data', 'ui', 'components'] },
  ]),
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
)
