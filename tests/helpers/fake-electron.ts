import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/**
 * A test double for the parts of the `electron` module main uses. The real module cannot load
 * here: requiring it tries to download the runtime.
 */
type Handler = (event: unknown, ...args: unknown[]) => unknown

class FakeIpcMain {
  readonly handlers = new Map<string, Handler>()
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
  /** What ipcRenderer.invoke would get: Electron rejects channels nobody handles. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    return handler(event, ...args)
  }
}

export const ipcMain = new FakeIpcMain()

class FakeApp extends EventEmitter {
  whenReady = vi.fn(() => Promise.resolve())
}
export const app = new FakeApp()

export const permissionRequestHandler: { current?: (...args: unknown[]) => void } = {}
export const permissionCheckHandler: { current?: (...args: unknown[]) => boolean } = {}
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => {
      permissionRequestHandler.current = handler
    },
    setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => {
      permissionCheckHandler.current = handler
    },
  },
}

export const shell = { openExternal: vi.fn(async () => undefined) }

/** The system file dialogs: each test sets what the user "chose". */
export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
    canceled: true,
    filePaths: [] as string[],
  })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({
    canceled: true,
    filePath: undefined as string | undefined,
  })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
}

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
}
