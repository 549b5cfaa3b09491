import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { HANDED_OVER_LINE, READY_SIGNAL_ENV, WINDOW_READY_LINE } from './ready-signal'

type Env = Readonly<Record<string, string | undefined>>

/** The window came up (the desktop app runs until `exited`), or it did not, and why. */
export type DesktopOutcome =
  | { readonly kind: 'ready'; readonly exited: Promise<number> }
  | { readonly kind: 'failed'; readonly reason: string }

export interface DesktopLaunchOptions {
  readonly env?: Env
  /** How long the window may take to load before Electron is taken for hung and stopped. */
  readonly readyTimeoutMs?: number
  /** Between asking a hung Electron to stop and killing it. */
  readonly killGraceMs?: number
  /** Where Electron's output goes once the window is up (before, it is kept for the reason). */
  readonly stdout?: (line: string) => void
  readonly stderr?: (line: string) => void
}

/** A first start reads the app from a cold disk; a window later than this is not coming. */
export const READY_TIMEOUT_MS = 45_000

/** Electron's last words on standard error, shortened to fit the launcher's one line. */
function lastWords(lines: string[]): string {
  const last = lines.findLast((line) => line.trim() !== '')?.trim()
  if (!last) return ''
  return `: ${last.length > 160 ? `${last.slice(0, 157)}...` : last}`
}

function stop(child: ChildProcess, graceMs: number): void {
  child.kill('SIGTERM')
  const killer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  killer.unref()
  child.once('exit', () => clearTimeout(killer))
}

/**
 * Start Electron on the app and wait for its window: resolves `ready` when the main process
 * signals its first window has loaded, `failed` when Electron cannot be spawned, exits or crashes
 * before that, or stays silent past the timeout (then it is stopped, so no window can appear
 * behind the loopback host).
 */
export function launchDesktop(
  executable: string,
  args: readonly string[],
  options: DesktopLaunchOptions = {},
): Promise<DesktopOutcome> {
  const env: Record<string, string | undefined> = { ...(options.env ?? process.env) }
  delete env.ELECTRON_RUN_AS_NODE
  env[READY_SIGNAL_ENV] = '1'
  const out = options.stdout ?? ((line: string) => console.log(line))
  const err = options.stderr ?? ((line: string) => console.error(line))
  const timeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS

  return new Promise((resolve) => {
    const child = spawn(executable, [...args], { stdio: ['inherit', 'pipe', 'pipe'], env })
    let ready = false
    let settled = false
    const errorLines: string[] = []
    const fail = (reason: string) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({ kind: 'failed', reason })
    }
    // 'close', not 'exit': it comes once stdout is read to its end, so a ready line printed just
    // before a quick exit is seen before the exit is judged.
    const exited = new Promise<number>((done) => {
      child.once('close', (code, signal) => {
        if (ready) done(signal ? 1 : (code ?? 0))
        else
          fail(
            signal
              ? `Electron was killed by ${signal} before its window came up${lastWords(errorLines)}`
              : `Electron exited with code ${code ?? 0} before its window came up${lastWords(errorLines)}`,
          )
      })
    })
    child.once('error', (error) => fail(`Electron could not be started (${error.message})`))
    const timer = setTimeout(() => {
      fail(`Electron's window did not come up within ${Math.round(timeoutMs / 1000)} s`)
      stop(child, options.killGraceMs ?? 3000)
    }, timeoutMs)

    createInterface({ input: child.stdout }).on('line', (line) => {
      const signal = line.trim()
      if (signal !== WINDOW_READY_LINE && signal !== HANDED_OVER_LINE) return out(line)
      if (settled) return
      // Handed over: Levier was already running and now shows the window (and any file given);
      // this Electron quits at once, and so does the launcher, with nothing to fall back to.
      ready = true
      settled = true
      clearTimeout(timer)
      for (const kept of errorLines) err(kept)
      resolve({ kind: 'ready', exited })
    })
    createInterface({ input: child.stderr }).on('line', (line) => {
      if (ready) err(line)
      else if (!settled && errorLines.push(line) > 50) errorLines.shift()
    })
  })
}
