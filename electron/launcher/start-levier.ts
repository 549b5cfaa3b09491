import type { DesktopOutcome } from './desktop-launch'

/** What `npm start` does, each step handed in so the tests can drive it with stand-in runtimes. */
export interface StartSteps {
  /** The Electron executable, or null when the runtime is not installed. */
  findExecutable(): string | null
  /** Try to fetch the runtime; true when it was. */
  download(): boolean
  /** Why the window cannot open here, checked before launching, or null. */
  obstacle(executable: string): string | null
  launchDesktop(executable: string): Promise<DesktopOutcome>
  /** Start the loopback host, after its one-line notice; resolves once it is serving. */
  startLoopback(notice: string): Promise<void>
}

const NOT_INSTALLED =
  'the Electron runtime is not installed here (its download failed or is blocked)'

export function fallbackNotice(reason: string): string {
  return `Levier: the desktop window cannot open (${reason}); starting the loopback host instead.`
}

/**
 * The desktop app where its window comes up, the loopback host otherwise. Resolves with the exit
 * code of the desktop app once it closes, or 'loopback' once the host serves.
 */
export async function startLevier(steps: StartSteps): Promise<number | 'loopback'> {
  const executable = steps.findExecutable() ?? (steps.download() ? steps.findExecutable() : null)
  if (!executable) {
    await steps.startLoopback(fallbackNotice(NOT_INSTALLED))
    return 'loopback'
  }
  const obstacle = steps.obstacle(executable)
  if (obstacle) {
    await steps.startLoopback(fallbackNotice(obstacle))
    return 'loopback'
  }
  const outcome = await steps.launchDesktop(executable)
  if (outcome.kind === 'ready') return outcome.exited
  await steps.startLoopback(fallbackNotice(outcome.reason))
  return 'loopback'
}
