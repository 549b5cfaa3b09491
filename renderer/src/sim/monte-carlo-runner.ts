import type { JobHandlers } from './drive-job'
import { monteCarloMethods } from './monte-carlo-api'
import type { MonteCarloApi, MonteCarloSettings } from './monte-carlo-api'
import { WorkerClient } from './worker-rpc'

export type { MonteCarloSettings } from './monte-carlo-api'

export interface MonteCarloHandle {
  /** Stop the run: no handler is called after this. */
  cancel(): void
}

export type MonteCarloRunner = (
  settings: MonteCarloSettings,
  handlers: JobHandlers,
) => MonteCarloHandle

const monteCarlo = new WorkerClient<MonteCarloApi>(
  'Monte Carlo',
  () => new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' }),
  () => monteCarloMethods,
)

/** Start a Monte Carlo run: in its own worker where there is one, else on this thread. */
export const runMonteCarlo: MonteCarloRunner = (settings, handlers) => ({
  cancel: monteCarlo.call('run', settings, handlers),
})
