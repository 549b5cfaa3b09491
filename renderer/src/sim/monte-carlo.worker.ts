/// <reference lib="webworker" />
import '../zod-without-eval'
import { monteCarloMethods } from './monte-carlo-api'
import type { MonteCarloApi } from './monte-carlo-api'
import { serveWorker } from './worker-rpc'

/**
 * Monte Carlo runs, in a worker of their own so that a long run never delays the live projection
 * of slider moves (engine.worker.ts).
 */
serveWorker<MonteCarloApi>(self, monteCarloMethods)
