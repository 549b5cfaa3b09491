import type { JobHandlers } from '../../renderer/src/sim/drive-job'
import type {
  MonteCarloRunner,
  MonteCarloSettings,
} from '../../renderer/src/sim/monte-carlo-runner'

/**
 * A stand-in for the Monte Carlo worker: records each run's settings and handlers, and whether it
 * was cancelled; the test answers for the worker. Installed with
 * `vi.mock('…/sim/monte-carlo-runner', () => import('…/helpers/fake-monte-carlo'))`.
 */
export interface FakeRun {
  readonly settings: MonteCarloSettings
  readonly handlers: JobHandlers
  cancelled: boolean
}

export const runs: FakeRun[] = []

/** How many times a view asked for the workers to be started ahead of a run. */
export let warmed = 0

export function warmMonteCarlo(): void {
  warmed++
}

export const runMonteCarlo: MonteCarloRunner = (settings, handlers) => {
  const run: FakeRun = { settings, handlers, cancelled: false }
  runs.push(run)
  return { cancel: () => (run.cancelled = true) }
}

export function lastRun(): FakeRun {
  const run = runs.at(-1)
  if (!run) throw new Error('no run started')
  return run
}
