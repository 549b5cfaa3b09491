import type { Projection } from '@shared/model/engine/simulate'
import type { EngineRequest, EngineResponse } from './engine.worker'

/** Runs projections in the engine worker; one promise per request. */
export class EngineClient {
  private readonly worker: Worker
  private next = 0
  private readonly waiting = new Map<
    number,
    { resolve: (p: Projection) => void; reject: (e: Error) => void }
  >()

  constructor() {
    this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' })
    this.worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      const answer = event.data
      const pending = this.waiting.get(answer.id)
      if (!pending) return
      this.waiting.delete(answer.id)
      if (answer.ok) pending.resolve(answer.projection)
      else pending.reject(new Error(answer.errors.join('\n')))
    }
  }

  project(scenario: unknown): Promise<Projection> {
    const id = ++this.next
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      const request: EngineRequest = { id, scenario }
      this.worker.postMessage(request)
    })
  }
}
