// `npm run dist:dir`: an unpacked app for the current OS. Offline, point ELECTRON_DIST at an unpacked
// Electron (same version as node_modules/electron) or a folder holding its release zip.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = join(import.meta.dirname, '..')
// Further arguments go to electron-builder as they are (scripts/package-check.mjs sets the output).
const args = ['--dir', ...process.argv.slice(2)]
const electronDist = process.env.ELECTRON_DIST
if (electronDist) {
  const dir = resolve(electronDist)
  if (!existsSync(dir)) {
    console.error(`dist:dir: ELECTRON_DIST does not exist: ${dir}`)
    process.exit(2)
  }
  args.push(`-c.electronDist=${dir}`)
}
const result = spawnSync(join(root, 'node_modules', '.bin', 'electron-builder'), args, {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
})
process.exit(result.status ?? 1)
