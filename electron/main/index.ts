import { app, BrowserWindow } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { APP_NAME } from '@shared/app-identity'
import type { FilePurpose } from '@shared/api/contract'
import { createApiHandlers } from '../services/api-handlers'
import { defaultDataDir } from '../services/data-dir'
import { createDispatch } from '../services/dispatch'
import { WorkbookSession } from '../services/workbook-session'
import { DEFAULT_PRESET_ID } from '@shared/model/scenario/presets'
import type { Dispatch } from '../services/dispatch'
import { PreferencesStore } from '../services/preferences-store'
import { isTrustedSender } from './ipc/sender'
import { registerApi } from './ipc/register'
import { chooseFile } from './file-dialog'
import { installMenu } from './menu'
import { printWindowToPdf } from './print-pdf'
import { registerAppScheme, serveRenderer } from './protocol'
import { installSecurityPolicy } from './security'
import { appOrigins } from './trusted-url'
import { createMainWindow, ownWebContentsIds } from './window'
import { HANDED_OVER_LINE, WINDOW_READY_LINE, signalLauncher } from '../launcher/ready-signal'

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const origins = appOrigins(devServerUrl)
installSecurityPolicy(origins)
registerAppScheme()

// Same directory as the loopback host's default, so both hosts see the same workbooks.
const dataDir = defaultDataDir()
// A newcomer's first workbook opens on current law, its charts drawn.
const session = new WorkbookSession(dataDir, undefined, { firstPreset: DEFAULT_PRESET_ID })
app.setName(APP_NAME)
app.setPath('userData', dataDir)

let mainWindow: BrowserWindow | null = null

function refreshMenu(): void {
  const { language } = new PreferencesStore(dataDir).get()
  installMenu(language, () => mainWindow, devServerUrl !== undefined)
}

/** Rebuild the menu in the new language whenever the renderer changes the preference. */
function withMenuRefresh(dispatch: Dispatch): Dispatch {
  return async (name, payload) => {
    const result = await dispatch(name, payload)
    if (name === 'setPreferences' && result.ok) refreshMenu()
    return result
  }
}

function openMainWindow(): void {
  mainWindow = createMainWindow(join(import.meta.dirname, '../preload/index.cjs'), devServerUrl)
  mainWindow.on('closed', () => (mainWindow = null))
  // `npm start` waits for this before it takes the window for come up (else: the loopback host).
  mainWindow.webContents.once('did-finish-load', () => signalLauncher(WINDOW_READY_LINE))
}

if (!app.requestSingleInstanceLock()) {
  // The running Levier shows its window: nothing failed, the launcher need not fall back.
  signalLauncher(HANDED_OVER_LINE)
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  // Every change is already on disk; closing releases the workbook's lock.
  app.on('will-quit', () => session.close())
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
  void app.whenReady().then(() => {
    mkdirSync(dataDir, { recursive: true })
    serveRenderer(join(import.meta.dirname, '../renderer'))
    const printPage = (paper: 'A4' | 'Letter') => printWindowToPdf(mainWindow, paper)
    const preferences = new PreferencesStore(dataDir)
    const chooseFilePath = async ({
      purpose,
      defaultPath,
    }: {
      purpose: FilePurpose
      defaultPath?: string
    }) => ({
      path: await chooseFile(mainWindow, preferences.get().language, purpose, defaultPath),
    })
    const dispatch = createDispatch(
      createApiHandlers(
        { host: 'desktop', dataDir, printPage, chooseFile: chooseFilePath },
        session,
      ),
    )
    const isTrusted = (event: IpcMainInvokeEvent) =>
      isTrustedSender(event, ownWebContentsIds, origins)
    registerApi(withMenuRefresh(dispatch), isTrusted)
    // Open (on first start, create) the workbook now; a failure is shown by the interface.
    session.current().catch(() => undefined)
    refreshMenu()
    openMainWindow()
  })
}
