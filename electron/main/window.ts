import { BrowserWindow } from 'electron'
import { APP_HOST, APP_NAME, APP_SCHEME } from '@shared/app-identity'

/** The web contents of our own windows: the only senders IPC answers. */
export const ownWebContentsIds = new Set<number>()

export function createMainWindow(
  preloadPath: string,
  devServerUrl: string | undefined,
): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 600,
    title: APP_NAME,
    show: false,
    // Every option that matters for security is written out here, at the window, rather than
    // spread from a shared constant: a reviewer (and the scanner `npm test` runs) must see each one
    // where the window is made. This is the only window Levier creates.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      preload: preloadPath,
    },
  })
  const id = window.webContents.id
  ownWebContentsIds.add(id)
  window.on('closed', () => ownWebContentsIds.delete(id))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(devServerUrl ?? `${APP_SCHEME}://${APP_HOST}/index.html`)
  return window
}
