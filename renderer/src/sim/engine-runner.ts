import type { Projection } from '@shared/model/engine/simulate'
import { engineMethods } from './engine-api'
import type { EngineApi } from './engine-api'
import { WorkerClient } from './worker-rpc'

const engine = new WorkerClient<EngineApi>(
  'Engine',
  () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }),
  () => engineMethods,
)

/**
 * Project a scenario in the engine worker; where workers do not exist (component tests), the same
 * engine code runs on this thread.
 */
export function projectScenario(scenario: unknown): Promise<Projection> {
  return engine.request('project', scenario)
}

/** Start the engine worker ahead of the first projection (it loads its script meanwhile). */
export function warmEngine(): void {
  engine.warm()
}
