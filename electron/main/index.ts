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
import { chooseFile, showOpenRefused } from './file-dialog'
import { installMenu } from './menu'
import { printWindowToPdf } from './print-pdf'
import { registerAppScheme, serveRenderer } from './protocol'
import { installSecurityPolicy } from './security'
import { appOrigins } from './trusted-url'
import { createMainWindow, ownWebContentsIds } from './window'
import { WorkbookFileOpener, openHandedOverFiles } from './workbook-files'
import type { OpenOutcome } from './workbook-files'
import { MENU_CHANNEL } from '@shared/api/calls'
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
// Electron expects the folder to exist when userData is set (Chromium writes its profile there).
mkdirSync(dataDir, { recursive: true })
app.setPath('userData', dataDir)

let mainWindow: BrowserWindow | null = null
/** Set once start-up has opened the first window: from then on a handed-over file may open one. */
let started = false

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
  // `npm start` waits for this before it takes the window as up (else: the loopback host).
  mainWindow.webContents.once('did-finish-load', () => signalLauncher(WINDOW_READY_LINE))
}

/** The system handed a workbook over: the interface shows it, or says why it was refused. */
function tellOpened(outcome: OpenOutcome): void {
  if ('error' in outcome) {
    const { language } = new PreferencesStore(dataDir).get()
    void app.whenReady().then(() => showOpenRefused(mainWindow, language, outcome))
    return
  }
  if (!mainWindow) {
    // macOS keeps the app running with no window; a file opened from the Finder brings one back.
    // Before start-up has opened the first window, that window will show the file.
    if (started) openMainWindow()
    return
  }
  mainWindow.webContents.send(MENU_CHANNEL, 'workbookOpened')
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}
const opener = new WorkbookFileOpener(session, tellOpened)

/** No call is answered while a handed-over workbook is being opened: the page sees that one. */
function afterOpenings(dispatch: Dispatch): Dispatch {
  return async (name, payload) => {
    await opener.idle()
    return dispatch(name, payload)
  }
}

if (!app.requestSingleInstanceLock()) {
  // The running Levier shows its window: nothing failed, the launcher need not fall back.
  signalLauncher(HANDED_OVER_LINE)
  app.quit()
} else {
  // Registered at once: macOS sends `open-file` for a double-clicked workbook before `ready`.
  openHandedOverFiles(app, opener, process.argv, process.cwd(), () => {
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
        {
          host: 'desktop',
          dataDir,
          documentsDir: app.getPath('documents'),
          printPage,
          chooseFile: chooseFilePath,
        },
        session,
      ),
    )
    const isTrusted = (event: IpcMainInvokeEvent) =>
      isTrustedSender(event, ownWebContentsIds, origins)
    registerApi(afterOpenings(withMenuRefresh(dispatch)), isTrusted)
    // Open (on first start, create) the workbook now; a failure is shown by the interface.
    void opener.idle().then(() => session.current().catch(() => undefined))
    refreshMenu()
    openMainWindow()
    started = true
  })
}
