import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { findPdfBrowser } from '../loopback/find-chromium'
import { launchBrowser } from '../loopback/headless-pdf'
import { writeFileAtomic } from '../services/atomic-write'
import type { CliIo } from './cli-io'

// Entry point of `levier` (out/main/cli.js).
const MAX_INPUT_BYTES = 64 * 1024 * 1024

// A reader that stops early (`levier … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length
    if (size > MAX_INPUT_BYTES) throw new Error(`larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  async readText(path) {
    if (path === '-') return readStdin()
    const info = await stat(path)
    if (!info.isFile()) throw new Error('not a file')
    if (info.size > MAX_INPUT_BYTES)
      throw new Error(`larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`)
    return readFile(path, 'utf8')
  },
  writeText: (path, text) => writeFileAtomic(path, text),
  // Built beside the workbench: out/main/cli.js, out/renderer.
  rendererDir: join(import.meta.dirname, '../renderer'),
}

/**
 * `levier brief` spends most of its time waiting for the browser to start: start it before
 * loading the rest of the CLI, so the two overlap. Not for help, and not without a browser (the
 * command then says what to install).
 */
function startBrowserEarly(args: readonly string[]): CliIo['startedBrowser'] {
  if (args[0] !== 'brief' || args.includes('--help') || args.includes('-h')) return undefined
  const path = findPdfBrowser()
  if (!path) return undefined
  const launching = launchBrowser(path)
  // Its failure, if any, is the print's to report.
  launching.catch(() => undefined)
  return { path, launching }
}

const args = process.argv.slice(2)
const startedBrowser = startBrowserEarly(args)
import('./run')
  .then(({ runLevier }) => runLevier(args, { ...io, startedBrowser }))
  .then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`levier: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    },
  )
  // A brief refused before printing leaves no browser behind.
  .finally(() =>
    startedBrowser?.launching.then((browser) => browser.close()).catch(() => undefined),
  )
