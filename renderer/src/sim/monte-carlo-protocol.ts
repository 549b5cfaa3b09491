import type { UncertaintyResult } from './uncertainty-job'

/** Messages to the Monte Carlo worker. */
export type MonteCarloRequest =
  | {
      readonly type: 'start'
      readonly job: number
      readonly scenario: unknown
      readonly draws: number
      readonly seed: number
    }
  | { readonly type: 'cancel'; readonly job: number }

/** Messages from it: small ones (counts, then percentiles), never the draws themselves. */
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
