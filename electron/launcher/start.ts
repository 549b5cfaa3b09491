import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { LOOPBACK_USAGE, parseLoopbackArgs } from '../loopback/loopback-args'
import { HostStartError, runLoopbackHost } from '../loopback/run'
import { findElectronExecutable, tryDownloadElectron } from './electron-runtime'

// Entry point of `npm start` (out/main/start.js): the desktop app where Electron can run, the
// loopback host otherwise.
const projectRoot = join(import.meta.dirname, '../..')

function launchDesktop(executable: string): void {
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  const child = spawn(executable, [projectRoot, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  })
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
  child.on('error', (error) => {
    console.error(`levier: could not start Electron (${error.message})`)
    process.exit(1)
  })
}

async function launchLoopback(): Promise<void> {
  console.log(
    'Levier: the Electron runtime is not installed here (its download failed or is blocked); starting the loopback host instead.',
  )
  const parsed = parseLoopbackArgs(process.argv.slice(2))
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

const executable =
  findElectronExecutable(projectRoot) ??
  (tryDownloadElectron(projectRoot) ? findElectronExecutable(projectRoot) : null)
if (executable) launchDesktop(executable)
else void launchLoopback()
