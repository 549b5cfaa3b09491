import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const PRINT_TIMEOUT_MS = 30_000

export class PrintFailedError extends Error {}

/**
 * Print a URL to PDF with a headless Chromium-family browser: its own throw-away profile, no
 * header or footer of the browser's (the page's @page rules draw them), the page's paper size.
 * Asynchronous, so the host keeps answering while the browser works; killed after the time limit.
 */
export async function printUrlToPdf(
  browser: string,
  url: string,
  timeoutMs = PRINT_TIMEOUT_MS,
): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'levier-pdf-'))
  const out = join(dir, 'brief.pdf')
  try {
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${out}`,
      url,
    ]
    // Chromium refuses to start as root with its sandbox on (containers, CI): only there, off.
    if (process.getuid?.() === 0) args.unshift('--no-sandbox')
    await run(browser, args, timeoutMs)
    try {
      return await readFile(out)
    } catch {
      throw new PrintFailedError('The browser ended without writing the PDF.')
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group off Windows, so a stuck browser goes with all its helper processes.
    const group = process.platform !== 'win32'
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: group })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8')
    })
    const timer = setTimeout(() => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
        else child.kill('SIGKILL')
      } catch {
        // Already gone.
      }
      reject(new PrintFailedError(`The browser took more than ${timeoutMs / 1000} s to print.`))
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new PrintFailedError(`The browser could not be started: ${error.message}`))
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new PrintFailedError(`The browser failed (exit ${code}): ${stderr.slice(-500)}`))
    })
  })
}
