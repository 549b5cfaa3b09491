import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { API_CALL_NAMES, MENU_CHANNEL, ipcChannelOf, isMenuCommand } from '@shared/api/calls'
import type { MenuCommand } from '@shared/api/calls'
import type { LevierBridge } from '@shared/api/bridge'

// Named functions generated from the contract's call list; ipcRenderer itself never crosses over.
const calls = Object.fromEntries(
  API_CALL_NAMES.map((name) => [
    name,
    (request: unknown) => ipcRenderer.invoke(ipcChannelOf(name), request),
  ]),
)

function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const relay = (_event: IpcRendererEvent, command: unknown) => {
    if (isMenuCommand(command)) listener(command)
  }
  ipcRenderer.on(MENU_CHANNEL, relay)
  return () => {
    ipcRenderer.removeListener(MENU_CHANNEL, relay)
  }
}

const bridge = { ...calls, onMenuCommand } as LevierBridge
contextBridge.exposeInMainWorld('levier', bridge)
