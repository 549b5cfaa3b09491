import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

const fromRoot = (path: string) => resolve(import.meta.dirname, path)
const alias = { '@shared': fromRoot('shared') }

/**
 * renderer/index.html carries the CSP as a meta tag (kept equal to CSP_META by a unit test), so the
 * build ships it as written. The dev server alone drops it: React's fast refresh injects an inline
 * script that `script-src 'self'` would block, and the dev window gets no CSP header either.
 */
const CSP_META_TAG = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i

function contentSecurityPolicyMetaInDev(): Plugin {
  return {
    name: 'levier-csp-meta-dev',
    apply: 'serve',
    transformIndexHtml: { order: 'pre', handler: (html) => html.replace(CSP_META_TAG, '') },
  }
}

/**
 * Plotly is imported on demand (it is most of the page's code), so nothing asks for it until the
 * app's own script has run. A modulepreload link has the browser fetch and compile it (off the main
 * thread) while that script is still being fetched and run; it executes at the first import.
 */
function preloadPlotly(): Plugin {
  return {
    name: 'levier-preload-plotly',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.values(context.bundle ?? {})
          .filter((output) => output.type === 'chunk' && output.name.startsWith('plotly'))
          .map((chunk) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
            injectTo: 'head' as const,
          })),
    },
  }
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      target: 'node20',
      rolldownOptions: {
        // The desktop main process, the loopback host (npm run serve), the npm start launcher, the CLI
        // and the checkpoint worker.
        input: {
          index: fromRoot('electron/main/index.ts'),
          loopback: fromRoot('electron/loopback/index.ts'),
          start: fromRoot('electron/launcher/start.ts'),
          cli: fromRoot('electron/cli/index.ts'),
          // The worker thread that checkpoints large workbooks (electron/storage/checkpoint-runner.ts).
          'checkpoint-worker': fromRoot('electron/storage/checkpoint-worker.ts'),
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
    plugins: [react(), contentSecurityPolicyMetaInDev(), preloadPlotly()],
    build: {
      minify: true,
      chunkSizeWarningLimit: 1200, // Plotly's basic bundle, loaded on its own after first paint
      rolldownOptions: { input: { index: fromRoot('renderer/index.html') } },
    },
  },
})
