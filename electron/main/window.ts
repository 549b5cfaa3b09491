import { BrowserWindow } from 'electron'
import { APP_HOST, APP_NAME, APP_SCHEME } from '@shared/app-identity'
import { SECURE_WEB_PREFERENCES } from './security'

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
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
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
