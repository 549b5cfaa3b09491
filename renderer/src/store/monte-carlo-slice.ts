import { INDICATORS } from '@shared/model/engine/series'
import type { LeverEffectBands } from '@shared/model/uncertainty/lever-effects'
import { runMonteCarlo } from '../sim/monte-carlo-runner'
import { DEFAULT_COMPARE_INDICATOR, isValidDraws, isValidSeed } from '../sim/uncertainty-job'
import type {
  LevierState,
  McInput,
  McProgress,
  McRun,
  McScenarioRun,
  McTarget,
  MonteCarloSlice,
  SliceCreator,
} from './types'

export const DEFAULT_DRAWS = 10_000
/** Fewer than the single-scenario default: a comparison runs every scenario in turn. */
export const COMPARE_DEFAULT_DRAWS = 2_000
/** One fixed seed for all: the scenarios of a comparison share their random numbers draw by draw. */
export const DEFAULT_SEED = 1

/** What tells the two runs apart: their defaults, and what a comparison needs of each scenario. */
const TARGETS: Record<
  McTarget,
  {
    readonly draws: number
    /** Keep each indicator's draws: a comparison pairs scenarios draw by draw. */
    readonly indicatorDraws: boolean
    /**
     * Measure what the levers change over droit constant on the same draws: the cards and the
     * brief give that band as the uncertainty of the measure. A comparison pairs its scenarios
     * with each other instead.
     */
    readonly leverEffects: boolean
    /** Read by the end-to-end tests and the benchmark: when the last result reached this thread. */
    readonly doneMark: string
    /** Say which scenario failed (a comparison has several). */
    readonly nameErrors: boolean
  }
> = {
  scenario: {
    draws: DEFAULT_DRAWS,
    indicatorDraws: false,
    leverEffects: true,
    doneMark: 'levier:monte-carlo-done',
    nameErrors: false,
  },
  compare: {
    draws: COMPARE_DEFAULT_DRAWS,
    indicatorDraws: true,
    leverEffects: false,
    doneMark: 'levier:compare-monte-carlo-done',
    nameErrors: true,
  },
}

const idleRun = (target: McTarget): McRun => ({
  settings: { draws: TARGETS[target].draws, seed: DEFAULT_SEED },
  status: 'idle',
  progress: { scenario: 0, name: '', scenarios: 0, done: 0, total: 0, elapsedMs: 0 },
  inputs: [],
  result: null,
  error: null,
})

/**
 * Monte Carlo runs of the open scenario and of a comparison's scenarios, in their own worker: one
 * run over N scenarios, each in turn with the same draws and seed. Only a run that finished for
 * every scenario is kept; a cancel or an error keeps nothing of it. The store keeps only what the
 * panels show: settings, progress, and the finished run's percentiles with the documents they
 * came from.
 */
export const createMonteCarloSlice: SliceCreator<MonteCarloSlice> = () => (set, get) => {
  const running: Partial<Record<McTarget, { cancel(): void; token: number }>> = {}
  let tokens = 0
  const stop = (target: McTarget) => {
    running[target]?.cancel()
    delete running[target]
  }
  const update = (target: McTarget, change: Partial<McRun>) =>
    set({
      monteCarlo: { ...get().monteCarlo, [target]: { ...get().monteCarlo[target], ...change } },
    })
  return {
    monteCarlo: { scenario: idleRun('scenario'), compare: idleRun('compare') },
    compareMcIndicator: DEFAULT_COMPARE_INDICATOR,
    setMcSettings(target, settings) {
      if (settings.draws !== undefined && !isValidDraws(settings.draws)) return 'draws'
      if (settings.seed !== undefined && !isValidSeed(settings.seed)) return 'seed'
      update(target, { settings: { ...get().monteCarlo[target].settings, ...settings } })
      return null
    },
    setCompareMcIndicator(indicator) {
      if (!INDICATORS.some((i) => i.id === indicator)) return false
      set({ compareMcIndicator: indicator })
      return true
    },
    runMonteCarlo(target, scenarios) {
      if (scenarios.length === 0) return false
      stop(target)
      const { draws, seed } = get().monteCarlo[target].settings
      const { indicatorDraws, leverEffects, doneMark, nameErrors } = TARGETS[target]
      const token = ++tokens
      const started = performance.now()
      const elapsed = () => performance.now() - started
      // Handlers of a run since cancelled or replaced change nothing.
      const current = () => running[target]?.token === token
      const count = scenarios.length
      const finished: McScenarioRun[] = []
      const progress = (
        k: number,
        done: number,
        total: number,
        elapsedMs = elapsed(),
      ): McProgress => ({
        scenario: k,
        name: scenarios[k]?.name ?? '',
        scenarios: count,
        done,
        total,
        elapsedMs,
      })
      const fail = (input: McInput, message: string) => {
        delete running[target]
        update(target, {
          status: 'error',
          error: nameErrors ? `${input.name} : ${message}` : message,
        })
      }
      update(target, { status: 'running', inputs: scenarios, result: null, error: null })
      const runOne = (k: number) => {
        const input = scenarios[k] as McInput
        update(target, { progress: progress(k, 0, draws) })
        const handle = runMonteCarlo(
          {
            scenario: input.document,
            draws,
            seed,
            ...(indicatorDraws ? { indicatorDraws } : {}),
            ...(leverEffects ? { leverEffects } : {}),
          },
          {
            onProgress(done, total) {
              if (current()) update(target, { progress: progress(k, done, total) })
            },
            onDone(result) {
              if (!current()) return
              if (indicatorDraws && !result.indicatorDraws)
                return fail(input, 'no draw-by-draw values came back')
              finished.push({ ...input, result })
              if (k + 1 < count) return runOne(k + 1)
              delete running[target]
              performance.mark(doneMark, { detail: count * draws })
              const elapsedMs = elapsed()
              update(target, {
                status: 'done',
                result: { draws, seed, elapsedMs, scenarios: finished },
                progress: progress(k, draws, draws, elapsedMs),
              })
            },
            onError(message) {
              if (current()) fail(input, message)
            },
          },
        )
        running[target] = { cancel: handle.cancel, token }
      }
      runOne(0)
      return true
    },
    cancelMonteCarlo(target) {
      if (!running[target]) return
      stop(target)
      // The progress stays where the run was stopped; no partial bands are ever kept.
      update(target, { status: 'cancelled', result: null })
    },
  }
}

/** Equal contents, remembered per pair of documents, since selectors run on every update. */
const compared = new WeakMap<object, WeakMap<object, boolean>>()
function sameDocument(a: object, b: object): boolean {
  if (a === b) return true
  const known = compared.get(a)?.get(b)
  if (known !== undefined) return known
  const same = JSON.stringify(a) === JSON.stringify(b)
  const row = compared.get(a) ?? new WeakMap<object, boolean>()
  row.set(b, same)
  compared.set(a, row)
  return same
}

/**
 * True when the scenarios are no longer those a run was made on: another list, another order, or
 * a document changed since. Compared by content, so a change undone (or a reload, which gives
 * equal documents anew) makes the results current again.
 */
export function inputsChanged(
  ran: readonly McInput[],
  now: ReadonlyArray<Pick<McInput, 'id' | 'document'>>,
): boolean {
  return (
    ran.length !== now.length ||
    ran.some((run, k) => {
      const scenario = now[k]
      return !scenario || scenario.id !== run.id || !sameDocument(run.document, scenario.document)
    })
  )
}

/** The open scenario's finished run, or null (none, or one made on another scenario). */
export function selectScenarioMc(state: LevierState): McScenarioRun | null {
  const only = state.monteCarlo.scenario.result?.scenarios[0]
  return only && only.id === state.draftId ? only : null
}

/** True when the draft has changed since the open scenario's run started from it. */
export function selectUncertaintyStale(state: LevierState): boolean {
  const source = state.monteCarlo.scenario.inputs[0]
  if (!source || !state.draft || !state.draftId) return false
  return inputsChanged([source], [{ id: state.draftId, document: state.draft }])
}

/** True when the compared scenarios are no longer those the shown comparison run was made on. */
export function compareMcStale(run: McRun, scenarios: readonly McInput[]): boolean {
  return run.result !== null && inputsChanged(run.result.scenarios, scenarios)
}

/**
 * What the levers change over droit constant in the open scenario's run, or null: no run, a run
 * on another scenario, or one the draft has changed since (its band no longer holds).
 */
export function selectLeverEffects(state: LevierState): LeverEffectBands | null {
  if (selectUncertaintyStale(state)) return null
  return selectScenarioMc(state)?.result.leverEffects ?? null
}
