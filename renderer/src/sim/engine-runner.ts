import { getBaseline } from '@shared/model/baseline/baselines'
import { parseScenario } from '@shared/model/scenario/scenario-parse'
import type { Projection } from '@shared/model/engine/simulate'
import { simulate } from '@shared/model/engine/simulate'
import { EngineClient } from './engine-client'

let client: EngineClient | null = null

/**
 * Project a scenario in the engine worker; where workers do not exist (component tests), the same
 * engine code runs on this thread.
 */
export function projectScenario(scenario: unknown): Promise<Projection> {
  if (typeof Worker === 'undefined') {
    const parsed = parseScenario(scenario)
    if (!parsed.ok) return Promise.reject(new Error(parsed.errors.join('\n')))
    return Promise.resolve(simulate(parsed.scenario, getBaseline(parsed.scenario.baseline)))
  }
  client ??= new EngineClient()
  return client.project(scenario)
}

/** Start the engine worker ahead of the first projection (it loads its script meanwhile). */
export function warmEngine(): void {
  if (typeof Worker !== 'undefined') client ??= new EngineClient()
}
