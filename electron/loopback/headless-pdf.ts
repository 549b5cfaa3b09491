import { spawn as nodeSpawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { CdpError, CdpPipe } from './cdp-pipe'
import { PrintRefusedError, printWithCdp } from './brief-print-session'
import type { PrintablePage } from './brief-print-session'

export type { PrintablePage } from './brief-print-session'

export const PRINT_TIMEOUT_MS = 30_000

export class PrintFailedError extends Error {}

export interface PrintOptions {
  readonly timeoutMs?: number
  /** How the browser is started (tests record its command line through it). */
  readonly spawn?: typeof nodeSpawn
}

/** The browser's command line: no URL, no secret; the page comes over the DevTools pipe. */
export function browserArgs(profileDir: string): string[] {
  const args = [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    `--user-data-dir=${profileDir}`,
    // Every resource comes over the pipe; should the browser still open a connection of its own (a
    // preconnect hint, a background check), it goes to a proxy that is nowhere, loopback included.
    '--proxy-server=255.255.255.255:9',
    '--proxy-bypass-list=<-loopback>',
    '--remote-debugging-pipe',
    // An empty page to start with (else headless opens its new-tab page); the brief comes later.
    'about:blank',
  ]
  // Chromium refuses to start as root with its sandbox on (containers, CI): only there, off.
  if (process.getuid?.() === 0) args.unshift('--no-sandbox')
  return args
}

/** A page to print, or a maker of it run while the browser starts. */
export type PageToPrint = PrintablePage | (() => PrintablePage | Promise<PrintablePage>)

/**
 * A headless browser started for one print: its throw-away profile, its process (its own process
 * group off Windows, so a stuck browser goes with all its helper processes), and how it ended
 * should it end early. Started before the page exists, it is starting while the page is made.
 */
export interface LaunchedBrowser {
  readonly child: ChildProcess
  /** Rejects with the reason if the browser fails to start or ends on its own. */
  readonly ended: Promise<never>
  /** Kill it and remove its profile; safe to call more than once. */
  close(): Promise<void>
}

/** Start the browser (without waiting for it to be ready): the first step of every print. */
export async function launchBrowser(
  browser: string,
  options: Pick<PrintOptions, 'spawn'> = {},
): Promise<LaunchedBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'levier-pdf-'))
  const group = process.platform !== 'win32'
  let child: ChildProcess
  try {
    child = (options.spawn ?? nodeSpawn)(browser, browserArgs(join(dir, 'profile')), {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      detached: group,
    })
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw new PrintFailedError(`The browser could not be started: ${(error as Error).message}`)
  }
  // Listened to from the start: a failure to start may come before anyone waits for the print.
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 4000) stderr += chunk.toString('utf8')
  })
  const ended = new Promise<never>((_resolve, reject) => {
    child.once('error', (error) =>
      reject(new PrintFailedError(`The browser could not be started: ${error.message}`)),
    )
    child.once('exit', (code) => {
      const tail = stderr.trim().split('\n').slice(-3).join(' ').slice(-500)
      reject(new PrintFailedError(`The browser ended before printing (exit ${code}). ${tail}`))
    })
  })
  ended.catch(() => undefined)
  let closing: Promise<void> | undefined
  const close = () =>
    (closing ??= killAndWait(child, group).then(() => rm(dir, { recursive: true, force: true })))
  return { child, ended, close }
}

/**
 * Print a page to PDF with a headless Chromium-family browser driven over the DevTools protocol on
 * a pipe: its own throw-away profile, the page handed over the pipe (never by URL, so no other
 * process can fetch it, and `ps` shows nothing of it), the page's paper size, no header or footer
 * of the browser's (the page's @page rules draw them). Asynchronous, so the host keeps answering
 * while the browser works; the browser and all its helper processes are killed after the time
 * limit, and in any case once done.
 */
export async function printPageToPdf(
  browser: string,
  page: PageToPrint,
  options: PrintOptions = {},
): Promise<Buffer> {
  return printWithBrowser(launchBrowser(browser, options), page, options)
}

/**
 * Print with a browser launched earlier (or being launched), then close it whatever happens. A
 * page given as a maker is made now, while the browser starts (about a second); should the making
 * fail, that error is the answer at once, and the browser goes.
 */
export async function printWithBrowser(
  launching: Promise<LaunchedBrowser>,
  page: PageToPrint,
  options: Pick<PrintOptions, 'timeoutMs'> = {},
): Promise<Buffer> {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS
  let timer: NodeJS.Timeout | undefined
  const make = () => (typeof page === 'function' ? page() : page)
  // Made once the browser process is spawned (or could not be), so the two overlap.
  const made = launching.then(make, make)
  made.catch(() => undefined)
  const launched = await launching.catch(async (error: unknown) => {
    // The page's own failure says more than a browser that could not start.
    await made
    throw error
  })
  try {
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new PrintFailedError(`The browser took more than ${timeoutMs / 1000} s to print.`),
          ),
        timeoutMs,
      )
    })
    const makingFailed = made.then(() => new Promise<never>(() => undefined))
    return await Promise.race([drive(launched, made), timedOut, makingFailed])
  } finally {
    clearTimeout(timer)
    await launched.close()
  }
}

async function drive(
  { child, ended }: LaunchedBrowser,
  page: PrintablePage | Promise<PrintablePage>,
): Promise<Buffer> {
  const cdp = new CdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable)
  try {
    return await Promise.race([printWithCdp(cdp, page), ended])
  } catch (error) {
    if (error instanceof PrintRefusedError) throw new PrintFailedError(error.message)
    if (!(error instanceof CdpError)) throw error
    // The pipe closing means the browser is going: its exit says more, if it comes soon.
    const grace = new Promise<never>((_resolve, reject) =>
      setTimeout(() => reject(new PrintFailedError(`The browser failed: ${error.message}`)), 1000),
    )
    return await Promise.race([ended, grace])
  } finally {
    cdp.close()
  }
}

/** Kill the browser (its whole process group where there is one) and wait until it has gone. */
function killAndWait(child: ChildProcess, group: boolean): Promise<void> {
  return new Promise((resolve) => {
    const exited = child.exitCode !== null || child.signalCode !== null
    try {
      // The group even when its leader has exited: helper processes may outlive it.
      if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      else if (!exited) child.kill('SIGKILL')
    } catch {
      // Already gone.
    }
    if (exited || child.pid === undefined) {
      resolve()
      return
    }
    const done = setTimeout(resolve, 5000)
    child.once('exit', () => {
      clearTimeout(done)
      resolve()
    })
  })
}
