/// <reference lib="webworker" />
import '../zod-without-eval'
import { getBaseline } from '@shared/model/baselines'
import { parseScenario } from '@shared/model/scenario-parse'
import { simulate } from '@shared/model/simulate'

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

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { id, scenario } = event.data
  const parsed = parseScenario(scenario)
  const response: EngineResponse = parsed.ok
    ? { id, ok: true, projection: simulate(parsed.scenario, getBaseline(parsed.scenario.baseline)) }
    : { id, ok: false, errors: parsed.errors }
  self.postMessage(response)
}
