/**
 * Calls into a worker, the one protocol of both (the engine's and Monte Carlo's): a call has an id,
 * may report progress, can be cancelled, and ends with a value or an error message. Hand-written
 * rather than Comlink: Comlink leaves a call pending for ever when its worker crashes and has no
 * way to stop a call in flight, the two things the Monte Carlo runs need; wrapped for them it
 * would be no shorter than this.
 */

/** What a worker's method is given besides its argument. */
export interface CallContext {
  /** Report how far the call has got (sent on at once: the method decides how often). */
  progress(done: number, total: number): void
  /** Called if the caller cancels; nothing the method returns afterwards is sent. */
  onCancel(stop: () => void): void
}

/** A result whose buffers are handed over to the caller rather than copied. */
export class Transfer<T> {
  constructor(
    readonly value: T,
    readonly buffers: readonly ArrayBuffer[],
  ) {}
}

/** A worker's methods: one argument each, the answer directly, later, or with buffers handed over. */
export type Methods<Api> = {
  [M in keyof Api]: Api[M] extends (arg: infer A) => infer R
    ? (arg: A, context: CallContext) => R | Transfer<R> | Promise<R | Transfer<R>>
    : never
}
type ArgOf<Api, M extends keyof Api> = Api[M] extends (arg: infer A) => unknown ? A : never
type ResultOf<Api, M extends keyof Api> = Api[M] extends (arg: never) => infer R ? R : never

export type RpcRequest =
  | { readonly id: number; readonly method: string; readonly arg: unknown }
  | { readonly id: number; readonly cancel: true }
export type RpcAnswer =
  | { readonly id: number; readonly progress: readonly [number, number] }
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string }

export interface CallHandlers<R> {
  onProgress?(done: number, total: number): void
  onDone(value: R): void
  onError(message: string): void
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Run a method with its context; the handlers hear nothing once `cancelled()` is true. Used by
 * the worker for each call, and on this thread where workers do not exist (component tests).
 */
function invoke<R>(
  method: (arg: unknown, context: CallContext) => unknown,
  arg: unknown,
  cancelled: () => boolean,
  stops: Array<() => void>,
  answer: (
    outcome: { ok: true; value: R; buffers: readonly ArrayBuffer[] } | { ok: false; error: string },
  ) => void,
  progress: (done: number, total: number) => void,
): void {
  const context: CallContext = {
    progress: (done, total) => !cancelled() && progress(done, total),
    onCancel: (stop) => stops.push(stop),
  }
  // Started after the caller has its handle, so that even an early error is reported to it.
  void Promise.resolve()
    .then(() => method(arg, context))
    .then(
      (value) => {
        if (cancelled()) return
        if (value instanceof Transfer)
          answer({ ok: true, value: value.value as R, buffers: value.buffers })
        else answer({ ok: true, value: value as R, buffers: [] })
      },
      (error: unknown) => !cancelled() && answer({ ok: false, error: messageOf(error) }),
    )
}

/** A worker's global scope, as far as answering calls needs it. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<RpcRequest>) => void) | null
  postMessage(message: RpcAnswer, options: { transfer: Transferable[] }): void
}

/** Answer calls to these methods, in the worker whose global scope is given. */
export function serveWorker<Api>(scope: WorkerScope, methods: Methods<Api>): void {
  const live = new Map<number, Array<() => void>>()
  const table = methods as unknown as Record<string, (arg: unknown, c: CallContext) => unknown>
  scope.onmessage = (event: MessageEvent<RpcRequest>) => {
    const request = event.data
    const post = (answer: RpcAnswer, buffers: readonly ArrayBuffer[] = []) =>
      scope.postMessage(answer, { transfer: [...buffers] })
    if ('cancel' in request) {
      for (const stop of live.get(request.id) ?? []) stop()
      live.delete(request.id)
      return
    }
    const { id } = request
    const method = table[request.method]
    if (!method) return post({ id, ok: false, error: `No method ${request.method}` })
    const stops: Array<() => void> = []
    live.set(id, stops)
    invoke(
      method,
      request.arg,
      () => !live.has(id),
      stops,
      (outcome) => {
        live.delete(id)
        if (outcome.ok) post({ id, ok: true, value: outcome.value }, outcome.buffers)
        else post({ id, ok: false, error: outcome.error })
      },
      (done, total) => post({ id, progress: [done, total] }),
    )
  }
}

/**
 * The calling side: one worker, started at the first call (or by `warm`), its calls told apart by
 * id. Where workers do not exist, the same methods run on this thread instead.
 */
export class WorkerClient<Api> {
  private worker: Worker | null = null
  private next = 0
  private readonly waiting = new Map<number, CallHandlers<unknown>>()

  constructor(
    private readonly name: string,
    private readonly start: () => Worker,
    private readonly local: () => Methods<Api>,
  ) {}

  /** Start the worker ahead of the first call (it loads its script meanwhile). */
  warm(): void {
    if (typeof Worker !== 'undefined') this.worker ??= this.open()
  }

  /**
   * Call a method; the returned function cancels it, after which no handler is called. `transfer`:
   * buffers of the argument handed over to the worker rather than copied (unusable here after).
   */
  call<M extends keyof Api & string>(
    method: M,
    arg: ArgOf<Api, M>,
    handlers: CallHandlers<ResultOf<Api, M>>,
    transfer: readonly ArrayBuffer[] = [],
  ): () => void {
    if (typeof Worker === 'undefined') return this.callHere(method, arg, handlers)
    this.worker ??= this.open()
    const id = ++this.next
    this.waiting.set(id, handlers as CallHandlers<unknown>)
    const request: RpcRequest = { id, method, arg }
    this.worker.postMessage(request, { transfer: [...transfer] })
    return () => {
      if (!this.waiting.delete(id)) return
      const cancel: RpcRequest = { id, cancel: true }
      this.worker?.postMessage(cancel)
    }
  }

  /** A call as a promise, for the calls that are never cancelled nor followed. */
  request<M extends keyof Api & string>(method: M, arg: ArgOf<Api, M>): Promise<ResultOf<Api, M>> {
    return new Promise((resolve, reject) =>
      this.call(method, arg, { onDone: resolve, onError: (message) => reject(new Error(message)) }),
    )
  }

  private callHere<M extends keyof Api & string>(
    method: M,
    arg: ArgOf<Api, M>,
    handlers: CallHandlers<ResultOf<Api, M>>,
  ): () => void {
    let cancelled = false
    const stops: Array<() => void> = []
    const table = this.local() as unknown as Record<string, (a: unknown, c: CallContext) => unknown>
    invoke<ResultOf<Api, M>>(
      table[method] as (a: unknown, c: CallContext) => unknown,
      arg,
      () => cancelled,
      stops,
      (outcome) => (outcome.ok ? handlers.onDone(outcome.value) : handlers.onError(outcome.error)),
      (done, total) => handlers.onProgress?.(done, total),
    )
    return () => {
      cancelled = true
      for (const stop of stops) stop()
    }
  }

  private open(): Worker {
    const worker = this.start()
    worker.onmessage = (event: MessageEvent<RpcAnswer>) => {
      const answer = event.data
      // A call cancelled here has no handlers any more: its late answers are dropped.
      const handlers = this.waiting.get(answer.id)
      if (!handlers) return
      if ('progress' in answer) return handlers.onProgress?.(...answer.progress)
      this.waiting.delete(answer.id)
      if (answer.ok) handlers.onDone(answer.value)
      else handlers.onError(answer.error)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      // A crashed worker ends every call it held; the next call starts a fresh one.
      const failed = [...this.waiting.values()]
      this.waiting.clear()
      worker.terminate()
      if (this.worker === worker) this.worker = null
      for (const handlers of failed) handlers.onError(event.message || `${this.name} worker failed`)
    }
    return worker
  }
}
