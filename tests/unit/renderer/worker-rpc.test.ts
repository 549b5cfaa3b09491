import { afterEach, describe, expect, it, vi } from 'vitest'
import { Transfer, WorkerClient, serveWorker } from '../../../renderer/src/sim/worker-rpc'
import type { CallContext, Methods, WorkerScope } from '../../../renderer/src/sim/worker-rpc'

interface TestApi {
  /** Counts to `n`, reporting each step, and answers with `n` buffers of 8 bytes handed over. */
  count(n: number): ArrayBuffer[]
  fail(message: string): never
  /** Never answers by itself: waits to be cancelled. */
  hang(tag: string): void
}

const stopped: string[] = []
/** The buffers the last `count` made, as the worker side holds them. */
let lastMade: ArrayBuffer[] = []
const methods: Methods<TestApi> = {
  async count(n, context) {
    for (let k = 1; k <= n; k++) {
      await Promise.resolve()
      context.progress(k, n)
    }
    const buffers = Array.from({ length: n }, () => new ArrayBuffer(8))
    lastMade = buffers
    return new Transfer(buffers, buffers)
  },
  fail(message) {
    throw new Error(message)
  },
  hang(tag, context: CallContext) {
    context.onCancel(() => stopped.push(tag))
    return new Promise<void>(() => undefined)
  },
}

/** A worker made of a message channel: the real protocol, the other end served in this thread. */
class ChannelWorker {
  static started = 0
  readonly channel = new MessageChannel()
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null
  terminated = false
  constructor() {
    ChannelWorker.started++
    const scope: WorkerScope = {
      onmessage: null,
      postMessage: (message, options) => this.channel.port1.postMessage(message, options),
    }
    serveWorker(scope, methods)
    this.channel.port1.onmessage = (event) => scope.onmessage?.(event)
    this.channel.port2.onmessage = (event) => this.onmessage?.(event)
  }
  postMessage(message: unknown) {
    this.channel.port2.postMessage(message)
  }
  terminate() {
    this.terminated = true
    this.channel.port1.close()
    this.channel.port2.close()
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined })
  }
}

const workers: ChannelWorker[] = []
function client() {
  return new WorkerClient<TestApi>(
    'Test',
    () => {
      const worker = new ChannelWorker()
      workers.push(worker)
      return worker as unknown as Worker
    },
    () => methods,
  )
}

/** The handlers of one call, recording what they hear. */
function recorder() {
  const heard: string[] = []
  let resolve: (value: unknown) => void = () => undefined
  const settled = new Promise((r) => (resolve = r))
  return {
    heard,
    settled,
    handlers: {
      onProgress: (done: number, total: number) => heard.push(`${done}/${total}`),
      onDone: (value: unknown) => resolve(value),
      onError: (message: string) => resolve(`error: ${message}`),
    },
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20))

afterEach(() => {
  for (const worker of workers.splice(0)) worker.terminate()
  stopped.length = 0
  vi.unstubAllGlobals()
})

describe.each([
  ['through a worker', true],
  ['on this thread, where workers do not exist', false],
])('a worker call %s', (_, withWorkers) => {
  const setUp = () => {
    if (withWorkers) vi.stubGlobal('Worker', ChannelWorker)
    return client()
  }

  it('reports progress in order, then answers with the value', async () => {
    const rpc = setUp()
    const call = recorder()
    rpc.call('count', 3, call.handlers)
    const value = (await call.settled) as ArrayBuffer[]
    expect(call.heard).toEqual(['1/3', '2/3', '3/3'])
    expect(value.map((b) => b.byteLength)).toEqual([8, 8, 8])
    await expect(rpc.request('count', 2)).resolves.toHaveLength(2)
  })

  it('passes a thrown error on as its message', async () => {
    const rpc = setUp()
    await expect(rpc.request('fail', 'no memory')).rejects.toThrow('no memory')
  })

  it('cancels: the method is told to stop and no handler is called afterwards', async () => {
    const rpc = setUp()
    const call = recorder()
    const cancel = rpc.call('hang', 'first', call.handlers)
    await tick()
    cancel()
    await tick()
    expect(stopped).toEqual(['first'])
    const late = recorder()
    rpc.call('count', 2, late.handlers)(/* cancelled at once */)
    await tick()
    expect(late.heard).toEqual([])
    expect(await Promise.race([late.settled, tick().then(() => 'silent')])).toBe('silent')
  })
})

describe('a worker that crashes', () => {
  it('fails every call it held, and the next call starts a fresh worker', async () => {
    vi.stubGlobal('Worker', ChannelWorker)
    const rpc = client()
    const first = recorder()
    const second = recorder()
    rpc.call('hang', 'a', first.handlers)
    rpc.call('hang', 'b', second.handlers)
    await tick()
    workers[0]?.crash('out of memory')
    expect(await first.settled).toBe('error: out of memory')
    expect(await second.settled).toBe('error: out of memory')
    expect(workers[0]?.terminated).toBe(true)
    await expect(rpc.request('count', 1)).resolves.toHaveLength(1)
    expect(workers).toHaveLength(2)
  })

  it('hands the result’s buffers over rather than copying them', async () => {
    vi.stubGlobal('Worker', ChannelWorker)
    const received = await client().request('count', 2)
    expect(received.map((b) => b.byteLength)).toEqual([8, 8])
    // The worker's own buffers are detached once handed over.
    expect(lastMade.map((b) => b.byteLength)).toEqual([0, 0])
  })
})
