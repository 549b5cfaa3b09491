import { runMonteCarlo } from '../sim/monte-carlo-runner'
import type { MonteCarloHandle } from '../sim/monte-carlo-runner'
import { isValidDraws, isValidSeed } from '../sim/uncertainty-job'
import type { LevierState, SliceCreator, UncertaintySlice } from './types'

export const DEFAULT_DRAWS = 10_000
export const DEFAULT_SEED = 1

/**
 * Monte Carlo runs of the draft being edited, one at a time, in their own worker. The store keeps
 * only what the panel shows: settings, progress, and the finished run's percentiles with the draft
 * they came from.
 */
export const createUncertaintySlice: SliceCreator<UncertaintySlice> = () => (set, get) => {
  let running: { handle: MonteCarloHandle; token: number } | null = null
  let tokens = 0
  const stop = () => {
    running?.handle.cancel()
    running = null
  }
  return {
    uncertaintySettings: { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED },
    uncertaintyStatus: 'idle',
    uncertaintyProgress: { done: 0, total: 0, elapsedMs: 0 },
    uncertaintyResult: null,
    uncertaintySource: null,
    uncertaintyError: null,
    setUncertaintySettings(settings) {
      if (settings.draws !== undefined && !isValidDraws(settings.draws)) return 'draws'
      if (settings.seed !== undefined && !isValidSeed(settings.seed)) return 'seed'
      set({ uncertaintySettings: { ...get().uncertaintySettings, ...settings } })
      return null
    },
    runUncertainty() {
      const { draft, draftId, uncertaintySettings: settings } = get()
      if (!draft || !draftId) return false
      stop()
      const token = ++tokens
      const started = performance.now()
      const elapsed = () => performance.now() - started
      // A handler of a run that was since cancelled or replaced changes nothing.
      const current = () => running?.token === token
      set({
        uncertaintyStatus: 'running',
        uncertaintyProgress: { done: 0, total: settings.draws, elapsedMs: 0 },
        uncertaintyResult: null,
        uncertaintySource: { draftId, draft },
        uncertaintyError: null,
      })
      const handle = runMonteCarlo(
        { scenario: draft, draws: settings.draws, seed: settings.seed },
        {
          onProgress(done, total) {
            if (current()) set({ uncertaintyProgress: { done, total, elapsedMs: elapsed() } })
          },
          onDone(result) {
            if (!current()) return
            running = null
            // Read by the end-to-end test and the benchmark: when the result reached this thread.
            performance.mark('levier:monte-carlo-done', { detail: result.draws })
            set({
              uncertaintyStatus: 'done',
              uncertaintyResult: result,
              uncertaintyProgress: {
                done: result.draws,
                total: result.draws,
                elapsedMs: elapsed(),
              },
            })
          },
          onError(message) {
            if (!current()) return
            running = null
            set({ uncertaintyStatus: 'error', uncertaintyError: message })
          },
        },
      )
      running = { handle, token }
      return true
    },
    cancelUncertainty() {
      if (!running) return
      stop()
      // The progress stays where the run was stopped; no partial bands are ever kept.
      set({ uncertaintyStatus: 'cancelled', uncertaintyResult: null })
    },
  }
}

let staleCache: { source: unknown; draft: unknown; stale: boolean } | null = null

/**
 * True when the draft has changed since the shown run started from it. Compared by content, so a
 * change undone makes the bands current again; remembered, since selectors run on every update.
 */
export function selectUncertaintyStale(state: LevierState): boolean {
  const source = state.uncertaintySource
  if (!source || !state.draft) return false
  if (source.draftId !== state.draftId) return true
  if (source.draft === state.draft) return false
  if (staleCache && staleCache.source === source.draft && staleCache.draft === state.draft)
    return staleCache.stale
  const stale = JSON.stringify(source.draft) !== JSON.stringify(state.draft)
  staleCache = { source: source.draft, draft: state.draft, stale }
  return stale
}
