import { workerData } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import { foldJournal } from './checkpoint-fold'
import type { FoldRequest } from './checkpoint-fold'

/**
 * Worker thread entry (built beside the hosts' entries as checkpoint-worker.js): fold the journal
 * into the file (checkpoint-fold.ts), then post the outcome on the port and raise the flag, which
 * lets a closing workbook wait for it without the event loop (checkpoint-runner.ts).
 */
interface WorkerInput extends FoldRequest {
  readonly port: MessagePort
  readonly flag: SharedArrayBuffer
}

const { port, flag, ...request } = workerData as WorkerInput

function finish(message: { ok: true; bytes: number } | { ok: false; error: string }): void {
  port.postMessage(message)
  const state = new Int32Array(flag)
  Atomics.store(state, 0, 1)
  Atomics.notify(state, 0)
  port.close()
}

foldJournal(request).then(
  ({ bytes }) => finish({ ok: true, bytes }),
  (error: unknown) => finish({ ok: false, error: (error as Error).message ?? String(error) }),
)
