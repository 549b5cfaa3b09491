/// <reference lib="webworker" />
import '../zod-without-eval'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import { driveJob } from './drive-job'
import type { MonteCarloMessage, MonteCarloRequest } from './monte-carlo-protocol'
import { UncertaintyJob } from './uncertainty-job'

/**
 * Monte Carlo runs, in a worker of their own so that a long run never delays the live projection
 * of slider moves (engine.worker.ts). One run at a time: a new start stops the previous one.
 */
let current: { job: number; stop(): void } | null = null

const post = (message: MonteCarloMessage) => self.postMessage(message)

self.onmessage = (event: MessageEvent<MonteCarloRequest>) => {
  const request = event.data
  if (request.type === 'cancel') {
    if (current?.job === request.job) {
      current.stop()
      current = null
      post({ type: 'cancelled', job: request.job })
    }
    return
  }
  current?.stop()
  current = null
  const { job } = request
  const parsed = parseScenario(request.scenario)
  if (!parsed.ok) return post({ type: 'error', job, message: parsed.errors.join('\n') })
  let run: UncertaintyJob
  try {
    run = new UncertaintyJob(parsed.scenario, parsed.baseline, request.draws, request.seed, {
      indicatorDraws: request.indicatorDraws === true,
    })
  } catch (error) {
    return post({ type: 'error', job, message: (error as Error).message })
  }
  const handle = driveJob(run, {
    onProgress: (done, total) => post({ type: 'progress', job, done, total }),
    onDone: (result) => {
      current = null
      // The draws' buffers are handed over rather than copied.
      self.postMessage({ type: 'done', job, result } satisfies MonteCarloMessage, {
        transfer: result.indicatorDraws?.map((column) => column.buffer) ?? [],
      })
    },
    onError: (message) => {
      current = null
      post({ type: 'error', job, message })
    },
  })
  current = { job, stop: handle.cancel }
}
