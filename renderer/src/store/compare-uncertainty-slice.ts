import { INDICATORS } from '@shared/model/engine/series'
import type { Scenario } from '@shared/model/scenario/scenario-schema'
import { runMonteCarlo } from '../sim/monte-carlo-runner'
import type { MonteCarloHandle } from '../sim/monte-carlo-runner'
import { DEFAULT_COMPARE_INDICATOR, isValidDraws, isValidSeed } from '../sim/uncertainty-job'
import type {
  CompareMcScenario,
  CompareUncertaintySlice,
  ComparedScenario,
  LevierState,
  SliceCreator,
} from './types'

/** Fewer than the single-scenario default: a comparison runs every scenario in turn. */
export const COMPARE_DEFAULT_DRAWS = 2_000
/** One fixed seed for all: the scenarios share their random numbers draw by draw. */
export const COMPARE_DEFAULT_SEED = 1

/**
 * Monte Carlo runs of the compared scenarios, one after the other in the Monte Carlo worker, all
 * with the same draws and seed. Only a run that finished for every scenario is kept; a cancel or
 * an error keeps nothing of it.
 */
export const createCompareUncertaintySlice: SliceCreator<CompareUncertaintySlice> =
  () => (set, get) => {
    let running: { handle: MonteCarloHandle; token: number } | null = null
    let tokens = 0
    const stop = () => {
      running?.handle.cancel()
      running = null
    }
    return {
      compareMcSettings: {
        draws: COMPARE_DEFAULT_DRAWS,
        seed: COMPARE_DEFAULT_SEED,
        indicator: DEFAULT_COMPARE_INDICATOR,
      },
      compareMcStatus: 'idle',
      compareMcProgress: { scenario: 0, name: '', scenarios: 0, done: 0, total: 0, elapsedMs: 0 },
      compareMcResult: null,
      compareMcError: null,
      setCompareMcSettings(settings) {
        if (settings.draws !== undefined && !isValidDraws(settings.draws)) return 'draws'
        if (settings.seed !== undefined && !isValidSeed(settings.seed)) return 'seed'
        if (
          settings.indicator !== undefined &&
          !INDICATORS.some((i) => i.id === settings.indicator)
        )
          return 'indicator'
        set({ compareMcSettings: { ...get().compareMcSettings, ...settings } })
        return null
      },
      runCompareUncertainty(scenarios) {
        if (scenarios.length === 0) return
        stop()
        const { draws, seed } = get().compareMcSettings
        const token = ++tokens
        const started = performance.now()
        const elapsed = () => performance.now() - started
        // Handlers of a run since cancelled or replaced change nothing.
        const current = () => running?.token === token
        const count = scenarios.length
        const finished: CompareMcScenario[] = []
        set({ compareMcStatus: 'running', compareMcResult: null, compareMcError: null })
        const runOne = (k: number) => {
          const scenario = scenarios[k] as ComparedScenario
          const document: Scenario = scenario.document
          set({
            compareMcProgress: {
              scenario: k,
              name: scenario.name,
              scenarios: count,
              done: 0,
              total: draws,
              elapsedMs: elapsed(),
            },
          })
          const handle = runMonteCarlo(
            { scenario: document, draws, seed, indicatorDraws: true },
            {
              onProgress(done, total) {
                if (!current()) return
                set({
                  compareMcProgress: {
                    scenario: k,
                    name: scenario.name,
                    scenarios: count,
                    done,
                    total,
                    elapsedMs: elapsed(),
                  },
                })
              },
              onDone(result) {
                if (!current()) return
                if (!result.indicatorDraws) {
                  running = null
                  set({
                    compareMcStatus: 'error',
                    compareMcError: `${scenario.name} : no draw-by-draw values came back`,
                  })
                  return
                }
                finished.push({
                  id: scenario.id,
                  name: scenario.name,
                  document,
                  uncertainCount: result.uncertainCount,
                  indicators: result.indicators,
                  indicatorDraws: result.indicatorDraws,
                })
                if (k + 1 < count) return runOne(k + 1)
                running = null
                // Read by the end-to-end test: when the last scenario's result reached this thread.
                performance.mark('levier:compare-monte-carlo-done', { detail: count * draws })
                set({
                  compareMcStatus: 'done',
                  compareMcResult: { draws, seed, elapsedMs: elapsed(), scenarios: finished },
                  compareMcProgress: {
                    scenario: count - 1,
                    name: scenario.name,
                    scenarios: count,
                    done: draws,
                    total: draws,
                    elapsedMs: elapsed(),
                  },
                })
              },
              onError(message) {
                if (!current()) return
                running = null
                set({ compareMcStatus: 'error', compareMcError: `${scenario.name} : ${message}` })
              },
            },
          )
          running = { handle, token }
        }
        runOne(0)
      },
      cancelCompareUncertainty() {
        if (!running) return
        stop()
        set({ compareMcStatus: 'cancelled', compareMcResult: null })
      },
    }
  }

let staleCache: { result: unknown; scenarios: unknown; stale: boolean } | null = null

/**
 * True when the compared scenarios are no longer those the shown run was made on: another list,
 * or a document changed since. Compared by content (a reload gives equal documents anew), and
 * remembered, since selectors run on every update.
 */
export function compareMcStale(
  result: LevierState['compareMcResult'],
  scenarios: readonly ComparedScenario[],
): boolean {
  if (!result) return false
  if (staleCache && staleCache.result === result && staleCache.scenarios === scenarios)
    return staleCache.stale
  const stale =
    result.scenarios.length !== scenarios.length ||
    result.scenarios.some((run, k) => {
      const now = scenarios[k]
      return (
        !now ||
        now.id !== run.id ||
        (now.document !== run.document &&
          JSON.stringify(now.document) !== JSON.stringify(run.document))
      )
    })
  staleCache = { result, scenarios, stale }
  return stale
}
