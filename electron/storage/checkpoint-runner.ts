import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import type { FoldRequest } from './checkpoint-fold'

export type FoldOutcome = { ok: true; bytes: number } | { ok: false; error: string }

/**
 * The built worker (checkpoint-worker.ts): beside the hosts' entry files in out/main, whose shared
 * code sits in out/main/chunks; LEVIER_CHECKPOINT_WORKER names another build (tests, benchmark).
 * Null where there is none (unit tests running the sources): checkpoints are then made in place.
 */
export function checkpointWorkerFile(): string | null {
  const candidates = [
    process.env.LEVIER_CHECKPOINT_WORKER,
    fileURLToPath(new URL('./checkpoint-worker.js', import.meta.url)),
    fileURLToPath(new URL('../checkpoint-worker.js', import.meta.url)),
  ]
  return candidates.find((file): file is string => !!file && existsSync(file)) ?? null
}

let warmed = false

/**
 * Start the checkpoint worker once a process, to load and end, where a workbook that checkpoints
 * in a worker has opened. A process's first worker thread holds up the thread that started it, and
 * the first load of sql.js in a worker adds to it: reads waited 16-51 ms (median 33) during a
 * process's first checkpoint, 13-35 ms (median 17) after this warm-up (269 MB workbook, six
 * processes each); later checkpoints do not pay it. Paid here, it falls in the opening of a large
 * workbook, which the user waits for anyway, rather than in the middle of their work.
 */
export function warmCheckpointWorkers(file: string): void {
  if (warmed) return
  warmed = true
  // The checkpoint worker itself, told to stop once loaded: the very path a checkpoint takes.
  const worker = new Worker(file, { workerData: { warmUp: true } })
  worker.on('error', () => undefined)
  worker.unref()
}

/** One checkpoint running in a worker thread. */
export class CheckpointRun {
  /** Resolves with the worker's outcome; never rejects. */
  readonly done: Promise<FoldOutcome>
  private outcome: FoldOutcome | null = null
  private resolve: (outcome: FoldOutcome) => void = () => undefined
  private readonly port: MessagePort
  private readonly flag = new SharedArrayBuffer(4)
  private readonly worker: Worker

  constructor(file: string, request: FoldRequest) {
    const { port1, port2 } = new MessageChannel()
    this.port = port1
    this.done = new Promise((resolve) => (this.resolve = resolve))
    this.worker = new Worker(file, {
      workerData: { ...request, port: port2, flag: this.flag },
      transferList: [port2],
    })
    port1.once('message', (outcome: FoldOutcome) => this.settle(outcome))
    this.worker.once('error', (error) => this.settle({ ok: false, error: error.message }))
    // A message posted just before the worker ended may not have been delivered yet.
    this.worker.once('exit', (code) =>
      this.settle(
        this.received() ?? { ok: false, error: `the checkpoint worker stopped (code ${code})` },
      ),
    )
  }

  private received(): FoldOutcome | null {
    return (receiveMessageOnPort(this.port)?.message as FoldOutcome | undefined) ?? null
  }

  private settle(outcome: FoldOutcome): FoldOutcome {
    if (!this.outcome) {
      this.outcome = outcome
      this.port.close()
      this.resolve(outcome)
    }
    return this.outcome
  }

  /**
   * Block until the worker reports, for a workbook closing (or saving in place) that cannot go
   * back to the event loop first. Past `timeoutMs` the worker is stopped: the file and journal on
   * disk are whole whatever moment it stopped at.
   */
  waitSync(timeoutMs: number): FoldOutcome {
    const state = new Int32Array(this.flag)
    const deadline = Date.now() + timeoutMs
    while (!this.outcome) {
      const message = this.received()
      if (message) return this.settle(message)
      const left = deadline - Date.now()
      if (left <= 0) {
        void this.worker.terminate()
        return this.settle({ ok: false, error: `the checkpoint took more than ${timeoutMs} ms` })
      }
      Atomics.wait(state, 0, 0, Math.min(left, 50))
    }
    return this.outcome
  }
}
