import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import {
  app,
  permissionCheckHandler,
  permissionRequestHandler,
  shell,
} from '../../helpers/fake-electron'
import { installSecurityPolicy } from '../../../electron/main/security'
import { createMainWindow } from '../../../electron/main/window'
import { menuTemplate } from '../../../electron/main/menu'
import { appOrigins, isSafeExternalUrl } from '../../../electron/main/trusted-url'

/** Records the options of every window main creates; the shared fake has no windows. */
const { FakeBrowserWindow } = vi.hoisted(() => {
  class FakeBrowserWindow {
    static readonly created: FakeBrowserWindow[] = []
    readonly webContents = { id: 41 }
    readonly loaded: string[] = []
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this)
    }
    on() {}
    once() {}
    loadURL(url: string) {
      this.loaded.push(url)
      return Promise.resolve()
    }
  }
  return { FakeBrowserWindow }
})

vi.mock('electron', async () => ({
  ...(await import('../../helpers/fake-electron')),
  BrowserWindow: FakeBrowserWindow,
}))

class FakeWebContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  getURL() {
    return 'levier://app/index.html'
  }
}

function hardened() {
  const contents = new FakeWebContents()
  app.emit('web-contents-created', {}, contents)
  return contents
}

function navigate(contents: FakeWebContents, kind: string, url: string) {
  const evt = { preventDefault: vi.fn() }
  contents.emit(kind, evt, url)
  return evt.preventDefault
}

installSecurityPolicy(appOrigins(undefined))

describe('window hardening', () => {
  it('creates its window isolated, sandboxed, without Node, with web security on', () => {
    FakeBrowserWindow.created.length = 0
    createMainWindow('/app/out/preload/index.cjs', undefined)
    expect(FakeBrowserWindow.created).toHaveLength(1)
    const window = FakeBrowserWindow.created[0]
    // Every security option, with nothing else: a new option must be added here knowingly.
    expect(window?.options.webPreferences).toStrictEqual({
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
      preload: '/app/out/preload/index.cjs',
    })
    expect(window?.loaded).toEqual(['levier://app/index.html'])
  })

  it.each(['will-navigate', 'will-redirect'])('blocks %s away from the app', (kind) => {
    const contents = hardened()
    shell.openExternal.mockClear()
    expect(navigate(contents, kind, 'https://example.org/')).toHaveBeenCalled()
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/')
    expect(navigate(contents, kind, 'file:///etc/passwd')).toHaveBeenCalled()
    expect(navigate(contents, kind, 'levier://app/other.html')).toHaveBeenCalled()
    expect(shell.openExternal).toHaveBeenCalledTimes(1)
  })

  it('denies every new window, opening only https and mailto links outside', () => {
    const contents = hardened()
    shell.openExternal.mockClear()
    for (const url of [
      'https://www.cese.fr/',
      'mailto:a@b.fr',
      'http://x.fr/',
      'javascript:alert(1)',
      'file:///',
    ]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
    expect(shell.openExternal.mock.calls.map((call) => (call as unknown[])[0])).toEqual([
      'https://www.cese.fr/',
      'mailto:a@b.fr',
    ])
  })

  it('blocks webviews', () => {
    const contents = hardened()
    const evt = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', evt)
    expect(evt.preventDefault).toHaveBeenCalled()
  })

  it('denies every permission request and check', async () => {
    await Promise.resolve()
    const callback = vi.fn()
    permissionRequestHandler.current?.({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(permissionCheckHandler.current?.({}, 'geolocation')).toBe(false)
  })

  it('only treats https and mailto as safe external links', () => {
    expect(isSafeExternalUrl('https://x.fr')).toBe(true)
    expect(isSafeExternalUrl('mailto:x@y.fr')).toBe(true)
    for (const url of ['http://x.fr', 'file:///x', 'smb://x/y', 'not a url', 'javascript:0']) {
      expect(isSafeExternalUrl(url)).toBe(false)
    }
  })
})

describe('native menu', () => {
  function labels(items: MenuItemConstructorOptions[]) {
    return items.map((item) => item.label)
  }

  it('has File, Edit, View and Help in the interface language', () => {
    const send = vi.fn()
    expect(labels(menuTemplate('fr', send, false, 'linux'))).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Aide',
    ])
    expect(labels(menuTemplate('en', send, false, 'win32'))).toEqual([
      'File',
      'Edit',
      'View',
      'Help',
    ])
  })

  it('gives the usual shortcuts through roles and keeps developer tools out of production', () => {
    const roles = JSON.stringify(menuTemplate('en', vi.fn(), false))
    for (const role of ['quit', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn']) {
      expect(roles).toContain(`"role":"${role}"`)
    }
    expect(roles).not.toContain('toggleDevTools')
    expect(JSON.stringify(menuTemplate('en', vi.fn(), true))).toContain('toggleDevTools')
  })

  it('sends language, about and help commands to the renderer', () => {
    const send = vi.fn()
    const template = menuTemplate('fr', send, false, 'linux')
    const items = template.flatMap((menu) => (menu.submenu as MenuItemConstructorOptions[]) ?? [])
    const language = items.find((item) => item.label === 'Langue')
      ?.submenu as MenuItemConstructorOptions[]
    language.forEach((item) => item.click?.({} as never, undefined, {} as never))
    for (const label of ['À propos de Levier', 'Aide et raccourcis clavier'])
      items.find((item) => item.label === label)?.click?.({} as never, undefined, {} as never)
    expect(send.mock.calls.map((call) => (call as unknown[])[0])).toEqual([
      'setLanguage:fr',
      'setLanguage:en',
      'showAbout',
      'showHelp',
    ])
    expect(items.find((item) => item.label === 'Aide et raccourcis clavier')?.accelerator).toBe(
      'F1',
    )
  })

  it('prints the brief from File with Ctrl+P, sent to the renderer', () => {
    const send = vi.fn()
    for (const [language, label] of [
      ['fr', 'Imprimer la note…'],
      ['en', 'Print brief…'],
    ] as const) {
      const file = menuTemplate(language, send, false, 'linux')[0]
        ?.submenu as MenuItemConstructorOptions[]
      const item = file.find((entry) => entry.label === label)
      expect(item?.accelerator).toBe('CmdOrCtrl+P')
      item?.click?.({} as never, undefined, {} as never)
    }
    expect(send.mock.calls).toEqual([['printBrief'], ['printBrief']])
  })

  function submenu(menu: MenuItemConstructorOptions | undefined) {
    return (menu?.submenu as MenuItemConstructorOptions[] | undefined) ?? []
  }
  const click = (item: MenuItemConstructorOptions | undefined) =>
    item?.click?.({} as never, undefined, {} as never)

  it('undoes and redoes the scenario’s edit from Edit, leaving the keys to the page', () => {
    const send = vi.fn()
    const edit = submenu(menuTemplate('fr', send, false, 'linux')[1])
    const undo = edit.find((item) => item.label === 'Annuler la modification')
    const redo = edit.find((item) => item.label === 'Rétablir la modification')
    click(undo)
    click(redo)
    expect(send.mock.calls).toEqual([['undo'], ['redo']])
    // Shown, not registered: the page handles Ctrl+Z itself, so a key press never undoes twice.
    expect([undo?.accelerator, undo?.registerAccelerator]).toEqual(['CmdOrCtrl+Z', false])
    expect([redo?.accelerator, redo?.registerAccelerator]).toEqual(['CmdOrCtrl+Shift+Z', false])
    expect(edit.some((item) => item.role === 'undo' || item.role === 'redo')).toBe(false)
  })

  it('puts the application menu first on macOS, with About and Quit, and File second', () => {
    const send = vi.fn()
    const template = menuTemplate('en', send, false, 'darwin')
    expect(labels(template)).toEqual(['Levier', 'File', 'Edit', 'View', 'Help'])
    const appMenu = submenu(template[0])
    expect(appMenu.map((item) => item.role ?? item.label).filter(Boolean)).toEqual([
      'About Levier',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ])
    click(appMenu[0])
    expect(send.mock.calls).toEqual([['showAbout']])
    // Quit and About live in the application menu there, not a second time in File and Help.
    expect(submenu(template[1]).some((item) => item.role === 'quit')).toBe(false)
    expect(submenu(template[4]).map((item) => item.label)).toEqual(['Help and keyboard shortcuts'])
  })
})
