import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { PRESETS } from '@shared/model/scenario/presets'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import { driveJob } from './drive-job'
import type { SteppedJob } from './drive-job'
import { UncertaintyJob } from './uncertainty-job'
import type { PartResult, RunPart, UncertaintyResult } from './uncertainty-job'
import { Transfer } from './worker-rpc'
import type { CallContext, Methods } from './worker-rpc'

export interface MonteCarloSettings {
  readonly scenario: unknown
  readonly draws: number
  readonly seed: number
  /** Also return each indicator's value draw by draw (a comparison pairs scenarios draw by draw). */
  readonly indicatorDraws?: boolean
  /** Also measure what the levers change over droit constant on the same draws. */
  readonly leverEffects?: boolean
}

/** A part of a run split between workers (uncertainty-job.ts's RunPart). */
export interface PartRequest {
  readonly settings: MonteCarloSettings
  readonly part: RunPart
}

/** The parts of a split run, every one finished, to be summarised as the whole run. */
export interface FinishRequest {
  readonly settings: MonteCarloSettings
  readonly parts: readonly PartResult[]
}

/** What the Monte Carlo worker answers: a run's percentiles; the draws only when asked for. */
export interface MonteCarloApi {
  run(settings: MonteCarloSettings): UncertaintyResult
  /** One part of a run, its draws handed back as they are stored. */
  runPart(request: PartRequest): PartResult
  /** The run made of its parts (`runPart`), summarised as `run` would. */
  finish(request: FinishRequest): UncertaintyResult
}

/** The buffers of a part's draws and effects, handed over between threads rather than copied. */
export function partBuffers(part: PartResult): ArrayBuffer[] {
  return [part.stored, ...(part.effects ?? [])].map((array) => array.buffer as ArrayBuffer)
}

/** A part as received: its arrays really are float arrays (the rest is checked on joining). */
function checkedParts(parts: unknown): readonly PartResult[] {
  const isFloats = (x: unknown) => x instanceof Float32Array
  const ok =
    Array.isArray(parts) &&
    parts.every(
      (p: Partial<PartResult> | null) =>
        p !== null &&
        typeof p === 'object' &&
        Number.isInteger(p.first) &&
        Number.isInteger(p.draws) &&
        isFloats(p.stored) &&
        (p.effects === null || (Array.isArray(p.effects) && p.effects.every(isFloats))),
    )
  if (!ok) throw new Error('The parts of a Monte Carlo run are malformed')
  return parts as readonly PartResult[]
}

function jobOf(
  settings: MonteCarloSettings,
  from: ConstructorParameters<typeof UncertaintyJob>[5],
) {
  const parsed = parseScenario(settings.scenario)
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  return new UncertaintyJob(
    parsed.scenario,
    parsed.baseline,
    settings.draws,
    settings.seed,
    {
      indicatorDraws: settings.indicatorDraws === true,
      leverEffects: settings.leverEffects === true,
    },
    from,
  )
}

/** Drive a stepped job in slices, answering with its result and the buffers to hand over. */
function driven<R>(
  job: SteppedJob<R>,
  buffers: (result: R) => ArrayBuffer[],
  context: CallContext,
): Promise<Transfer<R>> {
  return new Promise<Transfer<R>>((resolve, reject) => {
    const handle = driveJob(job, {
      onProgress: context.progress,
      onDone: (result) => resolve(new Transfer(result, buffers(result))),
      onError: (message) => reject(new Error(message)),
    })
    context.onCancel(handle.cancel)
  })
}

/**
 * One Monte Carlo run in time slices (drive-job.ts), so that a cancel gets in between two of them
 * and other runs take turns with it.
 */
export const monteCarloMethods: Methods<MonteCarloApi> = {
  run(settings, context) {
    // The draws' buffers are handed over rather than copied.
    return driven(
      jobOf(settings, {}),
      (result) => result.indicatorDraws?.map((column) => column.buffer as ArrayBuffer) ?? [],
      context,
    )
  },
  runPart({ settings, part }, context) {
    const job = jobOf(settings, { part })
    const stepped: SteppedJob<PartResult> = {
      get total() {
        return job.total
      },
      get completed() {
        return job.completed
      },
      step: (count) => job.step(count),
      result: () => job.partResult(),
    }
    return driven(stepped, partBuffers, context)
  },
  finish({ settings, parts }) {
    const result = jobOf(settings, { parts: checkedParts(parts) }).result()
    return new Transfer(
      result,
      result.indicatorDraws?.map((column) => column.buffer as ArrayBuffer) ?? [],
    )
  },
}

/** Enough draws for the engine's code to be compiled and its first tiers of optimisation reached. */
const WARM_UP_DRAWS = 128

/**
 * A small run of each preset, made as a split run makes its parts and its finish, when the worker
 * starts: an analyst's first run then takes the warm path. The engine's compiled code follows what
 * it has run: warmed on current law alone, a first run of DST 6 % still took 271 ms for 5,000
 * draws against 107–119 ms for the next ones (in Node); warmed on every preset, 141 ms. The workers
 * start once the first chart is drawn and the page is idle (main.tsx), so this does not compete
 * with it.
 */
export function warmUpMonteCarlo(): void {
  for (const preset of PRESETS) {
    const settings = {
      scenario: defaultScenario(preset.id),
      draws: WARM_UP_DRAWS,
      seed: 1,
      leverEffects: true,
    }
    const part = jobOf(settings, { part: { first: 0, draws: WARM_UP_DRAWS } })
    part.step(WARM_UP_DRAWS)
    jobOf(settings, { parts: [part.partResult()] }).result()
  }
}
