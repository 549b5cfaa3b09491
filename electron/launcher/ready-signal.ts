/**
 * How the desktop main process tells `npm start` that its window came up: one line on standard
 * output once the first window has loaded, written only when the launcher asked for it (so a
 * packaged app started from a desktop icon writes nothing). Until it arrives the launcher treats the
 * window as not there, and falls back to the loopback host if Electron exits, crashes or hangs.
 */
export const READY_SIGNAL_ENV = 'LEVIER_SIGNAL_WINDOW_READY'
export const WINDOW_READY_LINE = 'levier:window-ready'
/** Written instead when another Levier already runs: it shows its window, this one quits. */
export const HANDED_OVER_LINE = 'levier:handed-over'

type Env = Readonly<Record<string, string | undefined>>

/** Called by the main process once its first window has loaded, or once it handed over. */
export function signalLauncher(
  line: typeof WINDOW_READY_LINE | typeof HANDED_OVER_LINE,
  env: Env = process.env,
  write: (text: string) => void = (text) => process.stdout.write(text),
): void {
  if (env[READY_SIGNAL_ENV] === '1') write(`${line}\n`)
}
