/// <reference lib="webworker" />
import '../zod-without-eval'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { engineMethods } from './engine-api'
import type { EngineApi } from './engine-api'
import { serveWorker } from './worker-rpc'

/**
 * The projection engine, off the interface thread. Receives a scenario document, answers with
 * the projection or with the validation problems.
 */

/**
 * A first projection at once, of current law, while the page still waits for the host: the baseline
 * is parsed and the engine's code compiled before the first real request, which then takes the
 * warm path (the first chart of a start waits for that request).
 */
function warmUp(): void {
  try {
    engineMethods.project(defaultScenario(), {
      progress: () => undefined,
      onCancel: () => undefined,
    })
  } catch {
    // Only a warm-up: a real request reports its own problems.
  }
}
warmUp()

serveWorker<EngineApi>(self, engineMethods)
