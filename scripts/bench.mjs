// `npm run bench`: bundle tests/bench with Vite (the project's own bundler) and run it in Node.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const root = join(import.meta.dirname, '..')
const outDir = join(root, 'out', 'bench')
// The interface benchmark drives the built app through the loopback host.
execFileSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { stdio: 'ignore' })
await build({
  configFile: false,
  logLevel: 'warn',
  root,
  resolve: { alias: { '@shared': join(root, 'shared') } },
  build: {
    ssr: join(root, 'tests', 'bench', 'index.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'bench.mjs' } },
  },
})
await import(pathToFileURL(join(outDir, 'bench.mjs')).href)
