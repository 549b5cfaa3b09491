import { parseScenario } from '@shared/model/scenario/scenario-parse'
import { driveJob } from './drive-job'
import type { JobHandlers } from './drive-job'
import type { MonteCarloMessage, MonteCarloRequest } from './monte-carlo-protocol'
import { UncertaintyJob } from './uncertainty-job'

export interface MonteCarloSettings {
  readonly scenario: unknown
  readonly draws: number
  readonly seed: number
  /** Also return each indicator's value draw by draw. */
  readonly indicatorDraws?: boolean
}

export interface MonteCarloHandle {
  /** Stop the run: no handler is called after this. */
  cancel(): void
}

export type MonteCarloRunner = (
  settings: MonteCarloSettings,
  handlers: JobHandlers,
) => MonteCarloHandle

let worker: Worker | null = null
let nextJob = 0
const listeners = new Map<number, JobHandlers>()

function startWorker(): Worker {
  const created = new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), {
    type: 'module',
  })
  created.onmessage = (event: MessageEvent<MonteCarloMessage>) => {
    const message = event.data
    const handlers = listeners.get(message.job)
    // A job cancelled here has no listener any more: its late messages are dropped.
    if (!handlers) return
    if (message.type === 'progress') return handlers.onProgress(message.done, message.total)
    listeners.delete(message.job)
    if (message.type === 'done') handlers.onDone(message.result)
    else if (message.type === 'error') handlers.onError(message.message)
  }
  created.onerror = (event) => {
    event.preventDefault()
    // A crashed worker ends every run it held; the next run starts a fresh one.
    const failed = [...listeners.values()]
    listeners.clear()
    created.terminate()
    worker = null
    for (const handlers of failed) handlers.onError(event.message || 'Monte Carlo worker failed')
  }
  return created
}

const inWorker: MonteCarloRunner = (settings, handlers) => {
  worker ??= startWorker()
  const job = ++nextJob
  listeners.set(job, handlers)
  const request: MonteCarloRequest = { type: 'start', job, ...settings }
  worker.postMessage(request)
  return {
    cancel() {
      if (!listeners.delete(job)) return
      const stop: MonteCarloRequest = { type: 'cancel', job }
      worker?.postMessage(stop)
    },
  }
}

/** Where workers do not exist (component tests), the same slices run on this thread. */
const onThisThread: MonteCarloRunner = (settings, handlers) => {
  let cancelled = false
  const guarded: JobHandlers = {
    onProgress: (done, total) => !cancelled && handlers.onProgress(done, total),
    onDone: (result) => !cancelled && handlers.onDone(result),
    onError: (message) => !cancelled && handlers.onError(message),
  }
  const parsed = parseScenario(settings.scenario)
  if (!parsed.ok) {
    queueMicrotask(() => guarded.onError(parsed.errors.join('\n')))
    return { cancel: () => (cancelled = true) }
  }
  let handle: MonteCarloHandle = { cancel: () => undefined }
  try {
    const job = new UncertaintyJob(
      parsed.scenario,
      parsed.baseline,
      settings.draws,
      settings.seed,
      {
        indicatorDraws: settings.indicatorDraws === true,
      },
    )
    handle = driveJob(job, guarded)
  } catch (error) {
    queueMicrotask(() => guarded.onError((error as Error).message))
  }
  return {
    cancel() {
      cancelled = true
      handle.cancel()
    },
  }
}

/** Start a Monte Carlo run: in its own worker where there is one. */
export const runMonteCarlo: MonteCarloRunner = (settings, handlers) =>
  typeof Worker === 'undefined' ? onThisThread(settings, handlers) : inWorker(settings, handlers)
