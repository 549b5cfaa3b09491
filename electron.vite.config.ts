import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { CSP_META } from './shared/security/csp'

const fromRoot = (path: string) => resolve(import.meta.dirname, path)
const alias = { '@shared': fromRoot('shared') }

/** Write the one CSP from shared/ into the built index.html (the dev server's HMR needs none). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'levier-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      target: 'node20',
      rolldownOptions: {
        // The desktop main process, the loopback host (npm run serve), the npm start launcher and the CLI.
        input: {
          index: fromRoot('electron/main/index.ts'),
          loopback: fromRoot('electron/loopback/index.ts'),
          start: fromRoot('electron/launcher/start.ts'),
          cli: fromRoot('electron/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      rolldownOptions: {
        input: { index: fromRoot('electron/preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: fromRoot('renderer'),
    base: './',
    resolve: { alias },
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      minify: true,
      chunkSizeWarningLimit: 1200, // Plotly's basic bundle, loaded on its own after first paint
      rolldownOptions: { input: { index: fromRoot('renderer/index.html') } },
    },
  },
})
