import { Menu } from 'electron'
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import { MENU_CHANNEL, languageCommand } from '@shared/api/calls'
import type { MenuCommand } from '@shared/api/calls'
import { APP_NAME, LANGUAGES } from '@shared/app-identity'
import type { Language } from '@shared/app-identity'
import { LANGUAGE_SETTINGS } from '@shared/i18n/languages'
import { translator } from '@shared/i18n/translate'

/**
 * The native menu, in the interface language. Roles give the platform's usual shortcuts (Ctrl+Q,
 * Ctrl+C…); commands that belong to the page are sent to the renderer. On macOS the first menu is
 * always the application's (named after it, whatever its label), so it is written out there and
 * File comes second.
 */
export function menuTemplate(
  language: Language,
  send: (command: MenuCommand) => void,
  isDev: boolean,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const t = translator(language)
  const mac = platform === 'darwin'
  const about = { label: t('aboutTitle'), click: () => send('showAbout') }
  const appMenu: MenuItemConstructorOptions = {
    label: APP_NAME,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services', label: t('menu.services') },
      { type: 'separator' },
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.showAll') },
      { type: 'separator' },
      { role: 'quit', label: t('menu.quit') },
    ],
  }
  return [
    ...(mac ? [appMenu] : []),
    {
      label: t('menu.file'),
      submenu: [
        {
          label: t('menu.newWorkbook'),
          accelerator: 'CmdOrCtrl+N',
          click: () => send('newWorkbook'),
        },
        {
          label: t('menu.openWorkbook'),
          accelerator: 'CmdOrCtrl+O',
          click: () => send('openWorkbook'),
        },
        {
          label: t('menu.saveWorkbookAs'),
          accelerator: 'CmdOrCtrl+Shift+S',
          click: () => send('saveWorkbookAs'),
        },
        { type: 'separator' },
        {
          label: t('menu.printBrief'),
          accelerator: 'CmdOrCtrl+P',
          click: () => send('printBrief'),
        },
        ...(mac
          ? []
          : [{ type: 'separator' as const }, { role: 'quit' as const, label: t('menu.quit') }]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        // The scenario's undo, not the text's: the page decides (a text field with the focus keeps
        // its own). The keys stay with the page, which already handles them; the menu only shows
        // them, so one key press never undoes twice.
        {
          label: t('menu.undo'),
          accelerator: 'CmdOrCtrl+Z',
          registerAccelerator: false,
          click: () => send('undo'),
        },
        {
          label: t('menu.redo'),
          accelerator: 'CmdOrCtrl+Shift+Z',
          registerAccelerator: false,
          click: () => send('redo'),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        {
          label: t('languageLabel'),
          submenu: LANGUAGES.map((code) => ({
            label: LANGUAGE_SETTINGS[code].name,
            type: 'radio' as const,
            checked: code === language,
            click: () => send(languageCommand(code)),
          })),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: t('menu.help'),
      submenu: [
        { label: t('menu.helpContents'), accelerator: 'F1', click: () => send('showHelp') },
        ...(mac ? [] : [about]),
      ],
    },
  ]
}

export function installMenu(
  language: Language,
  window: () => BrowserWindow | null,
  isDev: boolean,
): void {
  const send = (command: MenuCommand) => window()?.webContents.send(MENU_CHANNEL, command)
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, send, isDev)))
}
