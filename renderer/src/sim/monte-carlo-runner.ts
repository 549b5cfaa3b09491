import type { JobHandlers } from './drive-job'
import { monteCarloMethods, partBuffers } from './monte-carlo-api'
import type { MonteCarloApi, MonteCarloSettings } from './monte-carlo-api'
import type { PartResult } from './uncertainty-job'
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

const monteCarloWorker = (name: string) =>
  new WorkerClient<MonteCarloApi>(
    name,
    () => new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' }),
    () => monteCarloMethods,
  )

/** Two workers: a run of many draws is split between them where the machine has two cores. */
const workers = [monteCarloWorker('Monte Carlo'), monteCarloWorker('Monte Carlo (2)')] as const
const first = workers[0]

/** Below this many draws a run is not worth splitting (it takes a few tens of ms). */
const SPLIT_FROM = 1000

function cores(): number {
  return typeof navigator !== 'undefined' ? (navigator.hardwareConcurrency ?? 1) : 1
}

/**
 * Start the Monte Carlo workers ahead of a run (their scripts load meanwhile): once the first
 * chart is drawn and the page is idle (main.tsx), or when a view that runs one opens before that;
 * not at start-up, where they would compete with the first chart.
 */
export function warmMonteCarlo(): void {
  for (const worker of workers) worker.warm()
}

/** Start a Monte Carlo run: in workers where there are some, else on this thread. */
export const runMonteCarlo: MonteCarloRunner = (settings, handlers) => {
  if (typeof Worker === 'undefined' || cores() < 2 || settings.draws < SPLIT_FROM)
    return { cancel: first.call('run', settings, handlers) }
  return runSplit(settings, handlers)
}

/**
 * A run in two parts, one per worker, each drawing its own range of draws (draw d depends on the
 * seed and d alone, so the parts are the run's draws exactly); the first worker then joins them
 * and summarises the whole. The parts' buffers go from worker to worker through this thread
 * without being copied.
 */
function runSplit(settings: MonteCarloSettings, handlers: JobHandlers): MonteCarloHandle {
  const { draws } = settings
  const half = Math.ceil(draws / 2)
  const ranges = [
    { first: 0, draws: half },
    { first: half, draws: draws - half },
  ]
  const done = [0, 0]
  const parts: Array<PartResult | null> = [null, null]
  const cancels: Array<() => void> = []
  let over = false
  const fail = (message: string) => {
    if (over) return
    over = true
    for (const cancel of cancels) cancel()
    handlers.onError(message)
  }
  const finish = () => {
    const ready = parts.filter((part): part is PartResult => part !== null)
    cancels.push(
      first.call(
        'finish',
        { settings, parts: ready },
        {
          onDone: (result) => {
            over = true
            handlers.onDone(result)
          },
          onError: fail,
        },
        ready.flatMap(partBuffers),
      ),
    )
  }
  ranges.forEach((part, k) => {
    const worker = workers[k] as WorkerClient<MonteCarloApi>
    cancels.push(
      worker.call(
        'runPart',
        { settings, part },
        {
          onProgress: (count) => {
            done[k] = count
            if (!over) handlers.onProgress((done[0] ?? 0) + (done[1] ?? 0), draws)
          },
          onDone: (result) => {
            parts[k] = result
            if (!over && parts.every((p) => p !== null)) finish()
          },
          onError: fail,
        },
      ),
    )
  })
  return {
    cancel() {
      over = true
      for (const cancel of cancels) cancel()
    },
  }
}
