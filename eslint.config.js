import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/** Layer rules (see README): what each top-level folder may import, with the reason in the message. */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
})

const NODE_BUILTINS = {
  regex: '^node:|^(fs|path|os|child_process|crypto|http|https|net|url|util|stream)(/.*)?$',
  message: 'shared/ and renderer/ run without Node: keep Node APIs in electron/.',
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
      eqeqeq: 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer(
    ['shared/**/*.ts'],
    [
      { group: ['electron', 'electron/*'], message: 'shared/ must not depend on Electron.' },
      {
        group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*'],
        message: 'shared/ must not depend on the UI.',
      },
      {
        group: ['**/electron/**', '**/renderer/**'],
        message: 'shared/ must not import from electron/ or renderer/.',
      },
      NODE_BUILTINS,
    ],
  ),
  layer(
    ['renderer/**/*.{ts,tsx}'],
    [
      {
        group: ['electron', 'electron/*'],
        message: 'The renderer reaches the host only through the API client.',
      },
      {
        group: ['**/electron/**'],
        message: 'renderer/ must not import from electron/: use the API contract.',
      },
      NODE_BUILTINS,
    ],
  ),
  layer(
    ['electron/services/**/*.ts', 'electron/loopback/**/*.ts', 'electron/launcher/**/*.ts'],
    [
      {
        group: ['electron', 'electron/*'],
        message: 'Services and the loopback host must run without Electron.',
      },
      { group: ['**/renderer/**'], message: 'electron/ must not import from renderer/.' },
      { group: ['**/main/**'], message: 'Services must not depend on the Electron main process.' },
    ],
  ),
  layer(
    ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    [{ group: ['**/renderer/**'], message: 'electron/ must not import from renderer/.' }],
  ),
)
