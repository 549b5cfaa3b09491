import type { Readable, Writable } from 'node:stream'

type Params = Record<string, unknown>

export interface CdpEvent {
  readonly method: string
  readonly params: Params
  readonly sessionId?: string
}

interface Pending {
  readonly resolve: (result: Params) => void
  readonly reject: (error: Error) => void
}

export class CdpError extends Error {}

/**
 * A client of the Chrome DevTools protocol over the pipe a browser opens with
 * `--remote-debugging-pipe`: JSON messages, each ended by a NUL byte, written to the browser's fd 3
 * and read from its fd 4. No port is opened, so nothing else on the machine can talk to the browser.
 */
export class CdpPipe {
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private buffered = Buffer.alloc(0)
  private closedWith: Error | undefined
  private readonly listeners = new Set<(event: CdpEvent) => void>()

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.on('data', (chunk: Buffer) => this.receive(chunk))
    fromBrowser.on('close', () => this.close(new CdpError('The browser closed its pipe.')))
    fromBrowser.on('error', (error) => this.close(new CdpError(error.message)))
    // The browser going away mid-write is reported by the read side; no unhandled 'error' here.
    toBrowser.on('error', () => undefined)
  }

  /** Send a command (to a page's session when `sessionId` is given) and wait for its result. */
  send(method: string, params: Params = {}, sessionId?: string): Promise<Params> {
    if (this.closedWith) return Promise.reject(this.closedWith)
    const id = this.nextId++
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.toBrowser.write(`${message}\0`)
    })
  }

  onEvent(listener: (event: CdpEvent) => void): void {
    this.listeners.add(listener)
  }

  /** Fail every command still waiting; later ones fail at once. */
  close(error: Error = new CdpError('The DevTools pipe is closed.')): void {
    if (this.closedWith) return
    this.closedWith = error
    for (const { reject } of this.pending.values()) reject(error)
    this.pending.clear()
  }

  private receive(chunk: Buffer): void {
    this.buffered = Buffer.concat([this.buffered, chunk])
    let end = this.buffered.indexOf(0)
    while (end !== -1) {
      const text = this.buffered.subarray(0, end).toString('utf8')
      this.buffered = this.buffered.subarray(end + 1)
      this.dispatch(text)
      end = this.buffered.indexOf(0)
    }
  }

  private dispatch(text: string): void {
    let message: {
      id?: number
      method?: string
      params?: Params
      result?: Params
      error?: { message?: string }
      sessionId?: string
    }
    try {
      message = JSON.parse(text) as typeof message
    } catch {
      return
    }
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id)
      if (!waiting) return
      this.pending.delete(message.id)
      if (message.error) waiting.reject(new CdpError(message.error.message ?? 'DevTools error'))
      else waiting.resolve(message.result ?? {})
    } else if (message.method) {
      const event: CdpEvent = {
        method: message.method,
        params: message.params ?? {},
        ...(message.sessionId ? { sessionId: message.sessionId } : {}),
      }
      for (const listener of this.listeners) listener(event)
    }
  }
}
