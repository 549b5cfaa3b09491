import { Menu } from 'electron'
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import { MENU_CHANNEL, languageCommand } from '@shared/api/calls'
import type { MenuCommand } from '@shared/api/calls'
import { LANGUAGES } from '@shared/app-identity'
import type { Language } from '@shared/app-identity'
import { LANGUAGE_SETTINGS } from '@shared/i18n/languages'
import { translator } from '@shared/i18n/translate'

/**
 * The native menu, in the interface language. Roles give the platform's usual shortcuts (Ctrl+Q,
 * Ctrl+Z, Ctrl+Shift+Z, Ctrl+C…); commands that belong to the page are sent to the renderer.
 */
export function menuTemplate(
  language: Language,
  send: (command: MenuCommand) => void,
  isDev: boolean,
): MenuItemConstructorOptions[] {
  const t = translator(language)
  return [
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
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
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
        { label: t('aboutTitle'), click: () => send('showAbout') },
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
