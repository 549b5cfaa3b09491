import { getBaseline } from '@shared/model/baseline/baselines'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import { simulate } from '@shared/model/engine/simulate'
import type { Projection } from '@shared/model/engine/simulate'
import type { Methods } from './worker-rpc'

/** What the engine worker answers: a scenario document's projection. */
export interface EngineApi {
  project(scenario: unknown): Projection
}

/** The engine's one method, in its worker (and on this thread where workers do not exist). */
export const engineMethods: Methods<EngineApi> = {
  project(scenario) {
    const parsed = parseScenario(scenario)
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
    return simulate(parsed.scenario, getBaseline(parsed.scenario.baseline))
  },
}
