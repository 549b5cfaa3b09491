import { workerData } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import { foldJournal } from './checkpoint-fold'
import { loadSqlEngine } from './sqlite'
import type { FoldRequest } from './checkpoint-fold'
import type { FoldOutcome } from './checkpoint-runner'

/**
 * Worker thread entry (built beside the hosts' entries as checkpoint-worker.js): fold the journal
 * into the file (checkpoint-fold.ts), then post the outcome on the port and raise the flag, which
 * lets a closing workbook wait for it without the event loop (checkpoint-runner.ts).
 */
interface WorkerInput extends FoldRequest {
  readonly port: MessagePort
  readonly flag: SharedArrayBuffer
}

const input = workerData as WorkerInput | { readonly warmUp: true }

// Started only to be loaded once before the first checkpoint (warmCheckpointWorkers): done.
if ('warmUp' in input) void loadSqlEngine()
else {
  const { port, flag, ...request } = input
  const finish = (message: FoldOutcome): void => {
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
}
