import { app, session, shell } from 'electron'
import type { WebContents } from 'electron'
import type { AppOrigin } from './trusted-url'
import { isAppUrl, isSafeExternalUrl } from './trusted-url'

function hardenWebContents(contents: WebContents, origins: readonly AppOrigin[]): void {
  // No page may replace ours; links to the web open in the user's browser instead.
  const blockNavigation = (event: Electron.Event, url: string) => {
    if (isAppUrl(url, origins) && url === contents.getURL()) return
    event.preventDefault()
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
  }
  contents.on('will-navigate', blockNavigation)
  contents.on('will-redirect', blockNavigation)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

/**
 * Apply Levier's hardening to every web contents the app will ever create, and deny every
 * permission request (an offline workbench needs none). Called before any window exists.
 */
export function installSecurityPolicy(origins: readonly AppOrigin[]): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins))
  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
      callback(false),
    )
    session.defaultSession.setPermissionCheckHandler(() => false)
  })
}
