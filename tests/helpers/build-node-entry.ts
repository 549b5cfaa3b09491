import { join } from 'node:path'
import { build } from 'vite'

const root = join(import.meta.dirname, '../..')

/**
 * Bundle a TypeScript entry for Node the way the app bundles its own (Vite, `@shared` alias,
 * dependencies left to node_modules), for tests that must run real code in a child process or a
 * worker thread. Returns the built file.
 */
export async function buildNodeEntry(entry: string, outName: string): Promise<string> {
  const outDir = join(root, 'out', outName)
  const fileName = `${entry.split('/').pop()?.replace(/\.ts$/, '')}.mjs`
  await build({
    configFile: false,
    logLevel: 'error',
    root,
    resolve: { alias: { '@shared': join(root, 'shared') } },
    build: {
      ssr: join(root, entry),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: fileName } },
    },
  })
  return join(outDir, fileName)
}
