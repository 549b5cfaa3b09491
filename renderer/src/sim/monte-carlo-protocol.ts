import type { UncertaintyResult } from './uncertainty-job'

/** Messages to the Monte Carlo worker. */
export type MonteCarloRequest =
  | {
      readonly type: 'start'
      readonly job: number
      readonly scenario: unknown
      readonly draws: number
      readonly seed: number
      /** Send back each indicator's draws too (a comparison pairs scenarios draw by draw). */
      readonly indicatorDraws?: boolean
    }
  | { readonly type: 'cancel'; readonly job: number }

/** Messages from it: small ones (counts, then percentiles); the draws only when asked for. */
export type MonteCarloMessage =
  | {
      readonly type: 'progress'
      readonly job: number
      readonly done: number
      readonly total: number
    }
  | { readonly type: 'done'; readonly job: number; readonly result: UncertaintyResult }
  | { readonly type: 'cancelled'; readonly job: number }
  | { readonly type: 'error'; readonly job: number; readonly message: string }
