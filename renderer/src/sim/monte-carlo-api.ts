import { parseScenario } from '@shared/model/scenario/scenario-parse'
import { driveJob } from './drive-job'
import { UncertaintyJob } from './uncertainty-job'
import type { UncertaintyResult } from './uncertainty-job'
import { Transfer } from './worker-rpc'
import type { Methods } from './worker-rpc'

export interface MonteCarloSettings {
  readonly scenario: unknown
  readonly draws: number
  readonly seed: number
  /** Also return each indicator's value draw by draw (a comparison pairs scenarios draw by draw). */
  readonly indicatorDraws?: boolean
  /** Also measure what the levers change over droit constant on the same draws. */
  readonly leverEffects?: boolean
}

/** What the Monte Carlo worker answers: a run's percentiles; the draws only when asked for. */
export interface MonteCarloApi {
  run(settings: MonteCarloSettings): UncertaintyResult
}

/**
 * One Monte Carlo run in time slices (drive-job.ts), so that a cancel gets in between two of them
 * and other runs take turns with it.
 */
export const monteCarloMethods: Methods<MonteCarloApi> = {
  run(settings, context) {
    const parsed = parseScenario(settings.scenario)
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
    const job = new UncertaintyJob(
      parsed.scenario,
      parsed.baseline,
      settings.draws,
      settings.seed,
      {
        indicatorDraws: settings.indicatorDraws === true,
        leverEffects: settings.leverEffects === true,
      },
    )
    return new Promise<Transfer<UncertaintyResult>>((resolve, reject) => {
      const handle = driveJob(job, {
        onProgress: context.progress,
        // The draws' buffers are handed over rather than copied.
        onDone: (result) =>
          resolve(
            new Transfer(
              result,
              result.indicatorDraws?.map((column) => column.buffer as ArrayBuffer) ?? [],
            ),
          ),
        onError: (message) => reject(new Error(message)),
      })
      context.onCancel(handle.cancel)
    })
  },
}
