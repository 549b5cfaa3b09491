#!/usr/bin/env node
// `levier` / `npx levier` / `npm run levier --`: builds the app once if needed, then runs the CLI.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'out', 'main', 'cli.js')
if (!existsSync(cli)) {
  process.stderr.write('levier: building the app first (npm run build)…\n')
  const build = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  })
  if (build.status !== 0) {
    process.stderr.write('levier: the build failed; run npm run build to see why\n')
    process.exit(1)
  }
}
await import(pathToFileURL(cli).href)
