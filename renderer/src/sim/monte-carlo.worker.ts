/// <reference lib="webworker" />
import '../zod-without-eval'
import { monteCarloMethods, warmUpMonteCarlo } from './monte-carlo-api'
import type { MonteCarloApi } from './monte-carlo-api'
import { serveWorker } from './worker-rpc'

/**
 * Monte Carlo runs, in a worker of their own so that a long run never delays the live projection
 * of slider moves (engine.worker.ts).
 */
try {
  warmUpMonteCarlo()
} catch {
  // Only a warm-up: a real run reports its own problems.
}

serveWorker<MonteCarloApi>(self, monteCarloMethods)
