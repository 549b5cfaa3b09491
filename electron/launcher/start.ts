import { join } from 'node:path'
import { LOOPBACK_USAGE, parseLoopbackArgs } from '../loopback/loopback-args'
import { HostStartError, runLoopbackHost } from '../loopback/run'
import { launchDesktop } from './desktop-launch'
import { desktopObstacle } from './desktop-obstacles'
import { findElectronExecutable, tryDownloadElectron } from './electron-runtime'
import { startLevier } from './start-levier'

// Entry point of `npm start` (out/main/start.js): the desktop app where its window comes up, the
// loopback host otherwise.
const projectRoot = join(import.meta.dirname, '../..')
const args = process.argv.slice(2)

async function startLoopback(notice: string): Promise<void> {
  console.log(notice)
  const parsed = parseLoopbackArgs(args)
  if (!parsed.ok) {
    for (const error of parsed.errors) console.error(`levier: ${error}`)
    console.error(LOOPBACK_USAGE)
    process.exit(2)
  }
  try {
    await runLoopbackHost(parsed.args, join(import.meta.dirname, '../renderer'))
  } catch (error) {
    console.error(`levier: ${error instanceof HostStartError ? error.message : String(error)}`)
    process.exit(1)
  }
}

const outcome = await startLevier({
  findExecutable: () => findElectronExecutable(projectRoot),
  download: () => tryDownloadElectron(projectRoot),
  obstacle: (executable) => desktopObstacle(executable),
  launchDesktop: (executable) => launchDesktop(executable, [projectRoot, ...args]),
  startLoopback,
})
if (outcome !== 'loopback') process.exit(outcome)
