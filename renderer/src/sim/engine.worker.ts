/// <reference lib="webworker" />
import '../zod-without-eval'
import { getBaseline } from '@shared/model/baseline/baselines'
import { defaultScenario } from '@shared/model/scenario/default-scenario'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import { simulate } from '@shared/model/engine/simulate'

/**
 * The projection engine, off the interface thread. Receives a scenario document, answers with
 * the projection or with the validation problems.
 */
export interface EngineRequest {
  readonly id: number
  readonly scenario: unknown
}
export type EngineResponse =
  | { readonly id: number; readonly ok: true; readonly projection: ReturnType<typeof simulate> }
  | { readonly id: number; readonly ok: false; readonly errors: string[] }

/**
 * A first projection at once, of current law, while the page still waits for the host: the baseline
 * is parsed and the engine's code compiled before the first real request, which then takes the
 * warm path (the first chart of a start waits for that request).
 */
function warmUp(): void {
  try {
    const parsed = parseScenario(defaultScenario())
    if (parsed.ok) simulate(parsed.scenario, getBaseline(parsed.scenario.baseline))
  } catch {
    // Only a warm-up: a real request reports its own problems.
  }
}
warmUp()

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { id, scenario } = event.data
  const parsed = parseScenario(scenario)
  const response: EngineResponse = parsed.ok
    ? { id, ok: true, projection: simulate(parsed.scenario, getBaseline(parsed.scenario.baseline)) }
    : { id, ok: false, errors: parsed.errors }
  self.postMessage(response)
}
